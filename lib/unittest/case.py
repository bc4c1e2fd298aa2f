"""TestCase and its helpers: fixtures, cleanups, subtests, skips and the
assert* methods."""

import sys
import functools
import difflib
import pprint
import re
import warnings
import collections
import contextlib
import traceback
import time
import types

from . import result
from .util import (strclass, safe_repr, _count_diff_all_purpose,
                   _count_diff_hashable, _common_shorten_repr)

__unittest = True

_subtest_msg_sentinel = object()

DIFF_OMITTED = ('\nDiff is %s characters long. '
                 'Set self.maxDiff to None to see it.')


class SkipTest(Exception):
    """Raised to skip a test; the argument is the reason.  Raise it
    directly, or use TestCase.skipTest() or the skip decorators."""


class _ShouldStop(Exception):
    """Ends a test early (a failing subtest under failfast)."""


class _UnexpectedSuccess(Exception):
    """What an old-style result receives as a failure when an expected
    failure passes."""


def _report_skip(result, test, reason):
    add = getattr(result, 'addSkip', None)
    if add is None:
        warnings.warn("TestResult has no addSkip method, skips not reported",
                      RuntimeWarning, 2)
        result.addSuccess(test)
    else:
        add(test, reason)


_addSkip = _report_skip


def _addError(result, test, exc_info):
    if result is None or exc_info is None:
        return
    if issubclass(exc_info[0], test.failureException):
        result.addFailure(test, exc_info)
    else:
        result.addError(test, exc_info)


class _Outcome(object):
    """The state of one test run: whether every part so far succeeded, and
    the exception of an expected failure."""

    def __init__(self, result=None):
        self.expecting_failure = False
        self.result = result
        self.result_supports_subtests = hasattr(result, "addSubTest")
        self.success = True
        self.expectedFailure = None

    @contextlib.contextmanager
    def testPartExecutor(self, test_case, subTest=False):
        # Run one part (setUp, the test, tearDown, a cleanup, a subtest) and
        # turn what it raises into the matching report.
        before = self.success
        self.success = True
        try:
            yield
        except KeyboardInterrupt:
            raise
        except SkipTest as exc:
            self.success = False
            _report_skip(self.result, test_case, str(exc))
        except _ShouldStop:
            pass
        except:
            info = sys.exc_info()
            if self.expecting_failure:
                self.expectedFailure = info
            else:
                self.success = False
                if subTest:
                    self.result.addSubTest(test_case.test_case, test_case, info)
                else:
                    _addError(self.result, test_case, info)
            info = None
        else:
            if subTest and self.success:
                self.result.addSubTest(test_case.test_case, test_case, None)
        finally:
            self.success = self.success and before


def _id(obj):
    return obj


def _enter_context(cm, addcleanup):
    # Look the methods up on the type, as the with statement does.
    kind = type(cm)
    try:
        enter = kind.__enter__
        leave = kind.__exit__
    except AttributeError:
        raise TypeError(f"'{kind.__module__}.{kind.__qualname__}' object does "
                        f"not support the context manager protocol") from None
    value = enter(cm)
    addcleanup(leave, cm, None, None, None)
    return value


_module_cleanups = []


def addModuleCleanup(function, /, *args, **kwargs):
    """Register a function to call after the module's tests
    (tearDownModule) have run; cleanups run last-in first-out."""
    _module_cleanups.append((function, args, kwargs))


def enterModuleContext(cm):
    """Enter a context manager and exit it among the module cleanups."""
    return _enter_context(cm, addModuleCleanup)


def doModuleCleanups():
    """Run the module cleanups; the first exception any of them raised is
    raised again afterwards."""
    problems = []
    while _module_cleanups:
        func, args, kwargs = _module_cleanups.pop()
        try:
            func(*args, **kwargs)
        except Exception as exc:
            problems.append(exc)
    if problems:
        raise problems[0]


def skip(reason):
    """Skip the decorated test (or every test of a decorated class)."""
    def mark(item):
        if not isinstance(item, type):
            @functools.wraps(item)
            def skip_wrapper(*args, **kwargs):
                raise SkipTest(reason)
            item = skip_wrapper
        item.__unittest_skip__ = True
        item.__unittest_skip_why__ = reason
        return item
    if isinstance(reason, types.FunctionType):
        # Used bare, as @skip.
        item, reason = reason, ''
        return mark(item)
    return mark


def skipIf(condition, reason):
    """Skip the decorated test when condition is true."""
    return skip(reason) if condition else _id


def skipUnless(condition, reason):
    """Skip the decorated test unless condition is true."""
    return _id if condition else skip(reason)


def expectedFailure(test_item):
    test_item.__unittest_expecting_failure__ = True
    return test_item


def _is_subtype(expected, basetype):
    if isinstance(expected, tuple):
        return all(_is_subtype(e, basetype) for e in expected)
    return isinstance(expected, type) and issubclass(expected, basetype)


def _name_of(expected):
    try:
        return expected.__name__
    except AttributeError:
        return str(expected)


class _BaseTestCaseContext:

    def __init__(self, test_case):
        self.test_case = test_case

    def _raiseFailure(self, standardMsg):
        text = self.test_case._formatMessage(self.msg, standardMsg)
        raise self.test_case.failureException(text)


class _AssertRaisesBaseContext(_BaseTestCaseContext):

    def __init__(self, expected, test_case, expected_regex=None):
        _BaseTestCaseContext.__init__(self, test_case)
        self.expected = expected
        self.test_case = test_case
        self.expected_regex = (None if expected_regex is None
                               else re.compile(expected_regex))
        self.obj_name = None
        self.msg = None

    def handle(self, name, args, kwargs):
        """Serve both forms: with no callable, return self as a context
        manager (msg is the only keyword accepted); with one, call it
        inside the context with the remaining arguments."""
        try:
            if not _is_subtype(self.expected, self._base_type):
                raise TypeError(f'{name}() arg 1 must be {self._base_type_str}')
            if not args:
                self.msg = kwargs.pop('msg', None)
                if kwargs:
                    bad = next(iter(kwargs))
                    raise TypeError(f'{bad!r} is an invalid keyword argument '
                                    f'for this function')
                return self
            func, *rest = args
            try:
                self.obj_name = func.__name__
            except AttributeError:
                self.obj_name = str(func)
            with self:
                func(*rest, **kwargs)
        finally:
            # Drop the reference cycle through the frame.
            self = None


class _AssertRaisesContext(_AssertRaisesBaseContext):
    """The context manager behind assertRaises and assertRaisesRegex."""

    _base_type = BaseException
    _base_type_str = 'an exception type or tuple of exception types'

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, tb):
        if exc_type is None:
            what = _name_of(self.expected)
            if self.obj_name:
                self._raiseFailure(f"{what} not raised by {self.obj_name}")
            self._raiseFailure(f"{what} not raised")
        traceback.clear_frames(tb)
        if not issubclass(exc_type, self.expected):
            return False  # not ours: let it propagate
        self.exception = exc_value.with_traceback(None)
        pattern = self.expected_regex
        if pattern is not None and not pattern.search(str(exc_value)):
            self._raiseFailure(f'"{pattern.pattern}" does not match "{exc_value}"')
        return True

    __class_getitem__ = classmethod(types.GenericAlias)


class _AssertWarnsContext(_AssertRaisesBaseContext):
    """The context manager behind assertWarns and assertWarnsRegex."""

    _base_type = Warning
    _base_type_str = 'a warning type or tuple of warning types'

    def __enter__(self):
        # Forget which warnings were already shown, or they would not repeat.
        for mod in list(sys.modules.values()):
            if getattr(mod, '__warningregistry__', None):
                mod.__warningregistry__ = {}
        self.warnings_manager = warnings.catch_warnings(record=True)
        self.warnings = self.warnings_manager.__enter__()
        warnings.simplefilter("always", self.expected)
        return self

    def __exit__(self, exc_type, exc_value, tb):
        self.warnings_manager.__exit__(exc_type, exc_value, tb)
        if exc_type is not None:
            return None
        what = _name_of(self.expected)
        first_seen = None
        for record in self.warnings:
            w = record.message
            if not isinstance(w, self.expected):
                continue
            if first_seen is None:
                first_seen = w
            if self.expected_regex is not None and not self.expected_regex.search(str(w)):
                continue
            self.warning = w
            self.filename = record.filename
            self.lineno = record.lineno
            return None
        if first_seen is not None:
            self._raiseFailure(
                f'"{self.expected_regex.pattern}" does not match "{first_seen}"')
        if self.obj_name:
            self._raiseFailure(f"{what} not triggered by {self.obj_name}")
        self._raiseFailure(f"{what} not triggered")


class _AssertNotWarnsContext(_AssertWarnsContext):

    def __exit__(self, exc_type, exc_value, tb):
        self.warnings_manager.__exit__(exc_type, exc_value, tb)
        if exc_type is not None:
            return None
        what = _name_of(self.expected)
        for record in self.warnings:
            if isinstance(record.message, self.expected):
                self._raiseFailure(f"{what} triggered")


class _OrderedChainMap(collections.ChainMap):
    def __iter__(self):
        done = set()
        for layer in self.maps:
            for key in layer:
                if key not in done:
                    done.add(key)
                    yield key


class TestCase(object):
    """One test: an instance runs the method named methodName, between
    setUp() and tearDown(), and reports to a TestResult.

    Subclasses write test* methods using the assert* methods.  Class
    attributes tune reports: failureException (the exception failures
    raise), longMessage (append a custom msg to the standard one rather than
    replace it) and maxDiff (longest diff shown; None for no limit)."""

    failureException = AssertionError

    longMessage = True

    maxDiff = 80 * 8

    # Strings longer than this are compared without difflib (it is slow).
    _diffThreshold = 2 ** 16

    _classSetupFailed = False

    _class_cleanups = []

    def __init_subclass__(cls, *args, **kwargs):
        # Each class gets its own class-fixture state, used by TestSuite.
        cls._classSetupFailed = False
        cls._class_cleanups = []
        super().__init_subclass__(*args, **kwargs)

    def __init__(self, methodName='runTest'):
        """Make a test that runs the method methodName (ValueError if the
        class has no such method)."""
        self._testMethodName = methodName
        self._outcome = None
        self._testMethodDoc = 'No test'
        try:
            method = getattr(self, methodName)
        except AttributeError:
            if methodName != 'runTest':
                # runTest may be missing for instances made only to
                # reach the assert methods.
                raise ValueError(f"no such test method in {self.__class__}: "
                                 f"{methodName}")
        else:
            self._testMethodDoc = method.__doc__
        self._cleanups = []
        self._subtest = None
        self._type_equality_funcs = {}
        for kind, name in ((dict, 'assertDictEqual'),
                           (list, 'assertListEqual'),
                           (tuple, 'assertTupleEqual'),
                           (set, 'assertSetEqual'),
                           (frozenset, 'assertSetEqual'),
                           (str, 'assertMultiLineEqual')):
            self.addTypeEqualityFunc(kind, name)

    def addTypeEqualityFunc(self, typeobj, function):
        """Make assertEqual use function(first, second, msg=None) when both
        values are exactly of type typeobj; function may be a method name."""
        self._type_equality_funcs[typeobj] = function

    def addCleanup(self, function, /, *args, **kwargs):
        """Call function(*args, **kwargs) after tearDown (even when setUp
        failed); cleanups run last-in first-out."""
        self._cleanups.append((function, args, kwargs))

    def enterContext(self, cm):
        """Enter a context manager now and exit it as a cleanup; returns what
        __enter__ returned."""
        return _enter_context(cm, self.addCleanup)

    @classmethod
    def addClassCleanup(cls, function, /, *args, **kwargs):
        """Like addCleanup, run after tearDownClass."""
        cls._class_cleanups.append((function, args, kwargs))

    @classmethod
    def enterClassContext(cls, cm):
        """Like enterContext, exited after tearDownClass."""
        return _enter_context(cm, cls.addClassCleanup)

    def setUp(self):
        "Prepare the fixture; runs before each test method."
        pass

    def tearDown(self):
        "Dismantle the fixture; runs after each test method whose setUp passed."
        pass

    @classmethod
    def setUpClass(cls):
        "Runs once before the class's first test."

    @classmethod
    def tearDownClass(cls):
        "Runs once after the class's last test."

    def countTestCases(self):
        return 1

    def defaultTestResult(self):
        return result.TestResult()

    def shortDescription(self):
        """The first line of the test method's docstring, or None."""
        doc = self._testMethodDoc
        if not doc:
            return None
        return doc.strip().split("\n")[0].strip()

    def id(self):
        return f"{strclass(self.__class__)}.{self._testMethodName}"

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return self._testMethodName == other._testMethodName

    def __hash__(self):
        return hash((type(self), self._testMethodName))

    def __str__(self):
        name = self._testMethodName
        return f"{name} ({strclass(self.__class__)}.{name})"

    def __repr__(self):
        return f"<{strclass(self.__class__)} testMethod={self._testMethodName}>"

    @contextlib.contextmanager
    def subTest(self, msg=_subtest_msg_sentinel, **params):
        """A context manager for one case of a parametrised test: a failure
        inside is reported with msg and params, and the test goes on."""
        outcome = self._outcome
        if outcome is None or not outcome.result_supports_subtests:
            yield
            return
        parent = self._subtest
        if parent is None:
            chain = _OrderedChainMap(params)
        else:
            chain = parent.params.new_child(params)
        self._subtest = _SubTest(self, msg, chain)
        try:
            with outcome.testPartExecutor(self._subtest, subTest=True):
                yield
            if not outcome.success:
                res = outcome.result
                if res is not None and res.failfast:
                    raise _ShouldStop
            elif outcome.expectedFailure:
                # The expected failure happened: stop the test here.
                raise _ShouldStop
        finally:
            self._subtest = parent

    def _addExpectedFailure(self, result, exc_info):
        try:
            report = result.addExpectedFailure
        except AttributeError:
            warnings.warn("TestResult has no addExpectedFailure method, reporting as passes",
                          RuntimeWarning)
            result.addSuccess(self)
        else:
            report(self, exc_info)

    def _addUnexpectedSuccess(self, result):
        try:
            report = result.addUnexpectedSuccess
        except AttributeError:
            warnings.warn("TestResult has no addUnexpectedSuccess method, reporting as failure",
                          RuntimeWarning)
            # An old result wants a real exception for addFailure.
            try:
                raise _UnexpectedSuccess from None
            except _UnexpectedSuccess:
                result.addFailure(self, sys.exc_info())
        else:
            report(self)

    def _addDuration(self, result, elapsed):
        try:
            report = result.addDuration
        except AttributeError:
            warnings.warn("TestResult has no addDuration method",
                          RuntimeWarning)
        else:
            report(self, elapsed)

    def _callSetUp(self):
        self.setUp()

    def _callTestMethod(self, method):
        if method() is not None:
            warnings.warn(f'It is deprecated to return a value that is not None from a '
                          f'test case ({method})', DeprecationWarning, stacklevel=3)

    def _callTearDown(self):
        self.tearDown()

    def _callCleanup(self, function, /, *args, **kwargs):
        function(*args, **kwargs)

    def _skip_reason(self, method):
        cls = self.__class__
        if (getattr(cls, "__unittest_skip__", False) or
                getattr(method, "__unittest_skip__", False)):
            return (getattr(cls, '__unittest_skip_why__', '')
                    or getattr(method, '__unittest_skip_why__', ''))
        return None

    def run(self, result=None):
        """Run the test, reporting to result (a fresh default result, with
        startTestRun/stopTestRun called around it, when None)."""
        finish = None
        if result is None:
            result = self.defaultTestResult()
            begin = getattr(result, 'startTestRun', None)
            finish = getattr(result, 'stopTestRun', None)
            if begin is not None:
                begin()
        result.startTest(self)
        try:
            method = getattr(self, self._testMethodName)
            why = self._skip_reason(method)
            if why is not None:
                _report_skip(result, self, why)
                return result
            xfail = (getattr(self, "__unittest_expecting_failure__", False) or
                     getattr(method, "__unittest_expecting_failure__", False))
            outcome = _Outcome(result)
            started = time.perf_counter()
            try:
                self._outcome = outcome
                with outcome.testPartExecutor(self):
                    self._callSetUp()
                if outcome.success:
                    outcome.expecting_failure = xfail
                    with outcome.testPartExecutor(self):
                        self._callTestMethod(method)
                    outcome.expecting_failure = False
                    with outcome.testPartExecutor(self):
                        self._callTearDown()
                self.doCleanups()
                self._addDuration(result, time.perf_counter() - started)
                if outcome.success:
                    if not xfail:
                        result.addSuccess(self)
                    elif outcome.expectedFailure:
                        self._addExpectedFailure(result, outcome.expectedFailure)
                    else:
                        self._addUnexpectedSuccess(result)
                return result
            finally:
                # Break the cycle outcome -> exc_info -> frame -> outcome.
                outcome.expectedFailure = None
                outcome = None
                self._outcome = None
        finally:
            result.stopTest(self)
            if finish is not None:
                finish()

    def doCleanups(self):
        """Run the registered cleanups (last first); False if one failed."""
        outcome = self._outcome or _Outcome()
        while self._cleanups:
            func, args, kwargs = self._cleanups.pop()
            with outcome.testPartExecutor(self):
                self._callCleanup(func, *args, **kwargs)
        return outcome.success

    @classmethod
    def doClassCleanups(cls):
        """Run the class cleanups, keeping the exc_info of each failure in
        cls.tearDown_exceptions."""
        cls.tearDown_exceptions = []
        while cls._class_cleanups:
            func, args, kwargs = cls._class_cleanups.pop()
            try:
                func(*args, **kwargs)
            except Exception:
                cls.tearDown_exceptions.append(sys.exc_info())

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def debug(self):
        """Run the test without a result, so that exceptions propagate."""
        method = getattr(self, self._testMethodName)
        why = self._skip_reason(method)
        if why is not None:
            raise SkipTest(why)
        self._callSetUp()
        self._callTestMethod(method)
        self._callTearDown()
        while self._cleanups:
            func, args, kwargs = self._cleanups.pop()
            self._callCleanup(func, *args, **kwargs)

    def skipTest(self, reason):
        """Skip this test now."""
        raise SkipTest(reason)

    def fail(self, msg=None):
        """Fail the test with the given message."""
        raise self.failureException(msg)

    def _check(self, passed, msg, template, *values):
        # The common shape of the simple asserts: unless passed, fail with
        # template filled with the values' safe reprs (computed only then).
        if passed:
            return
        text = template % tuple(safe_repr(v) for v in values)
        raise self.failureException(self._formatMessage(msg, text))

    def assertFalse(self, expr, msg=None):
        """Fail if expr is true."""
        self._check(not expr, msg, "%s is not false", expr)

    def assertTrue(self, expr, msg=None):
        """Fail if expr is false."""
        self._check(expr, msg, "%s is not true", expr)

    def _formatMessage(self, msg, standardMsg):
        """The failure text: the standard message, the custom msg, or with
        longMessage both as 'standard : custom'."""
        if not self.longMessage:
            return msg or standardMsg
        if msg is None:
            return standardMsg
        try:
            return '%s : %s' % (standardMsg, msg)
        except UnicodeDecodeError:
            return '%s : %s' % (safe_repr(standardMsg), safe_repr(msg))

    def assertRaises(self, expected_exception, *args, **kwargs):
        """Fail unless calling args[0](*args[1:], **kwargs) raises
        expected_exception (a class or tuple of classes); without a callable,
        return a context manager whose .exception is the caught exception."""
        ctx = _AssertRaisesContext(expected_exception, self)
        try:
            return ctx.handle('assertRaises', args, kwargs)
        finally:
            ctx = None

    def assertWarns(self, expected_warning, *args, **kwargs):
        """Fail unless the call (or the with block) issues expected_warning;
        the context manager keeps .warning, .filename and .lineno."""
        ctx = _AssertWarnsContext(expected_warning, self)
        return ctx.handle('assertWarns', args, kwargs)

    def _assertNotWarns(self, expected_warning, *args, **kwargs):
        """Fail if the call (or the with block) issues expected_warning."""
        ctx = _AssertNotWarnsContext(expected_warning, self)
        return ctx.handle('_assertNotWarns', args, kwargs)

    def assertLogs(self, logger=None, level=None):
        """A context manager failing unless the logger (root by default)
        or its children log at level (INFO by default) or above; it yields
        an object with .records and .output."""
        from ._log import _AssertLogsContext
        return _AssertLogsContext(self, logger, level, no_logs=False)

    def assertNoLogs(self, logger=None, level=None):
        """A context manager failing if the logger logs at level or above."""
        from ._log import _AssertLogsContext
        return _AssertLogsContext(self, logger, level, no_logs=True)

    def _getAssertEqualityFunc(self, first, second):
        # Exact type matches only: a subclass keeps the generic comparison.
        if type(first) is type(second):
            func = self._type_equality_funcs.get(type(first))
            if func is not None:
                return getattr(self, func) if isinstance(func, str) else func
        return self._baseAssertEqual

    def _baseAssertEqual(self, first, second, msg=None):
        """assertEqual for types without a dedicated comparison."""
        if not first == second:
            text = '%s != %s' % _common_shorten_repr(first, second)
            raise self.failureException(self._formatMessage(msg, text))

    def assertEqual(self, first, second, msg=None):
        """Fail unless first == second."""
        compare = self._getAssertEqualityFunc(first, second)
        compare(first, second, msg=msg)

    def assertNotEqual(self, first, second, msg=None):
        """Fail if first == second."""
        self._check(first != second, msg, '%s == %s', first, second)

    def assertAlmostEqual(self, first, second, places=None, msg=None,
                          delta=None):
        """Fail unless first and second are equal, or differ by at most
        delta, or round to the same value at places decimals (7 by default)."""
        if first == second:
            return
        if delta is not None and places is not None:
            raise TypeError("specify delta or places not both")
        gap = abs(first - second)
        if delta is not None:
            if gap <= delta:
                return
            text = (f'{safe_repr(first)} != {safe_repr(second)} within '
                    f'{safe_repr(delta)} delta ({safe_repr(gap)} difference)')
        else:
            if places is None:
                places = 7
            if round(gap, places) == 0:
                return
            text = (f'{safe_repr(first)} != {safe_repr(second)} within '
                    f'{places!r} places ({safe_repr(gap)} difference)')
        raise self.failureException(self._formatMessage(msg, text))

    def assertNotAlmostEqual(self, first, second, places=None, msg=None,
                             delta=None):
        """Fail if first and second are within delta, or equal when
        rounded to places decimals (7 by default)."""
        if delta is not None and places is not None:
            raise TypeError("specify delta or places not both")
        gap = abs(first - second)
        if delta is not None:
            if not (first == second) and gap > delta:
                return
            text = (f'{safe_repr(first)} == {safe_repr(second)} within '
                    f'{safe_repr(delta)} delta ({safe_repr(gap)} difference)')
        else:
            if places is None:
                places = 7
            if not (first == second) and round(gap, places) != 0:
                return
            text = (f'{safe_repr(first)} == {safe_repr(second)} within '
                    f'{places!r} places')
        raise self.failureException(self._formatMessage(msg, text))

    def assertSequenceEqual(self, seq1, seq2, msg=None, seq_type=None):
        """Fail unless two sequences hold equal items in the same order;
        seq_type, if given, is the type both must be instances of.  The
        message points at the first difference and shows a diff."""
        if seq_type is None:
            kind = "sequence"
        else:
            kind = seq_type.__name__
            for which, seq in (('First', seq1), ('Second', seq2)):
                if not isinstance(seq, seq_type):
                    raise self.failureException(
                        f'{which} sequence is not a {kind}: {safe_repr(seq)}')
        text = None
        try:
            n1 = len(seq1)
        except (TypeError, NotImplementedError):
            text = f'First {kind} has no length.    Non-sequence?'
        if text is None:
            try:
                n2 = len(seq2)
            except (TypeError, NotImplementedError):
                text = f'Second {kind} has no length.    Non-sequence?'
        if text is None:
            if seq1 == seq2:
                return
            text = '%ss differ: %s != %s\n' % (
                (kind.capitalize(),) + _common_shorten_repr(seq1, seq2))
            text, same = self._first_difference(text, seq1, seq2, n1, n2, kind)
            if same and n1 == n2 and seq_type is None and type(seq1) != type(seq2):
                return  # equal items, only the container types differ
            if n1 != n2:
                longer, extra_at, which = ((seq1, n2, 'first') if n1 > n2
                                           else (seq2, n1, 'second'))
                head = 'First' if n1 > n2 else 'Second'
                text += (f'\n{head} {kind} contains {abs(n1 - n2)} additional '
                         f'elements.\n')
                try:
                    text += (f'First extra element {extra_at}:\n'
                             f'{safe_repr(longer[extra_at])}\n')
                except (TypeError, IndexError, NotImplementedError):
                    text += f'Unable to index element {extra_at} of {which} {kind}\n'
        diff = '\n' + '\n'.join(difflib.ndiff(pprint.pformat(seq1).splitlines(),
                                              pprint.pformat(seq2).splitlines()))
        text = self._truncateMessage(text, diff)
        self.fail(self._formatMessage(msg, text))

    @staticmethod
    def _first_difference(text, seq1, seq2, n1, n2, kind):
        # Append where the sequences first differ; also say whether the
        # common part is equal.
        for i in range(min(n1, n2)):
            try:
                a = seq1[i]
            except (TypeError, IndexError, NotImplementedError):
                return text + f'\nUnable to index element {i} of first {kind}\n', False
            try:
                b = seq2[i]
            except (TypeError, IndexError, NotImplementedError):
                return text + f'\nUnable to index element {i} of second {kind}\n', False
            if a != b:
                return text + ('\nFirst differing element %d:\n%s\n%s\n' %
                               ((i,) + _common_shorten_repr(a, b))), False
        return text, True

    def _truncateMessage(self, message, diff):
        limit = self.maxDiff
        if limit is None or len(diff) <= limit:
            return message + diff
        return message + (DIFF_OMITTED % len(diff))

    def assertListEqual(self, list1, list2, msg=None):
        """assertSequenceEqual for two lists."""
        self.assertSequenceEqual(list1, list2, msg, seq_type=list)

    def assertTupleEqual(self, tuple1, tuple2, msg=None):
        """assertSequenceEqual for two tuples."""
        self.assertSequenceEqual(tuple1, tuple2, msg, seq_type=tuple)

    def assertSetEqual(self, set1, set2, msg=None):
        """Fail unless two sets (or anything with .difference) are equal,
        listing the items only one of them has."""
        halves = []
        for which, a, b in (('first', set1, set2), ('second', set2, set1)):
            try:
                halves.append(a.difference(b))
            except TypeError as e:
                self.fail(f'invalid type when attempting set difference: {e}')
            except AttributeError as e:
                self.fail(f'{which} argument does not support set difference: {e}')
        only1, only2 = halves
        if not (only1 or only2):
            return
        lines = []
        if only1:
            lines.append('Items in the first set but not the second:')
            lines.extend(repr(item) for item in only1)
        if only2:
            lines.append('Items in the second set but not the first:')
            lines.extend(repr(item) for item in only2)
        self.fail(self._formatMessage(msg, '\n'.join(lines)))

    def assertIn(self, member, container, msg=None):
        """Fail unless member in container."""
        self._check(member in container, msg, '%s not found in %s', member, container)

    def assertNotIn(self, member, container, msg=None):
        """Fail if member in container."""
        self._check(member not in container, msg, '%s unexpectedly found in %s',
                    member, container)

    def assertIs(self, expr1, expr2, msg=None):
        """Fail unless expr1 is expr2."""
        self._check(expr1 is expr2, msg, '%s is not %s', expr1, expr2)

    def assertIsNot(self, expr1, expr2, msg=None):
        """Fail if expr1 is expr2."""
        self._check(expr1 is not expr2, msg, 'unexpectedly identical: %s', expr1)

    def assertDictEqual(self, d1, d2, msg=None):
        self.assertIsInstance(d1, dict, 'First argument is not a dictionary')
        self.assertIsInstance(d2, dict, 'Second argument is not a dictionary')
        if d1 == d2:
            return
        text = '%s != %s' % _common_shorten_repr(d1, d2)
        diff = '\n' + '\n'.join(difflib.ndiff(pprint.pformat(d1).splitlines(),
                                              pprint.pformat(d2).splitlines()))
        self.fail(self._formatMessage(msg, self._truncateMessage(text, diff)))

    def assertCountEqual(self, first, second, msg=None):
        """Fail unless first and second hold the same items the same number
        of times, in any order."""
        items1, items2 = list(first), list(second)
        try:
            same = collections.Counter(items1) == collections.Counter(items2)
        except TypeError:
            mismatches = _count_diff_all_purpose(items1, items2)
        else:
            if same:
                return
            mismatches = _count_diff_hashable(items1, items2)
        if not mismatches:
            return
        text = 'Element counts were not equal:\n'
        detail = '\n'.join('First has %d, Second has %d:  %r' % m for m in mismatches)
        self.fail(self._formatMessage(msg, self._truncateMessage(text, detail)))

    def assertMultiLineEqual(self, first, second, msg=None):
        """Fail unless two strings are equal, with a line diff."""
        self.assertIsInstance(first, str, "First argument is not a string")
        self.assertIsInstance(second, str, "Second argument is not a string")
        if first == second:
            return
        if len(first) > self._diffThreshold or len(second) > self._diffThreshold:
            self._baseAssertEqual(first, second, msg)
        # Give both a final newline if either lacks one (unless empty), so
        # that the diff can show the difference at the end.
        a, b = first, second
        if a and b:
            if a[-1] != '\n' or b[-1] != '\n':
                a += '\n'
                b += '\n'
        elif b and b[-1] != '\n':
            b += '\n'
        elif a and a[-1] != '\n':
            a += '\n'
        text = '%s != %s' % _common_shorten_repr(first, second)
        diff = '\n' + ''.join(difflib.ndiff(a.splitlines(keepends=True),
                                            b.splitlines(keepends=True)))
        self.fail(self._formatMessage(msg, self._truncateMessage(text, diff)))

    def assertLess(self, a, b, msg=None):
        """Fail unless a < b."""
        self._check(a < b, msg, '%s not less than %s', a, b)

    def assertLessEqual(self, a, b, msg=None):
        """Fail unless a <= b."""
        self._check(a <= b, msg, '%s not less than or equal to %s', a, b)

    def assertGreater(self, a, b, msg=None):
        """Fail unless a > b."""
        self._check(a > b, msg, '%s not greater than %s', a, b)

    def assertGreaterEqual(self, a, b, msg=None):
        """Fail unless a >= b."""
        self._check(a >= b, msg, '%s not greater than or equal to %s', a, b)

    def assertIsNone(self, obj, msg=None):
        """Fail unless obj is None."""
        self._check(obj is None, msg, '%s is not None', obj)

    def assertIsNotNone(self, obj, msg=None):
        """Fail if obj is None."""
        self._check(obj is not None, msg, 'unexpectedly None')

    def assertIsInstance(self, obj, cls, msg=None):
        """Fail unless isinstance(obj, cls)."""
        self._check(isinstance(obj, cls), msg,
                    '%s is not an instance of ' + repr(cls).replace('%', '%%'), obj)

    def assertNotIsInstance(self, obj, cls, msg=None):
        """Fail if isinstance(obj, cls)."""
        self._check(not isinstance(obj, cls), msg,
                    '%s is an instance of ' + repr(cls).replace('%', '%%'), obj)

    def assertRaisesRegex(self, expected_exception, expected_regex,
                          *args, **kwargs):
        """assertRaises, also requiring str() of the exception to match
        expected_regex (searched)."""
        ctx = _AssertRaisesContext(expected_exception, self, expected_regex)
        return ctx.handle('assertRaisesRegex', args, kwargs)

    def assertWarnsRegex(self, expected_warning, expected_regex,
                         *args, **kwargs):
        """assertWarns, also requiring the warning's message to match
        expected_regex (searched)."""
        ctx = _AssertWarnsContext(expected_warning, self, expected_regex)
        return ctx.handle('assertWarnsRegex', args, kwargs)

    def assertRegex(self, text, expected_regex, msg=None):
        """Fail unless expected_regex (a pattern or its text) is found in text."""
        if isinstance(expected_regex, (str, bytes)):
            assert expected_regex, "expected_regex must not be empty."
            expected_regex = re.compile(expected_regex)
        if not expected_regex.search(text):
            std = "Regex didn't match: %r not found in %r" % (expected_regex.pattern, text)
            raise self.failureException(self._formatMessage(msg, std))

    def assertNotRegex(self, text, unexpected_regex, msg=None):
        """Fail if unexpected_regex is found in text."""
        if isinstance(unexpected_regex, (str, bytes)):
            unexpected_regex = re.compile(unexpected_regex)
        found = unexpected_regex.search(text)
        if found:
            std = 'Regex matched: %r matches %r in %r' % (
                text[found.start():found.end()], unexpected_regex.pattern, text)
            raise self.failureException(self._formatMessage(msg, std))


class FunctionTestCase(TestCase):
    """A TestCase around a plain function, with optional set-up and
    tear-down functions and a description; it lets existing test functions
    run under unittest's runners."""

    def __init__(self, testFunc, setUp=None, tearDown=None, description=None):
        super().__init__()
        self._setUpFunc = setUp
        self._tearDownFunc = tearDown
        self._testFunc = testFunc
        self._description = description

    def setUp(self):
        if self._setUpFunc is not None:
            self._setUpFunc()

    def tearDown(self):
        if self._tearDownFunc is not None:
            self._tearDownFunc()

    def runTest(self):
        self._testFunc()

    def id(self):
        return self._testFunc.__name__

    def _key(self):
        return (self._setUpFunc, self._tearDownFunc, self._testFunc,
                self._description)

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self):
        return hash((type(self),) + self._key())

    def __str__(self):
        return f"{strclass(self.__class__)} ({self._testFunc.__name__})"

    def __repr__(self):
        return f"<{strclass(self.__class__)} tec={self._testFunc}>"

    def shortDescription(self):
        if self._description is not None:
            return self._description
        doc = self._testFunc.__doc__
        return doc and doc.split("\n")[0].strip() or None


class _SubTest(TestCase):

    def __init__(self, test_case, message, params):
        super().__init__()
        self._message = message
        self.test_case = test_case
        self.params = params
        self.failureException = test_case.failureException

    def runTest(self):
        raise NotImplementedError("subtests cannot be run directly")

    def _subDescription(self):
        parts = []
        if self._message is not _subtest_msg_sentinel:
            parts.append(f"[{self._message}]")
        if self.params:
            pairs = ', '.join(f"{k}={v!r}" for k, v in self.params.items())
            parts.append(f"({pairs})")
        return " ".join(parts) or '(<subtest>)'

    def id(self):
        return f"{self.test_case.id()} {self._subDescription()}"

    def shortDescription(self):
        """The parent test's short description."""
        return self.test_case.shortDescription()

    def __str__(self):
        return f"{self.test_case} {self._subDescription()}"
