"""Runs CPython's own regression test modules, unmodified, under Kaa's
unittest and prints unittest's report and a summary line per module.

Usage: python3.13 tests/stdlib/tools/cpython_tests.py [KAA] [-v] MODULE...
  e.g. tests/stdlib/tools/cpython_tests.py ./kaa test.test_unittest test.test_pprint

CPython's Lib goes at the end of Kaa's sys.path (so Kaa's own modules win and
CPython's `test` package and pure-Python modules Kaa lacks are found), after a
directory of stand-ins for the few modules test.support imports that Kaa
cannot provide yet: _imp, _testsinglephase (empty); test.support.has_no_debug_ranges
answers without _testinternalcapi.  What still fails to import is reported as
unittest reports it.
"""
import os
import subprocess
import sys
import sysconfig
import tempfile

LIB = sysconfig.get_paths()['stdlib']

STANDINS = {
    '_imp': '''
import sys
check_hash_based_pycs = 'default'
def acquire_lock(): pass
def release_lock(): pass
def lock_held(): return False
def is_builtin(name): return name in sys.builtin_module_names
def is_frozen(name): return False
def extension_suffixes(): return []
def _override_frozen_modules_for_tests(override): pass
def _override_multi_interp_extensions_check(override): return -1
''',
    # test.test_importlib.util (imported by test_importlib's tests, test_pkgutil,
    # test_compileall) imports it to find an extension module's file; Kaa has
    # none, and the tests that need one skip.
    '_testsinglephase': '''
''',
}

RUNNER = '''
import importlib, sys, unittest
sys.path.insert(0, %(stubs)r)
sys.path.append(%(lib)r)
# test.support asks _testinternalcapi (which Kaa lacks) whether code objects have
# debug ranges while test classes are defined; Kaa's have them.
import test.support
test.support.has_no_debug_ranges = lambda: False
total = [0, 0, 0, 0, 0]
for name in %(modules)r:
    try:
        module = importlib.import_module(name)
    except BaseException as exc:
        print('summary:', name, 'import failed:', type(exc).__name__, exc)
        continue
    suite = unittest.defaultTestLoader.loadTestsFromModule(module)
    r = unittest.TextTestRunner(verbosity=%(verbosity)d, stream=sys.stdout).run(suite)
    bad = len(r.failures) + len(r.errors)
    counts = [r.testsRun, r.testsRun - bad - len(r.skipped), len(r.failures),
              len(r.errors), len(r.skipped)]
    total = [a + b for a, b in zip(total, counts)]
    print('summary:', name, 'run %%d passed %%d failures %%d errors %%d skipped %%d' %% tuple(counts))
print('total: run %%d passed %%d failures %%d errors %%d skipped %%d' %% tuple(total))
'''


def main():
    args = sys.argv[1:]
    kaa = './kaa'
    if args and not args[0].startswith('-') and not args[0].startswith('test'):
        kaa = args.pop(0)
    verbosity = 2 if '-v' in args else 1
    modules = [a for a in args if not a.startswith('-')]
    with tempfile.TemporaryDirectory() as tmp:
        stubs = os.path.join(tmp, 'stubs')
        os.makedirs(stubs)
        for name, text in STANDINS.items():
            with open(os.path.join(stubs, name + '.py'), 'w') as f:
                f.write(text)
        runner = os.path.join(tmp, 'runner.py')
        with open(runner, 'w') as f:
            f.write(RUNNER % {'stubs': stubs, 'lib': LIB, 'modules': modules,
                              'verbosity': verbosity})
        r = subprocess.run([os.path.abspath(kaa), runner], cwd=tmp, timeout=3600)
    sys.exit(r.returncode)


main()
