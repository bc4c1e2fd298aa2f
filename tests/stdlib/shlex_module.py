# shlex: split, join and quote, and the lexer's modes (posix or not,
# punctuation characters, whitespace_split, comments, escapes, source
# inclusion, push-back, errors).
import io
import shlex

def show(label, f):
    try:
        print(label, f())
    except ValueError as e:
        print(label, 'ValueError', e)


cases = [
    'a b c', '  leading and trailing  ', "it's \"quoted\" 'single'", 'a\\ b c\\"d', 'x="a b" y=\'c d\'',
    'foo#comment\nbar', 'a "b\\"c" \'d\\\'', 'one "two three" four\\ five', 'tab\tsep\nnewline', '"" \'\' x',
    'echo $HOME ~/dir *.py', 'a&&b||c;d>e<f|g', '\\\\ back', '"esc \\$ \\\\ \\n"', 'ß àé ñ', 'mixed"quo"tes\'x\'',
]
for c in cases:
    for posix in (True, False):
        try:
            print(posix, repr(c), shlex.split(c, posix=posix))
        except ValueError as e:
            print(posix, repr(c), 'ValueError', e)
    show('  comments', lambda: shlex.split(c, comments=True))
    show('  plain', lambda: list(shlex.shlex(c)))
    show('  punct', lambda: list(shlex.shlex(c, posix=True, punctuation_chars=True)))

    def punct_ws():
        lex = shlex.shlex(c, punctuation_chars='&|')
        lex.whitespace_split = True
        return list(lex)
    show('  punct-ws', punct_ws)

for bad in ['"unclosed', "'x", 'trailing\\']:
    for posix in (True, False):
        try:
            print(shlex.split(bad, posix=posix))
        except ValueError as e:
            print('ValueError', e)
try:
    shlex.split(None)
except ValueError as e:
    print('ValueError', e)

for s in ['', 'safe', 'has space', "it's", 'a"b', '$x', 'tab\t', 'ünï', '@%+=:,./-_', '-rf *']:
    print(repr(shlex.quote(s)))
print(shlex.join(['ls', '-l', 'my file', "it's"]))
for bad in [b'x', 5, None]:
    try:
        print(shlex.quote(bad))
    except TypeError as e:
        print('TypeError', e)

lex = shlex.shlex('a b c d')
print(lex.get_token(), lex.lineno)
lex.push_token('pushed')
print(lex.get_token(), lex.get_token(), repr(lex.eof), lex.punctuation_chars, lex.wordchars[-5:])
lex.push_source('x y')
print(list(lex))
lex = shlex.shlex(io.StringIO('first\nsecond\n  third'), infile='f.txt')
print(list(lex), lex.lineno, lex.error_leader(), lex.error_leader('g', 3))
p = shlex.shlex('a;b', punctuation_chars=';')
print(p.punctuation_chars, list(p), sorted(set(p.wordchars) & set('~-./*?=')))
lex = shlex.shlex('x', posix=True)
print(lex.get_token(), lex.get_token(), lex.eof)
lex = shlex.shlex('q', posix=False)
print(repr(lex.get_token()), repr(lex.get_token()))
lex = shlex.shlex('a b')
lex.debug = 3
print(list(lex))
print(shlex.__all__)
