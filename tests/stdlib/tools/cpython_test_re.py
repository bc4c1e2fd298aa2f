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
import sys

from _kaa_runner import LIB, run

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

BODY = '''
import re
assert not re.__file__.startswith(%(lib)r), re.__file__
from test import test_re
suite = unittest.defaultTestLoader.loadTestsFromModule(test_re)
'''

env = dict(os.environ)
if '--cpython-only' in sys.argv:
    env['RUN_CPYTHON_ONLY'] = '1'
run(SUPPORT % {'lib': LIB}, STANDINS, BODY, env=env)
