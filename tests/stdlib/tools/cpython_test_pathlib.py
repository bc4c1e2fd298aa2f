"""Runs CPython's own Lib/test/test_pathlib (and test_ntpath, test_glob with
--all), unmodified, under Kaa and prints unittest's report and a summary line.

Usage: python3.13 tests/stdlib/tools/cpython_test_pathlib.py [KAA] [-v] [--all]

unittest, test.support.os_helper/import_helper and pickle are CPython's (from
its Lib, after Kaa's own library on sys.path, so pathlib, glob and ntpath are
Kaa's). A temporary directory ahead of everything holds stand-ins for what Kaa
cannot import yet: traceback (no co_positions), test.support itself and its
import_helper (no _imp), script_helper, inspect (isfunction only) (the few names these tests use),
_opcode, socket (no sockets: the one test making a Unix socket fails),
urllib.request (pathname2url only) and unittest.mock (patch, patch.object).
"""
import os
import sys

from _kaa_runner import LIB, run

SUPPORT = '''
import contextlib, os, sys, unittest
__path__.append(os.path.join(%(lib)r, 'test', 'support'))
is_apple = is_apple_mobile = is_android = is_emscripten = is_wasi = False
MS_WINDOWS = False
Py_DEBUG = False
class TestFailed(Exception):
    pass
verbose = 0
SHORT_TIMEOUT = LONG_TIMEOUT = 30.0
def requires_zlib():
    return unittest.skip('no zlib')
def cpython_only(f):
    return unittest.skip('CPython only')(f)
@contextlib.contextmanager
def infinite_recursion(max_depth=None):
    old = sys.getrecursionlimit()
    if max_depth is not None:
        sys.setrecursionlimit(max_depth)
    try:
        yield
    finally:
        sys.setrecursionlimit(old)
def load_package_tests(pkg_dir, loader, standard_tests, pattern):
    return standard_tests
def gc_collect():
    import gc
    gc.collect()
'''

STANDINS = {
    '_opcode': 'def get_executor(*args):\n    raise RuntimeError\n',
    'test/support/import_helper': '''
import importlib, unittest
def import_module(name, deprecated=False, *, required_on=()):
    try:
        return importlib.import_module(name)
    except ImportError as exc:
        raise unittest.SkipTest(str(exc))
''',
    'inspect': '''
import types
def isfunction(obj):
    return isinstance(obj, types.FunctionType)
''',
    'test/support/script_helper': '''
def assert_python_ok(*args, **env):
    import unittest
    raise unittest.SkipTest('no subprocess Python here')
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
    'socket': '''
AF_UNIX, SOCK_STREAM = 1, 1
class socket:
    def __init__(self, *args):
        raise OSError('Kaa has no socket module yet')
''',
    'urllib/__init__.py': '__path__.append(%(urllib)r)\n',
    'urllib/request': '''
from urllib.parse import quote as pathname2url
''',
    'unittest/mock': '''
import contextlib, functools, importlib
_DEFAULT = object()
class _Recorder:
    def __init__(self, return_value=None):
        self.return_value = object() if return_value is None else return_value
        self.calls = []
    def __call__(self, *args, **kwargs):
        self.calls.append((args, kwargs))
        return self.return_value
    @property
    def call_count(self):
        return len(self.calls)
    def assert_called_once_with(self, *args, **kwargs):
        assert self.calls == [(args, kwargs)], self.calls
@contextlib.contextmanager
def _patching(owner, attr, new):
    old = getattr(owner, attr)
    new = _Recorder() if new is _DEFAULT else new
    setattr(owner, attr, new)
    try:
        yield new
    finally:
        setattr(owner, attr, old)
class patch:
    def __init__(self, target, new=_DEFAULT):
        modname, _, self.attr = target.rpartition('.')
        self.owner = importlib.import_module(modname)
        self.new = new
    def __enter__(self):
        self._cm = _patching(self.owner, self.attr, self.new)
        return self._cm.__enter__()
    def __exit__(self, *exc):
        return self._cm.__exit__(*exc)
    @staticmethod
    def object(owner, attr, new=_DEFAULT):
        p = patch.__new__(patch)
        p.owner, p.attr, p.new = owner, attr, new
        return p
''',
}

BODY = '''
import pathlib, glob, ntpath
for m in (pathlib, glob, ntpath):
    assert not m.__file__.startswith(%(lib)r), m.__file__
unittest.__path__.insert(0, %(stubs)r + '/unittest')
names = ['test.test_pathlib.test_pathlib_abc', 'test.test_pathlib.test_pathlib']
if %(all)r:
    names += ['test.test_ntpath', 'test.test_glob']
suite = unittest.defaultTestLoader.loadTestsFromNames(names)
'''

standins = {name: text % {'urllib': os.path.join(LIB, 'urllib')} if name.startswith('urllib/__init__') else text
            for name, text in STANDINS.items()}
run(SUPPORT % {'lib': LIB}, standins, BODY, {'all': '--all' in sys.argv})
