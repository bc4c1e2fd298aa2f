# doctest on text files and through unittest: testfile (module-relative and
# plain paths, globs, encoding, parser), DocFileSuite/DocFileTest,
# DocTestSuite (setUp/tearDown, optionflags, set_unittest_reportflags), and the
# command line `python -m doctest [-v] [-o FLAG] [-f] FILE...`.
import doctest
import io
import os
import re
import subprocess
import sys
import tempfile
import types
import unittest

__file__ = os.path.basename(__file__)


def tidy(text, tmp):
    if tmp:
        text = text.replace(tmp + os.sep, '<tmp>/').replace(tmp, '<tmp>')
    # Frames inside doctest.py itself differ between implementations.
    lines = text.split('\n')
    keep = []
    while lines:
        line = lines.pop(0)
        if 'doctest.py"' in line:
            depth = len(line) - len(line.lstrip())
            while lines and len(lines[0]) - len(lines[0].lstrip()) > depth:
                lines.pop(0)
            continue
        keep.append(line)
    return re.sub(r'Ran (\d+) tests? in [0-9.]+s', r'Ran \1 tests', '\n'.join(keep))


def run_suite(suite, tmp=''):
    stream = io.StringIO()
    result = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
    print(tidy(stream.getvalue(), tmp), end='')
    print('testsRun', result.testsRun, 'failures', len(result.failures),
          'errors', len(result.errors), 'skipped', len(result.skipped))


with tempfile.TemporaryDirectory() as tmp:
    good = os.path.join(tmp, 'good.txt')
    bad = os.path.join(tmp, 'bad.txt')
    with open(good, 'w', encoding='utf-8') as f:
        f.write('A file of examples.\n\n    >>> value\n    42\n    >>> print("caf\u00e9")\n    caf\u00e9\n')
    with open(bad, 'w', encoding='utf-8') as f:
        f.write('Two checks:\n\n>>> 1 + 1\n3\n>>> [1, 2, 3]  # doctest: +ELLIPSIS\n[1, ...]\n>>> raise KeyError(\'nope\')\n')
    latin = os.path.join(tmp, 'latin.txt')
    with open(latin, 'wb') as f:
        f.write('>>> print("\u00e9t\u00e9")\n\u00e9t\u00e9\n'.encode('latin-1'))

    print('== testfile')
    print(doctest.testfile(good, module_relative=False, globs={'value': 42}))
    print(doctest.testfile(good, module_relative=False, extraglobs={'value': 42}, verbose=True))
    out = io.StringIO()
    saved, sys.stdout = sys.stdout, out
    try:
        r = doctest.testfile(bad, module_relative=False)
    finally:
        sys.stdout = saved
    print(tidy(out.getvalue(), tmp), end='')
    print(r)
    print(doctest.testfile(latin, module_relative=False, encoding='latin-1', name='latin'))
    try:
        doctest.testfile(good, module_relative=False, package='x')
    except ValueError as e:
        print('ValueError', e)
    try:
        doctest.testfile('/abs/path.txt')
    except ValueError as e:
        print('ValueError', e)
    pkg = types.ModuleType('fakepkg')
    pkg.__file__ = os.path.join(tmp, '__init__.py')
    print(doctest.testfile('good.txt', package=pkg, globs={'value': 42}))

    print('== DocFileSuite')
    run_suite(doctest.DocFileSuite(good, bad, module_relative=False, globs={'value': 42}), tmp)
    case = doctest.DocFileTest(good, module_relative=False, globs={'value': 42})
    print(case.id(), tidy(repr(case), tmp), case.shortDescription().replace(tmp, '<tmp>'))

    def set_up(test):
        test.globs['value'] = 42
        print('setUp', test.name)

    def tear_down(test):
        print('tearDown', test.name, test.globs.get('value'))

    run_suite(doctest.DocFileSuite('good.txt', package=pkg, setUp=set_up, tearDown=tear_down), tmp)
    run_suite(doctest.DocFileSuite('good.txt', package=pkg, globs={'value': 41}), tmp)

    print('== command line')
    module = os.path.join(tmp, 'mod_under_test.py')
    with open(module, 'w', encoding='utf-8') as f:
        f.write('def double(x):\n    """\n    >>> double(2)\n    4\n    >>> double("ab")\n    \'abab\'\n    >>> double(0)\n    1\n    """\n    return x * 2\n')
    cli = os.path.join(tmp, 'cli.txt')
    with open(cli, 'w', encoding='utf-8') as f:
        f.write('>>> value = 42\n>>> value\n42\n')
    for args in [[cli], ['-v', cli], [bad], ['-v', bad], ['-o', 'ELLIPSIS', bad], ['-f', bad],
                 ['-o', 'NORMALIZE_WHITESPACE', '-o', 'REPORT_NDIFF', bad], [module], ['-v', module]]:
        p = subprocess.run([sys.executable, '-m', 'doctest', *args], capture_output=True, text=True, cwd=tmp)
        print('$ doctest', ' '.join(a.replace(tmp, '<tmp>') for a in args), '-> rc', p.returncode)
        print(tidy(p.stdout, tmp), end='')
    p = subprocess.run([sys.executable, '-m', 'doctest', '-o', 'BOGUS', good], capture_output=True, text=True)
    print('bogus option rc', p.returncode, 'invalid choice' in p.stderr)

print('== DocTestSuite')
mod = types.ModuleType('sample_mod')
mod.__file__ = 'sample_mod.py'
exec('''
def ok():
    """
    >>> 2 * 21
    42
    """

def fails():
    """
    >>> print('x')
    y
    >>> print('a')
    b
    """

def skipped():
    """
    >>> undefined  # doctest: +SKIP
    """

def nodoc():
    pass
''', mod.__dict__)
sys.modules['sample_mod'] = mod
suite = doctest.DocTestSuite(mod)
print(suite.countTestCases(), [t.id() for t in suite], [repr(t) for t in suite])
print([t.shortDescription() for t in suite], str(list(suite)[0]).startswith('<'))
run_suite(suite)
run_suite(doctest.DocTestSuite('sample_mod', optionflags=doctest.REPORT_ONLY_FIRST_FAILURE))
old = doctest.set_unittest_reportflags(doctest.REPORT_NDIFF)
print('old flags', old)
run_suite(doctest.DocTestSuite(mod))
print(doctest.set_unittest_reportflags(old))
try:
    doctest.set_unittest_reportflags(doctest.ELLIPSIS)
except ValueError as e:
    print('ValueError', e)
suite = doctest.DocTestSuite(mod)
run_suite(suite)
run_suite(suite)   # suites can run twice
case = doctest.DocTestCase(doctest.DocTestParser().get_doctest('>>> 1\n2\n', {}, 'a.b.c', 'f.py', 3))
print(repr(case), case.id(), case == doctest.DocTestCase(case._dt_test), case != 1)
try:
    case.debug()
except doctest.DocTestFailure as f:
    print('DocTestFailure', f, repr(f.got))
print(doctest.DocTestSuite(doctest).countTestCases() > 0)
