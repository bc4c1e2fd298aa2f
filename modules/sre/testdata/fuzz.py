"""Differential fuzzing of the engine: random backtracking-heavy patterns
(groups, alternation, every repeat kind, backreferences, lookarounds,
conditionals, atomic groups) over random subjects from a small alphabet,
through Kaa's re and python3.13's; prints the differing lines and a count.

Usage: python3.13 modules/sre/testdata/fuzz.py [KAA] [SEED] [COUNT]
"""
import random
import subprocess
import sys
import tempfile

kaa = sys.argv[1] if len(sys.argv) > 1 else './kaa'
seed = int(sys.argv[2]) if len(sys.argv) > 2 else 1
count = int(sys.argv[3]) if len(sys.argv) > 3 else 2000
rnd = random.Random(seed)

CHARS = ['a', 'b', 'c', 'A', 'é', 'É', ' ', '\n', '1']
LEAVES = ['a', 'b', 'c', '.', '[ab]', '[^a]', r'\w', r'\s', r'\d', r'\b', '^', '$', 'é', '(?i:a)', '(?i:é)', '']
QUANTS = ['*', '+', '?', '{2}', '{1,3}', '{0,2}', '*?', '+?', '??', '{1,2}?', '*+', '++', '?+', '{1,2}+']


def gen(depth, ngroups):
    r = rnd.random()
    if depth > 3 or r < 0.3:
        leaf = rnd.choice(LEAVES)
        if ngroups[0] and rnd.random() < 0.1:
            leaf = '\\%d' % rnd.randint(1, ngroups[0])
        return leaf
    if r < 0.45:
        return gen(depth + 1, ngroups) + gen(depth + 1, ngroups)
    if r < 0.6:
        return gen(depth + 1, ngroups) + '|' + gen(depth + 1, ngroups)
    if r < 0.75:
        ngroups[0] += 1
        return '(' + gen(depth + 1, ngroups) + ')'
    if r < 0.85:
        inner = gen(depth + 1, ngroups)
        if not inner or inner in ('^', '$', r'\b'):
            inner = 'a'
        return '(?:' + inner + ')' + rnd.choice(QUANTS)
    if r < 0.9:
        return rnd.choice(['(?=', '(?!', '(?>']) + gen(depth + 1, ngroups) + ')'
    if r < 0.94:
        return rnd.choice(['(?<=a)', '(?<!b)', '(?<=ab|ba)'])
    if ngroups[0]:
        return '(?(%d)%s|%s)' % (rnd.randint(1, ngroups[0]), gen(depth + 1, ngroups), gen(depth + 1, ngroups))
    return 'a'


cases = []
for _ in range(count):
    ng = [0]
    p = gen(0, ng)
    subjects = [''.join(rnd.choice(CHARS) for _ in range(rnd.randint(0, 12))) for _ in range(3)]
    cases.append((p, rnd.choice([0, 2, 8, 16, 256]), subjects))

PROBE = r'''
import re, sys
for p, flags, subjects in eval(open(sys.argv[1], encoding='utf-8').read()):
    try:
        c = re.compile(p, flags)
    except Exception as e:
        print(repr(p), 'error', type(e).__name__)
        continue
    for s in subjects:
        out = []
        for f in (c.match, c.search, c.fullmatch):
            m = f(s)
            out.append(m and (m.span(), m.groups(), m.lastindex))
        out.append([(m.span(), m.groups()) for m in c.finditer(s)])
        out.append(c.sub(lambda m: '<%s>' % m.group(), s))
        out.append(c.split(s))
        print(repr(p), flags, repr(s), out)
'''

with tempfile.NamedTemporaryFile('w', suffix='.txt', delete=False, encoding='utf-8') as f:
    f.write(repr(cases))
    data = f.name
with tempfile.NamedTemporaryFile('w', suffix='.py', delete=False, encoding='utf-8') as f:
    f.write(PROBE)
    probe = f.name
want = subprocess.run([sys.executable, probe, data], capture_output=True, text=True).stdout.splitlines()
got = subprocess.run([kaa, probe, data], capture_output=True, text=True).stdout.splitlines()
bad = 0
for i, (w, g) in enumerate(zip(want, got)):
    if w != g:
        bad += 1
        if bad <= 20:
            print('want', w)
            print('got ', g)
if len(want) != len(got):
    bad += 1
    print('lines: want', len(want), 'got', len(got))
print(len(want), 'lines,', bad, 'differ')
