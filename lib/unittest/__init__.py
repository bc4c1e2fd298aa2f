"""A unit testing framework in the xUnit tradition.

Tests are methods named test* on subclasses of TestCase that check behaviour
with the assert* methods.  A TestLoader gathers them into TestSuites, and a
runner (TextTestRunner by default) runs those and reports.  The quickest way
in is to end a test module with a call to unittest.main(), which loads the
module's tests, runs them and exits with a status saying how it went.

Kaa's unittest follows the behaviour of CPython's (documented at
https://docs.python.org/3/library/unittest.html).
"""

__unittest = True

__all__ = [
    # the test classes and what they raise or are decorated with
    'TestCase', 'FunctionTestCase', 'SkipTest', 'skip', 'skipIf',
    'skipUnless', 'expectedFailure', 'IsolatedAsyncioTestCase',
    # module-level fixtures
    'addModuleCleanup', 'doModuleCleanups', 'enterModuleContext',
    # gathering and running
    'TestSuite', 'TestLoader', 'defaultTestLoader', 'TestResult',
    'TextTestRunner', 'TextTestResult', 'main',
    # control-C handling
    'installHandler', 'registerResult', 'removeResult', 'removeHandler',
]

from .case import (
    TestCase, FunctionTestCase, SkipTest,
    skip, skipIf, skipUnless, expectedFailure,
    addModuleCleanup, doModuleCleanups, enterModuleContext,
)
from .result import TestResult
from .suite import TestSuite, BaseTestSuite
from .loader import defaultTestLoader, TestLoader
from .runner import TextTestResult, TextTestRunner
from .main import main, TestProgram
from .signals import (
    installHandler, removeHandler, registerResult, removeResult,
)

# Names this module provides on first use rather than at import time
# (the async test case needs asyncio, which is slow to import).
_LAZY = {'IsolatedAsyncioTestCase': '.async_case'}


def __dir__():
    return sorted(set(globals()) | set(_LAZY))


def __getattr__(name):
    where = _LAZY.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib
    value = getattr(importlib.import_module(where, __name__), name)
    globals()[name] = value
    return value
