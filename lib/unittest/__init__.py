"""A unit testing framework in the xUnit tradition.

Write test cases as subclasses of TestCase whose methods named test* check
behaviour with the assert* methods; group them in TestSuites (usually built
by a TestLoader) and run them with a runner such as TextTestRunner, or simply
call unittest.main() at the bottom of a test module:

    import unittest

    class Arithmetic(unittest.TestCase):
        def test_add(self):
            self.assertEqual(1 + 2, 3)

    if __name__ == '__main__':
        unittest.main()

Kaa's unittest follows the behaviour of CPython's (documented at
https://docs.python.org/3/library/unittest.html).
"""

__all__ = ['TestResult', 'TestCase', 'IsolatedAsyncioTestCase', 'TestSuite',
           'TextTestRunner', 'TestLoader', 'FunctionTestCase', 'main',
           'defaultTestLoader', 'SkipTest', 'skip', 'skipIf', 'skipUnless',
           'expectedFailure', 'TextTestResult', 'installHandler',
           'registerResult', 'removeResult', 'removeHandler',
           'addModuleCleanup', 'doModuleCleanups', 'enterModuleContext']

__unittest = True

from .result import TestResult
from .case import (addModuleCleanup, TestCase, FunctionTestCase, SkipTest, skip,
                   skipIf, skipUnless, expectedFailure, doModuleCleanups,
                   enterModuleContext)
from .suite import BaseTestSuite, TestSuite
from .loader import TestLoader, defaultTestLoader
from .main import TestProgram, main
from .runner import TextTestRunner, TextTestResult
from .signals import installHandler, registerResult, removeResult, removeHandler


def __dir__():
    return globals().keys() | {'IsolatedAsyncioTestCase'}


def __getattr__(name):
    # IsolatedAsyncioTestCase needs asyncio: import it only when asked for.
    if name != 'IsolatedAsyncioTestCase':
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from .async_case import IsolatedAsyncioTestCase as cls
    globals()[name] = cls
    return cls
