"""Runs CPython's own Lib/test/test_re.py, unmodified, under Kaa and prints
unittest's report and a summary line.

Usage: python3.13 tests/stdlib/tools/cpython_test_re.py [KAA] [-v] [--cpython-only]

Kaa lacks some of what unittest and test.support need, so this lays out in
a temporary directory, ahead of CPython's Lib on Kaa's sys.path (after
Kaa's own library, so re is Kaa's):
  - a `test` package whose `support` is a small stand-in for the names
    test_re imports (the other test modules are CPython's);
  - stand-ins for the modules Kaa cannot import yet (signal, _opcode) and
    a traceback that does not need code.co_positions.
bigmem and resource-gated tests are skipped as CPython skips them without
-M/-u; @cpython_only ones are skipped unless --cpython-only is given.
"""
import os
import subprocess
import sys
import sysconfig
import tempfile

LIB = sysconfig.get_paths()['stdlib']

SUPPORT = '''
import contextlib, gc, io, os, re, sys, time, unittest
__path__.append(os.path.join(%(lib)r, 'test', 'support'))
_2G = 2 * 1024 ** 3
SHORT_TIMEOUT = 30.0
is_emscripten = is_wasi = False
def gc_collect():
    for _ in range(3):
        gc.collect()
def bigmemtest(size, memuse, dry_run=True):
    return unittest.skip('bigmem')
def requires_resource(resource):
    return unittest.skip('resource %%r not enabled' %% resource)
def cpython_only(f):
    if sys.implementation.name == 'cpython' or os.environ.get('RUN_CPYTHON_ONLY'):
        return f
    return unittest.skip('CPython only')(f)
@contextlib.contextmanager
def captured_stdout():
    old, sys.stdout = sys.stdout, io.StringIO()
    try:
        yield sys.stdout
    finally:
        sys.stdout = old
def check_disallow_instantiation(testcase, tp, *args, **kwds):
    mod, name = tp.__module__, tp.__name__
    qualname = name if mod == 'builtins' else f'{mod}.{name}'
    msg = f"cannot create '{re.escape(qualname)}' instances"
    testcase.assertRaisesRegex(TypeError, msg, tp, *args, **kwds)
class CPUStopwatch:
    def __enter__(self):
        self.start = time.process_time()
        return self
    def __exit__(self, *exc):
        self.seconds = time.process_time() - self.start
'''

STANDINS = {
    'signal': '''
SIGINT, SIG_DFL, SIG_IGN = 2, 0, 1
def default_int_handler(*args):
    raise KeyboardInterrupt
_handlers = {}
def signal(n, handler):
    old = _handlers.get(n, default_int_handler)
    _handlers[n] = handler
    return old
def getsignal(n):
    return _handlers.get(n, default_int_handler)
''',
    '_opcode': '''
def get_executor(*args):
    raise RuntimeError
''',
    'traceback': '''
import sys
def clear_frames(tb):
    pass
def _lines(exc, tb):
    out = ['Traceback (most recent call last):\\n']
    while tb is not None:
        code = tb.tb_frame.f_code
        out.append('  File "%s", line %s, in %s\\n'
                   % (code.co_filename, tb.tb_lineno, code.co_name))
        tb = tb.tb_next
    out.append('%s: %s\\n' % (type(exc).__name__, exc))
    return out
def format_exc(limit=None, chain=True):
    exc = sys.exception()
    return ''.join(_lines(exc, exc.__traceback__))
def format_exception(exc, value=None, tb=None, **kwargs):
    value = exc if value is None else value
    return _lines(value, value.__traceback__)
def print_exc(*args, **kwargs):
    sys.stderr.write(format_exc())
class TracebackException:
    def __init__(self, exc_type, exc_value, exc_traceback, **kwargs):
        self._lines = _lines(exc_value, exc_traceback)
    def format(self, **kwargs):
        return iter(self._lines)
''',
}

RUNNER = '''
import sys
sys.path.insert(0, %(stubs)r)
sys.path.append(%(lib)r)
import re
assert not re.__file__.startswith(%(lib)r), re.__file__
import unittest, unittest.result
# Kaa's traceback objects are read-only: report whole tracebacks
unittest.result.TestResult._clean_tracebacks = lambda self, et, v, tb, test: tb
from test import test_re
suite = unittest.defaultTestLoader.loadTestsFromModule(test_re)
r = unittest.TextTestRunner(verbosity=%(verbosity)d, stream=sys.stdout).run(suite)
print('summary: run', r.testsRun, 'passed',
      r.testsRun - len(r.failures) - len(r.errors) - len(r.skipped),
      'failures', len(r.failures), 'errors', len(r.errors), 'skipped', len(r.skipped))
'''


def main():
    args = sys.argv[1:]
    kaa = './kaa'
    if args and not args[0].startswith('-'):
        kaa = args.pop(0)
    env = dict(os.environ)
    if '--cpython-only' in args:
        env['RUN_CPYTHON_ONLY'] = '1'
    with tempfile.TemporaryDirectory() as tmp:
        stubs = os.path.join(tmp, 'stubs')
        os.makedirs(os.path.join(stubs, 'test', 'support'))
        with open(os.path.join(stubs, 'test', '__init__.py'), 'w') as f:
            f.write('__path__.append(%r)\n' % os.path.join(LIB, 'test'))
        with open(os.path.join(stubs, 'test', 'support', '__init__.py'), 'w') as f:
            f.write(SUPPORT % {'lib': LIB})
        for name, text in STANDINS.items():
            with open(os.path.join(stubs, name + '.py'), 'w') as f:
                f.write(text)
        runner = os.path.join(tmp, 'runner.py')
        with open(runner, 'w') as f:
            f.write(RUNNER % {'stubs': stubs, 'lib': LIB,
                              'verbosity': 2 if '-v' in args else 1})
        r = subprocess.run([os.path.abspath(kaa), runner], cwd=tmp, env=env,
                           timeout=1800)
    sys.exit(r.returncode)


main()
