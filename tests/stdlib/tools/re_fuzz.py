"""Random patterns through Kaa's re and python3.13's, compared: the parse
(dump, groups, width, warnings), the compiled code words (re._compiler._code)
or the error (message, position), and for the patterns that compile, what
finditer, sub, split and fullmatch give on a few subjects.

Usage: python3.13 tests/stdlib/tools/re_fuzz.py [KAA] [SEED] [COUNT]
(defaults ./kaa, 1, 3000). Prints the differing lines and a count; \\N{...}
escapes are not generated (Kaa has no unicodedata yet).
"""
import os
import random
import subprocess
import sys
import tempfile

ATOMS = [
    'a', 'b', 'A', 'k', 's', 'ſ', 'K', 'ß', 'é', 'Σ', 'σ', 'ς', '0', '9', '_', '-', ' ', '\n',
    '.', '^', '$', '\\d', '\\w', '\\s', '\\D', '\\W', '\\S', '\\b', '\\B', '\\A', '\\Z',
    '\\x41', '\\u0130', '\\U00010400', '\\0', '\\1', '\\2', '\\12', '\\101', '\\n', '\\t',
    '\\', '\\q', '\\-', '\\]', '[', ']', '(', ')', '|', '{', '}', ',', '*', '+', '?',
    '(?:', '(?P<n>', '(?P=n)', '(?P<m>', '(?=', '(?!', '(?<=', '(?<!', '(?>', '(?#c)',
    '(?i)', '(?m)', '(?s)', '(?x)', '(?a)', '(?u)', '(?L)', '(?i:', '(?-i:', '(?x:', '(?a-s:',
    '(?(1)', '(?(n)', '#', '&', '~', '[^', '[a-z]', '[\\d_]', '[^\\W]', '{2}', '{1,3}', '{,2}',
    '{2,}', '*?', '+?', '??', '*+', '++', '?+', '{2,3}?', '\U00010428', 'İ', 'ı', 'µ', 'ﬅ',
    '[a-\\u0131]', '[ß-ẞ]', '[\\x00-\\xff]', '[\\u0100-\\u03ff]', '[𐐀-𐐯]', 'Ⅰ', 'ǅ',
]
FLAGS = [0, 2, 8, 16, 64, 256, 258, 2 | 8 | 16, 32, 34]
BYTES_FLAGS = [0, 2, 4, 6, 256, 258]

PROBE = r'''
import sys, warnings, io, contextlib
import re, re._parser as P, re._compiler as C
SUBJECTS = ['', 'a', 'abc', 'aAbB kK sS ſ ß SS', 'σΣς ΣΑΣ', 'İı iI', 'a\nb\n',
            '  x_1 y22 ', '𐐀𐐨é', 'aaaaab', '--&&~~', 'ﬅﬆ st ST']
for p, flags in eval(open(sys.argv[1], encoding='utf-8').read()):
    out = io.StringIO()
    try:
        with warnings.catch_warnings(record=True) as ws, contextlib.redirect_stdout(out):
            warnings.simplefilter('always')
            tree = P.parse(p, flags)
            code = C._code(tree, flags)
            tree.dump()
        print(repr(p), flags, code, tree.state.groups, tree.state.groupdict,
              tree.getwidth(), [(w.category.__name__, str(w.message)) for w in ws],
              repr(out.getvalue()))
    except re.error as e:
        print(repr(p), flags, 'error', e.msg, e.pos, str(e))
        continue
    except Exception as e:
        print(repr(p), flags, type(e).__name__, e)
        continue
    warnings.simplefilter('ignore')
    try:
        c = re.compile(p, flags)
    except Exception as e:
        print('  compile', type(e).__name__, e)
        continue
    for s in SUBJECTS:
        if isinstance(p, bytes):
            s = s.encode('latin-1', 'replace')
        try:
            print('  ', [(m.span(), m.groups()) for m in c.finditer(s)],
                  c.sub(lambda m: '<%s>' % (m.lastindex,) if isinstance(s, str) else b'<>', s),
                  c.split(s), m.span() if (m := c.fullmatch(s)) else None)
        except Exception as e:
            print('  ', type(e).__name__, e)
'''


def cases(seed, count):
    rng = random.Random(seed)
    found = []
    for _ in range(count):
        p = ''.join(rng.choice(ATOMS) for _ in range(rng.randint(1, 9)))
        if rng.random() < 0.7:
            p += ')' * max(0, p.count('(') - p.count(')'))
        if rng.random() < 0.5 and '[' in p and ']' not in p:
            p += ']'
        found.append((p, rng.choice(FLAGS)))
        if rng.random() < 0.15:
            try:
                found.append((p.encode('latin-1'), rng.choice(BYTES_FLAGS)))
            except UnicodeEncodeError:
                pass
    return found


def run(exe, probe, data):
    r = subprocess.run([exe, probe, data], capture_output=True, text=True, timeout=1800)
    return r.stdout.splitlines() + r.stderr.splitlines()


def main():
    args = sys.argv[1:]
    kaa = args.pop(0) if args and not args[0].isdigit() else './kaa'
    seed = int(args[0]) if args else 1
    count = int(args[1]) if len(args) > 1 else 3000
    with tempfile.TemporaryDirectory() as tmp:
        probe = os.path.join(tmp, 'probe.py')
        data = os.path.join(tmp, 'cases.txt')
        with open(probe, 'w', encoding='utf-8') as f:
            f.write(PROBE)
        with open(data, 'w', encoding='utf-8') as f:
            f.write(repr(cases(seed, count)))
        want = run(sys.executable, probe, data)
        got = run(kaa, probe, data)
    differ = 0
    for i in range(max(len(want), len(got))):
        w = want[i] if i < len(want) else '<missing>'
        g = got[i] if i < len(got) else '<missing>'
        if w != g:
            differ += 1
            if differ <= 20:
                print('- python3.13:', w[:300])
                print('+ kaa:       ', g[:300])
    print(f'{len(want)} lines, {differ} differ')
    sys.exit(1 if differ else 0)


main()
