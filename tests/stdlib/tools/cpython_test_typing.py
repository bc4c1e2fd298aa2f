"""Runs CPython's own Lib/test/test_typing.py, unmodified, under Kaa and
prints unittest's report and a summary line (665 of 667 pass; of the 2
skipped, one is @cpython_only and passes when run, one is skipped by CPython
too as a known bug).

Usage: python3.13 tests/stdlib/tools/cpython_test_typing.py [KAA] [-v] [--cpython-only]

unittest, unittest.mock, pickle and typing are Kaa's own (CPython's Lib comes
after Kaa's library on sys.path). Kaa lacks some of what the test module
imports, so this lays out, in a temporary directory ahead of everything:
  - a `test` package whose `support` is a small stand-in for the names
    test_typing imports (test.typinganndata and the rest are CPython's);
  - stand-ins for inspect (getattr_static) and _opcode, which Kaa cannot
    import yet.
@cpython_only tests are skipped unless --cpython-only is given.
"""
import os
import sys

from _kaa_runner import LIB, run

SUPPORT = '''
import contextlib, gc, importlib, io, os, sys, unittest
__path__.append(os.path.join(%(lib)r, 'test', 'support'))
MISSING_C_DOCSTRINGS = False
def cpython_only(f):
    if sys.implementation.name == 'cpython' or os.environ.get('RUN_CPYTHON_ONLY'):
        return f
    return unittest.skip('CPython only')(f)
def requires_docstrings(f):
    return f
@contextlib.contextmanager
def captured_output(name):
    old = getattr(sys, name)
    setattr(sys, name, io.StringIO())
    try:
        yield getattr(sys, name)
    finally:
        setattr(sys, name, old)
def captured_stderr():
    return captured_output('stderr')
def captured_stdout():
    return captured_output('stdout')
@contextlib.contextmanager
def infinite_recursion(max_depth=100):
    old = sys.getrecursionlimit()
    sys.setrecursionlimit(max_depth)
    try:
        yield
    finally:
        sys.setrecursionlimit(old)
class import_helper:
    @staticmethod
    def import_fresh_module(name):
        saved = sys.modules.pop(name, None)
        try:
            return importlib.import_module(name)
        finally:
            if saved is not None:
                sys.modules[name] = saved
'''

STANDINS = {
    'inspect': '''
_missing = object()
def getattr_static(obj, attr, default=_missing):
    for klass in ([obj] if isinstance(obj, type) else []) + list(type(obj).__mro__):
        if klass is obj:
            for k in obj.__mro__:
                if attr in vars(k):
                    return vars(k)[attr]
            continue
        if attr in vars(klass):
            return vars(klass)[attr]
    try:
        return object.__getattribute__(obj, '__dict__')[attr]
    except (AttributeError, KeyError):
        pass
    if default is not _missing:
        return default
    raise AttributeError(attr)
''',
    '_opcode': '''
def get_executor(*args):
    raise RuntimeError
''',
}

BODY = '''
import typing
assert not typing.__file__.startswith(%(lib)r), typing.__file__
from test import test_typing
# its load_tests adds the doctests of CPython's typing docstrings (and needs
# doctest, pdb, bdb): Kaa's typing has docstrings of its own
del test_typing.load_tests
suite = unittest.defaultTestLoader.loadTestsFromModule(test_typing)
'''

env = dict(os.environ)
if '--cpython-only' in sys.argv:
    env['RUN_CPYTHON_ONLY'] = '1'
run(SUPPORT % {'lib': LIB}, STANDINS, BODY, env=env)
