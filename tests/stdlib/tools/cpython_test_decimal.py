"""Runs CPython's test_decimal, unmodified, under Kaa (through
cpython_tests.py, with one more stand-in: a doctest whose DocTestSuite is
empty, as CPython's doctest needs pdb and tokenize, which Kaa lacks) and
prints unittest's verbose report, then pass counts for the C-version classes
(C*: our _decimal) and the Py-version classes (Py*: CPython's _pydecimal,
not ours) apart.

Usage: python3.13 tests/stdlib/tools/cpython_test_decimal.py [KAA]
"""
import collections
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

DOCTEST = '''
import unittest
IGNORE_EXCEPTION_DETAIL = 32
def DocTestSuite(*args, **kwargs):
    return unittest.TestSuite()
'''


def main():
    args = sys.argv[1:]
    kaa = args.pop(0) if args and not args[0].startswith('-') else './kaa'
    with open(os.path.join(HERE, 'cpython_tests.py')) as f:
        src = f.read()
    src = src.replace('\nmain()\n', '\n')
    ns = {'__name__': 'cpython_tests_tool'}
    exec(compile(src, 'cpython_tests.py', 'exec'), ns)
    ns['STANDINS']['doctest'] = DOCTEST
    code = ("import sys\nsys.argv = %r\nmain()\n"
            % (['cpython_tests.py', kaa, '-v', 'test.test_decimal'],))
    r = subprocess.run([sys.executable, '-c', src + '\nSTANDINS["doctest"] = %r\n' % DOCTEST + code],
                       capture_output=True, text=True, cwd=os.getcwd())
    out = r.stdout + r.stderr
    sys.stdout.write(out)
    counts = collections.defaultdict(collections.Counter)
    for m in re.finditer(r'^\S+ \(test\.test_decimal\.(\w+)\.\w+\)(?:\n.*?)*? \.\.\. (ok|FAIL|ERROR|skipped|expected failure)',
                         out, re.M):
        cls, res = m.group(1), m.group(2)
        side = 'C' if cls.startswith('C') else 'Py' if cls.startswith('Py') else 'other'
        counts[side][res] += 1
    for side in ('C', 'Py', 'other'):
        c = counts[side]
        print('%s: run %d ok %d FAIL %d ERROR %d skipped %d' % (
            side, sum(c.values()), c['ok'], c['FAIL'], c['ERROR'], c['skipped']))
    sys.exit(r.returncode)


main()
