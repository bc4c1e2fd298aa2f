# textwrap's wordsep_re, wordsep_simple_re and sentence_end_re: the same splits
# as the built-in scanners, and used when a subclass replaces them.
import textwrap, re
texts = ["Look, goof-ball -- use the -b option!", "Hello there -- you goof-ball, use the -b option!", "a-b-c d--e f---g --x y-- ab-cd-ef 12-34 x-1 'quoted.' Done! ok? \"Yes.\" end", "tabs\tand\nnewlines  double  spaces", "über-cool naïve-café ...-- -- ---", "a" * 30 + "-" + "b" * 30]
W = textwrap.TextWrapper
for t in texts:
    print(W.wordsep_re.split(t))
    print(W.wordsep_simple_re.split(t))
    print(W(width=12)._split(t), W(width=12, break_on_hyphens=False)._split(t))
    print(textwrap.fill(t, 15, fix_sentence_endings=True))
print([bool(W.sentence_end_re.search(c)) for c in ['end.', 'End.', 'x!"', "q?'", 'a.b', '.', 'ab']])
print(W.wordsep_re.flags, W.wordsep_simple_re.pattern == '([\\\t\\\n\\\x0b\\\x0c\\\r\\ ]+)', W.sentence_end_re.pattern)
class C(W):
    wordsep_re = re.compile(r'(\s+)')
    sentence_end_re = re.compile(r'[a-zA-Z][.!?]\Z')
print(C(width=10, fix_sentence_endings=True).wrap('One. Two-three four. Five'))
