"""What the cpython_test_*.py tools share: lay out a temporary directory of
stand-ins (a `test` package whose `support` is the tool's own, plus modules
Kaa lacks), write a runner script around the tool's test-loading code, run it
under Kaa and exit with its status.

The runner puts the stand-ins first on sys.path and CPython's Lib last, lets
unittest report whole tracebacks, and ends by printing a summary line:
    summary: run N passed N failures N errors N skipped N
"""
import os
import subprocess
import sys
import sysconfig
import tempfile

LIB = sysconfig.get_paths()['stdlib']

HEAD = '''
import sys
sys.path.insert(0, %(stubs)r)
sys.path.append(%(lib)r)
import unittest, unittest.result
# report whole tracebacks, as Kaa's own frames are few
unittest.result.TestResult._clean_tracebacks = lambda self, et, v, tb, test: tb
'''

TAIL = '''
r = unittest.TextTestRunner(verbosity=%(verbosity)d, stream=sys.stdout).run(suite)
print('summary: run', r.testsRun, 'passed',
      r.testsRun - len(r.failures) - len(r.errors) - len(r.skipped),
      'failures', len(r.failures), 'errors', len(r.errors), 'skipped', len(r.skipped))
'''


def run(support, standins, body, fields=None, env=None):
    """Run body (runner code that ends by setting `suite`; %-formatted with
    stubs, lib, verbosity and fields) under the Kaa named first in sys.argv
    (default ./kaa). standins maps module paths ('name' or 'pkg/mod.py') to
    their text; support is test.support's text."""
    args = sys.argv[1:]
    kaa = args.pop(0) if args and not args[0].startswith('-') else './kaa'
    with tempfile.TemporaryDirectory() as tmp:
        stubs = os.path.join(tmp, 'stubs')
        files = {'test/__init__.py': '__path__.append(%r)\n' % os.path.join(LIB, 'test'),
                 'test/support/__init__.py': support}
        for name, text in standins.items():
            files[name if name.endswith('.py') else name + '.py'] = text
        for name, text in files.items():
            path = os.path.join(stubs, name)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, 'w') as f:
                f.write(text)
        values = {'stubs': stubs, 'lib': LIB, 'verbosity': 2 if '-v' in args else 1, **(fields or {})}
        runner = os.path.join(tmp, 'runner.py')
        with open(runner, 'w') as f:
            f.write((HEAD + body + TAIL) % values)
        r = subprocess.run([os.path.abspath(kaa), runner], cwd=tmp, env=env, timeout=1800)
    sys.exit(r.returncode)
