# textwrap: TextWrapper's splitting (hyphens, em-dashes), wrapping with every
# option, max_lines and placeholders, fill, shorten, dedent and indent.
import textwrap
from textwrap import TextWrapper, wrap, fill, shorten, dedent, indent

samples = [
    "",
    "Hello there -- you goof-ball, use the -b option!",
    "The quick brown fox jumps over the lazy dog. It was fun! Really? Yes.",
    "Supercalifragilisticexpialidocious is a very-very-long-hyphenated-word indeed.",
    "a-b-c-d e--f g---h i-- j --k l-m-n-o-p x-y-z 1-2-3 ab-12 12-ab a_b-c_d",
    "tabs\there\tand\nnewlines\nand  double  spaces   ok",
    "  leading and trailing spaces   ",
    "--- dashes -- only --- here ---",
    "well-known, state-of-the-art, e-mail: re-enter. mother-in-law's co-op!",
    "Non\xa0breaking\xa0space and \u00e9l\u00e8ve-\u00e9tudiant and \u0436\u0438\u0437\u043d\u044c-\u0445\u043e\u0440\u043e\u0448\u0430",
    "x" * 30 + " " + "y-" * 12,
    "'quoted.' He said. \"Done!\" next. end",
]
for text in samples:
    print(repr(text))
    print(" split", TextWrapper()._split(text))
    print(" nohyph", TextWrapper(break_on_hyphens=False)._split(text))
    for width in (1, 5, 10, 17, 30):
        print(" ", width, wrap(text, width))
    print(" fix", wrap(text, 20, fix_sentence_endings=True))
    print(" nobreak", wrap(text, 8, break_long_words=False))
    print(" keepws", wrap(text, 12, drop_whitespace=False))
    print(" indents", wrap(text, 25, initial_indent="* ", subsequent_indent="    "))
    print(" notabs", wrap(text, 15, expand_tabs=False, replace_whitespace=False))
    print(" tabsize", wrap(text, 15, tabsize=3))
    for max_lines in (1, 2, 3):
        print(" max", max_lines, wrap(text, 12, max_lines=max_lines), wrap(text, 20, max_lines=max_lines, placeholder="..."))
    print(" shorten", shorten(text, 20), shorten(text, 40, placeholder=" ~"))
print(fill("one two three four five six seven", 10))
for bad in (0, -1):
    try:
        wrap("x", bad)
    except ValueError as e:
        print("ValueError", e)
try:
    wrap("some words here", 4, max_lines=2, placeholder=" [truncated]")
except ValueError as e:
    print("ValueError", e)
try:
    shorten("hello", 3)
except ValueError as e:
    print("ValueError", e)
print(wrap("aaaa bbbb", 5, max_lines=1, placeholder=".."), wrap("a b c d e f", 3, max_lines=2, placeholder=" ."))
w = TextWrapper(width=10)
w.width = 6
print(w.wrap("change width later"), w.fill("x y"))

print("dedent")
for text in ["    a\n    b\n", "  a\n    b\n  c", "\ta\n\tb", "  a\n\tb", "    \n  a\n\n    b\n   ", "no indent\n  some", "", "   ", "  x\r\n  y", "\t  a\n\t b"]:
    print(repr(text), "->", repr(dedent(text)))

print("indent")
print(repr(indent("a\n\nb\n  \nc", "> ")), repr(indent("a\nb\n", "+", lambda line: True)), repr(indent("x\r\ny", "- ")), repr(indent("", "#")))
print(sorted(textwrap.__all__))
