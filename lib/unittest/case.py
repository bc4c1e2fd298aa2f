"""TestCase and its helpers: fixtures, cleanups, subtests, skips and the
assert* methods."""

import collections
import contextlib
import difflib
import functools
import pprint
import re
import sys
import time
import traceback
import types
import warnings

from . import result
from .util import safe_repr, strclass
from .util import _common_shorten_repr as _short_pair
from .util import _count_diff_all_purpose, _count_diff_hashable

__unittest = True

# subTest()'s msg when none is given (None is a possible message).
_NO_MESSAGE = object()

DIFF_OMITTED = '\nDiff is %s characters long. Set self.maxDiff to None to see it.'

# The assertEqual specialisations every TestCase starts with.
_TYPED_EQUALITY = (
    (dict, 'assertDictEqual'),
    (list, 'assertListEqual'),
    (tuple, 'assertTupleEqual'),
    (set, 'assertSetEqual'),
    (frozenset, 'assertSetEqual'),
    (str, 'assertMultiLineEqual'),
)


class SkipTest(Exception):
    """Raised to skip a test; the argument is the reason.  Raise it
    directly, or use TestCase.skipTest() or the skip decorators."""


class _StopTest(Exception):
    """Ends a test early (a failing subtest under failfast)."""


class _UnexpectedSuccess(Exception):
    """What an old-style result receives as a failure when an expected
    failure passes."""


def _addSkip(result, test, reason):
    report = getattr(result, 'addSkip', None)
    if report is not None:
        report(test, reason)
        return
    text = "TestResult has no addSkip method, skips not reported"
    warnings.warn(text, RuntimeWarning, stacklevel=2)
    result.addSuccess(test)


def _addError(result, test, exc_info):
    if result is None or exc_info is None:
        return
    failed = issubclass(exc_info[0], test.failureException)
    (result.addFailure if failed else result.addError)(test, exc_info)


def _exc_info_of(exc):
    """An exc_info triple for exc, as if it had just been raised."""
    try:
        raise exc from None
    except BaseException:
        return sys.exc_info()


class _Outcome:
    """The state of one test run: whether every part so far succeeded, and
    the exception of an expected failure."""

    def __init__(self, result=None):
        self.result, self.result_supports_subtests = result, hasattr(result, "addSubTest")
        # expectedFailure: the exc_info of an expected failure, once seen.
        self.success, self.expecting_failure, self.expectedFailure = True, False, None

    @contextlib.contextmanager
    def testPartExecutor(self, test_case, subTest=False):
        # Run one part (setUp, the test, tearDown, a cleanup, a subtest);
        # what it raises becomes a report instead of propagating.
        earlier, self.success = self.success, True
        try:
            yield
        except BaseException as exc:
            if isinstance(exc, KeyboardInterrupt):
                raise
            self._absorb(test_case, subTest, sys.exc_info())
        else:
            if self.success and subTest:
                self._absorb(test_case, True, None)
        finally:
            self.success = earlier and self.success

    def _absorb(self, test, in_subtest, info):
        """Report how a part ended: info is its exc_info, or None for a
        subtest that passed."""
        if info is not None:
            kind = info[0]
            if issubclass(kind, _StopTest):
                return
            skipped = issubclass(kind, SkipTest)
            if self.expecting_failure and not skipped:
                # Kept to be reported once the test is over.
                self.expectedFailure = info
                return
            self.success = False
            if skipped:
                _addSkip(self.result, test, str(info[1]))
                return
        if in_subtest:
            self.result.addSubTest(test.test_case, test, info)
        else:
            _addError(self.result, test, info)


def _identity(obj):
    return obj


def _enter_and_register(cm, register):
    # Like the with statement, find the methods on the type.
    kind = type(cm)
    enter = getattr(kind, '__enter__', None)
    leave = getattr(kind, '__exit__', None)
    if enter is None or leave is None:
        raise TypeError(f"'{kind.__module__}.{kind.__qualname__}' object does "
                        f"not support the context manager protocol")
    entered = enter(cm)
    register(leave, cm, None, None, None)
    return entered


def _drain(stack):
    """Pop (function, args, kwargs) entries, newest first, until none are
    left (a cleanup may register more)."""
    while stack:
        yield stack.pop()


def _call_each(stack, into=None):
    """Call what _drain(stack) gives; return the exc_info of every call
    that raised an Exception (appended to into, when given)."""
    problems = [] if into is None else into
    for func, pos, named in _drain(stack):
        try:
            func(*pos, **named)
        except Exception:
            problems.append(sys.exc_info())
    return problems


_module_cleanups = []


def _push(stack, function, args, kwargs):
    stack.append((function, args, kwargs))


def addModuleCleanup(function, /, *args, **kwargs):
    """Register a function to call after the module's tests
    (tearDownModule) have run; cleanups run last-in first-out."""
    _push(_module_cleanups, function, args, kwargs)


def enterModuleContext(cm):
    """Enter a context manager and exit it among the module cleanups."""
    return _enter_and_register(cm, addModuleCleanup)


def doModuleCleanups():
    """Run the module cleanups; the first exception any of them raised is
    raised again afterwards."""
    problems = _call_each(_module_cleanups)
    if problems:
        raise problems[0][1]


def _skipping(func, reason):
    @functools.wraps(func)
    def skipped(*args, **kwargs):
        raise SkipTest(reason)
    return skipped


def skip(reason):
    """Skip the decorated test (or every test of a decorated class)."""
    def mark(item):
        if not isinstance(item, type):
            item = _skipping(item, reason)
        item.__unittest_skip__ = True
        item.__unittest_skip_why__ = reason
        return item
    if type(reason) is types.FunctionType:
        # Used bare, as @skip: there is no reason.
        func, reason = reason, ''
        return mark(func)
    return mark


def skipIf(condition, reason):
    """Skip the decorated test when condition is true."""
    return skip(reason) if condition else _identity


def skipUnless(condition, reason):
    """Skip the decorated test unless condition is true."""
    return _identity if condition else skip(reason)


def expectedFailure(test_item):
    """Mark a test (or every test of a class) as expected to fail."""
    setattr(test_item, '__unittest_expecting_failure__', True)
    return test_item


def _classes_of(expected, base):
    """Whether expected is a subclass of base, or a (nested) tuple of them."""
    if not isinstance(expected, tuple):
        return isinstance(expected, type) and issubclass(expected, base)
    return all(_classes_of(member, base) for member in expected)


def _name_of(thing):
    try:
        return thing.__name__
    except AttributeError:
        return str(thing)


class _BaseTestCaseContext:

    def __init__(self, test_case):
        self.test_case = test_case

    def _raiseFailure(self, standardMsg):
        case = self.test_case
        raise case.failureException(case._formatMessage(self.msg, standardMsg))


class _AssertRaisesBaseContext(_BaseTestCaseContext):

    def __init__(self, expected, test_case, expected_regex=None):
        super().__init__(test_case)
        self.expected, self.expected_regex = expected, (
            None if expected_regex is None else re.compile(expected_regex))
        self.obj_name = self.msg = None

    def _serve(self, name, args, kwargs):
        """Serve both forms: with no callable, return self as a context
        manager (msg is the only keyword accepted); with one, call it
        inside the context with the remaining arguments."""
        try:
            if not _classes_of(self.expected, self._base_type):
                raise TypeError(f'{name}() arg 1 must be {self._base_type_str}')
            if args:
                func, *rest = args
                self.obj_name = _name_of(func)
                with self:
                    func(*rest, **kwargs)
                return None
            self.msg = kwargs.pop('msg', None)
            for unknown in kwargs:
                raise TypeError(f'{unknown!r} is an invalid keyword argument '
                                f'for this function')
            return self
        finally:
            # Drop the reference cycle through the frame.
            self = None

    def _not_seen(self, verb):
        what = _name_of(self.expected)
        by = f" by {self.obj_name}" if self.obj_name else ""
        self._raiseFailure(f"{what} not {verb}{by}")


class _AssertRaisesContext(_AssertRaisesBaseContext):
    """The context manager behind assertRaises and assertRaisesRegex."""

    # What the expected argument must be, for checking and for the message.
    _base_type, _base_type_str = (BaseException,
                                  'an exception type or tuple of exception types')

    def __enter__(self):
        return self

    def __exit__(self, kind, value, trace):
        if kind is None:
            self._not_seen("raised")
        traceback.clear_frames(trace)
        if not issubclass(kind, self.expected):
            return False  # not ours: let it propagate
        self.exception = value.with_traceback(None)
        pattern = self.expected_regex
        if pattern is not None and not pattern.search(str(value)):
            self._raiseFailure(f'"{pattern.pattern}" does not match "{value}"')
        return True

    __class_getitem__ = classmethod(types.GenericAlias)


def _forget_shown_warnings():
    # Warnings already shown once would otherwise not be issued again.
    for module in list(sys.modules.values()):
        if getattr(module, '__warningregistry__', None):
            module.__warningregistry__ = {}


class _AssertWarnsContext(_AssertRaisesBaseContext):
    """The context manager behind assertWarns and assertWarnsRegex."""

    _base_type, _base_type_str = Warning, 'a warning type or tuple of warning types'

    def __enter__(self):
        _forget_shown_warnings()
        manager = warnings.catch_warnings(record=True)
        self.warnings_manager = manager
        self.warnings = manager.__enter__()
        warnings.simplefilter(action="always", category=self.expected)
        return self

    def _leave(self, kind, value, trace):
        """Stop recording; True when the block ended normally and the
        recorded warnings are to be checked."""
        self.warnings_manager.__exit__(kind, value, trace)
        return kind is None

    def _matching(self):
        return [r for r in self.warnings if isinstance(r.message, self.expected)]

    def __exit__(self, kind, value, trace):
        if not self._leave(kind, value, trace):
            return None
        candidates = self._matching()
        pattern = self.expected_regex
        for record in candidates:
            if pattern is None or pattern.search(str(record.message)):
                self.warning = record.message
                self.filename, self.lineno = record.filename, record.lineno
                return None
        if candidates:
            self._raiseFailure(
                f'"{pattern.pattern}" does not match "{candidates[0].message}"')
        self._not_seen("triggered")


class _AssertNotWarnsContext(_AssertWarnsContext):

    def __exit__(self, kind, value, trace):
        if self._leave(kind, value, trace) and self._matching():
            self._raiseFailure(f"{_name_of(self.expected)} triggered")


class _OrderedChainMap(collections.ChainMap):
    def __iter__(self):
        # Every key once, in the order of the maps.
        return iter(dict.fromkeys(key for layer in self.maps for key in layer))


# What len() and indexing raise on objects that do not support them.
_NO_LENGTH = (TypeError, NotImplementedError)
_NO_INDEXING = _NO_LENGTH + (IndexError,)


def _size(seq):
    try:
        return len(seq)
    except _NO_LENGTH:
        return None


_UNREACHABLE = object()


def _item(seq, i):
    try:
        return seq[i]
    except _NO_INDEXING:
        return _UNREACHABLE


def _pformat_diff(first, second):
    lines = [pprint.pformat(value).splitlines() for value in (first, second)]
    return '\n' + '\n'.join(difflib.ndiff(*lines))


def _as_pattern(regex, *, nonempty=False):
    """regex compiled, unless it already is a pattern object."""
    if not isinstance(regex, (str, bytes)):
        return regex
    assert regex or not nonempty, "expected_regex must not be empty."
    return re.compile(regex)


def _default_places(places, delta):
    if places is None:
        return 7
    if delta is not None:
        raise TypeError("specify delta or places not both")
    return places


class TestCase:
    """One test: an instance runs the method named methodName, between
    setUp() and tearDown(), and reports to a TestResult.

    Subclasses write test* methods using the assert* methods.  Class
    attributes tune reports: failureException (the exception failures
    raise), longMessage (append a custom msg to the standard one rather than
    replace it) and maxDiff (longest diff shown; None for no limit)."""

    failureException = AssertionError

    longMessage = True

    # Eight lines of eighty characters.
    maxDiff = 640

    # Strings longer than this are compared without difflib (it is slow).
    _diffThreshold = 1 << 16

    # Class fixture state; every subclass gets its own (__init_subclass__).
    _classSetupFailed = False
    _class_cleanups = []

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        cls._classSetupFailed, cls._class_cleanups = False, []

    def __init__(self, methodName='runTest'):
        """Make a test that runs the method methodName (ValueError if the
        class has no such method)."""
        self._testMethodName = methodName
        self._outcome = self._subtest = None
        self._testMethodDoc = self._doc_of(methodName)
        self._cleanups, self._type_equality_funcs = [], {}
        for kind, checker in _TYPED_EQUALITY:
            self.addTypeEqualityFunc(kind, checker)

    def _doc_of(self, name):
        try:
            method = getattr(self, name)
        except AttributeError:
            if name == 'runTest':
                # Instances made only to reach the assert methods need
                # no test method.
                return 'No test'
            raise ValueError(f"no such test method in {self.__class__}: {name}")
        return method.__doc__

    def addTypeEqualityFunc(self, typeobj, function):
        """Make assertEqual use function(first, second, msg=None) when both
        values are exactly of type typeobj; function may be a method name."""
        self._type_equality_funcs[typeobj] = function

    def addCleanup(self, function, /, *args, **kwargs):
        """Call function(*args, **kwargs) after tearDown (even when setUp
        failed); cleanups run last-in first-out."""
        _push(self._cleanups, function, args, kwargs)

    def enterContext(self, cm):
        """Enter a context manager now and exit it as a cleanup; returns what
        __enter__ returned."""
        return _enter_and_register(cm, self.addCleanup)

    @classmethod
    def addClassCleanup(cls, function, /, *args, **kwargs):
        """Like addCleanup, run after tearDownClass."""
        _push(cls._class_cleanups, function, args, kwargs)

    @classmethod
    def enterClassContext(cls, cm):
        """Like enterContext, exited after tearDownClass."""
        return _enter_and_register(cm, cls.addClassCleanup)

    def setUp(self):
        "Prepare the fixture; runs before each test method."

    def tearDown(self):
        "Dismantle the fixture; runs after each test method whose setUp passed."

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
        text = self._testMethodDoc
        return text.strip().partition("\n")[0].strip() if text else None

    def id(self):
        return f"{strclass(self.__class__)}.{self._testMethodName}"

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return other._testMethodName == self._testMethodName

    def __hash__(self):
        identity = (type(self), self._testMethodName)
        return hash(identity)

    def __str__(self):
        name = self._testMethodName
        return f"{name} ({strclass(self.__class__)}.{name})"

    def __repr__(self):
        return f"<{strclass(self.__class__)} testMethod={self._testMethodName}>"

    @contextlib.contextmanager
    def subTest(self, msg=_NO_MESSAGE, **params):
        """A context manager for one case of a parametrised test: a failure
        inside is reported with msg and params, and the test goes on."""
        outcome = self._outcome
        if outcome is None or not outcome.result_supports_subtests:
            yield
            return
        enclosing = self._subtest
        if enclosing is None:
            merged = _OrderedChainMap(params)
        else:
            merged = enclosing.params.new_child(params)
        current = self._subtest = _SubTest(self, msg, merged)
        try:
            with outcome.testPartExecutor(current, subTest=True):
                yield
            if self._stop_after_subtest(outcome):
                raise _StopTest
        finally:
            self._subtest = enclosing

    @staticmethod
    def _stop_after_subtest(state):
        if state.success:
            # An expected failure happened: the test is over.
            return bool(state.expectedFailure)
        sink = state.result
        return sink is not None and bool(sink.failfast)

    def _optional_report(self, result, hook, warning, *args):
        """Call result.<hook>(self, *args); when the result lacks it, warn
        and return False."""
        report = getattr(result, hook, None)
        if report is None:
            warnings.warn(warning, RuntimeWarning)
            return False
        report(self, *args)
        return True

    def _report_expected_failure(self, result, exc_info):
        if not self._optional_report(
                result, 'addExpectedFailure',
                "TestResult has no addExpectedFailure method, reporting as passes",
                exc_info):
            self._report_passed(result, None, False)

    def _report_unexpected_success(self, result):
        if not self._optional_report(
                result, 'addUnexpectedSuccess',
                "TestResult has no addUnexpectedSuccess method, reporting as failure"):
            # An old result wants a real exception for addFailure.
            result.addFailure(self, _exc_info_of(_UnexpectedSuccess()))

    def _report_duration(self, result, elapsed):
        self._optional_report(result, 'addDuration',
                              "TestResult has no addDuration method", elapsed)

    # The steps of a run, separate so that subclasses (the asyncio test
    # case) can wrap them.

    def _callSetUp(self):
        self.setUp()

    def _callTestMethod(self, method):
        returned = method()
        if returned is not None:
            text = ('It is deprecated to return a value that is not None '
                    f'from a test case ({method})')
            warnings.warn(text, DeprecationWarning, stacklevel=3)

    def _callTearDown(self):
        self.tearDown()

    def _callCleanup(self, function, /, *args, **kwargs):
        function(*args, **kwargs)

    def _skip_reason(self, method):
        holders = (self.__class__, method)
        if not any(getattr(h, "__unittest_skip__", False) for h in holders):
            return None
        for h in holders:
            why = getattr(h, '__unittest_skip_why__', '')
            if why:
                return why
        return why

    def run(self, result=None):
        """Run the test, reporting to result (a fresh default result, with
        startTestRun/stopTestRun called around it, when None)."""
        finish = None
        standalone = result is None
        if standalone:
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
                _addSkip(result, self, why)
            else:
                xfail = any(getattr(x, "__unittest_expecting_failure__", False)
                            for x in (self, method))
                state = self._outcome = _Outcome(result)
                started = time.perf_counter()
                try:
                    # (The steps are called from this frame: the deprecation
                    # warning of _callTestMethod points at run's caller.)
                    steps = ((self._callSetUp, (), False),
                             (self._callTestMethod, (method,), xfail),
                             (self._callTearDown, (), False))
                    for position, (step, args, expecting) in enumerate(steps):
                        state.expecting_failure = expecting
                        with state.testPartExecutor(self):
                            step(*args)
                        if not position and not state.success:
                            # Neither the test nor tearDown after a failed setUp.
                            break
                    state.expecting_failure = False
                    self.doCleanups()
                    self._report_duration(result, time.perf_counter() - started)
                    if state.success:
                        self._report_passed(result, state, xfail)
                finally:
                    # Break the cycle outcome -> exc_info -> frame -> outcome.
                    state.expectedFailure = None
                    self._outcome = None
        finally:
            result.stopTest(self)
            if finish is not None:
                finish()
        return result

    def _report_passed(self, result, state, xfail):
        if not xfail:
            result.addSuccess(self)
        elif state.expectedFailure:
            self._report_expected_failure(result, state.expectedFailure)
        else:
            self._report_unexpected_success(result)

    def doCleanups(self):
        """Run the registered cleanups (last first); False if one failed."""
        state = self._outcome or _Outcome()
        for func, pos, named in _drain(self._cleanups):
            with state.testPartExecutor(self):
                self._callCleanup(func, *pos, **named)
        return state.success

    @classmethod
    def doClassCleanups(cls):
        """Run the class cleanups, keeping the exc_info of each failure in
        cls.tearDown_exceptions."""
        cls.tearDown_exceptions = failures = []
        _call_each(cls._class_cleanups, into=failures)

    def __call__(self, *args, **kwargs):
        return self.run(*args, **kwargs)

    def debug(self):
        """Run the test without a result, so that exceptions propagate."""
        method = getattr(self, self._testMethodName)
        why = self._skip_reason(method)
        if why is not None:
            raise SkipTest(why)
        for step, args in ((self._callSetUp, ()),
                           (self._callTestMethod, (method,)),
                           (self._callTearDown, ())):
            step(*args)
        for func, pos, named in _drain(self._cleanups):
            self._callCleanup(func, *pos, **named)

    def skipTest(self, reason):
        """Skip this test now."""
        raise SkipTest(reason)

    def fail(self, msg=None):
        """Fail the test with the given message."""
        raise self.failureException(msg)

    def _fail_with(self, msg, text):
        raise self.failureException(self._formatMessage(msg, text))

    def _check(self, passed, msg, template, *values):
        # The common shape of the simple asserts: unless passed, fail with
        # template filled with the values' safe reprs (computed only then).
        if not passed:
            self._fail_with(msg, template % tuple(map(safe_repr, values)))

    def assertFalse(self, expr, msg=None):
        """Fail if expr is true."""
        self._check(not expr, msg, "%s is not false", expr)

    def assertTrue(self, expr, msg=None):
        """Fail if expr is false."""
        self._check(expr, msg, "%s is not true", expr)

    def _formatMessage(self, msg, standardMsg):
        """The failure text: the standard message, the custom msg, or with
        longMessage both as 'standard : custom'."""
        if self.longMessage and msg is not None:
            try:
                return ' : '.join((str(standardMsg), str(msg)))
            except UnicodeDecodeError:
                return ' : '.join((safe_repr(standardMsg), safe_repr(msg)))
        return standardMsg if self.longMessage else (msg or standardMsg)

    def _expect(self, context_class, expected, name, args, kwargs, regex=None):
        # No local name for the context: it would make a reference cycle
        # (context -> exception -> traceback -> this frame).
        return context_class(expected, self, regex)._serve(name, args, kwargs)

    def assertRaises(self, expected_exception, *args, **kwargs):
        """Fail unless calling args[0](*args[1:], **kwargs) raises
        expected_exception (a class or tuple of classes); without a callable,
        return a context manager whose .exception is the caught exception."""
        return self._expect(_AssertRaisesContext, expected_exception,
                            'assertRaises', args, kwargs)

    def assertWarns(self, expected_warning, *args, **kwargs):
        """Fail unless the call (or the with block) issues expected_warning;
        the context manager keeps .warning, .filename and .lineno."""
        return self._expect(_AssertWarnsContext, expected_warning,
                            'assertWarns', args, kwargs)

    def _assertNotWarns(self, expected_warning, *args, **kwargs):
        """Fail if the call (or the with block) issues expected_warning."""
        return self._expect(_AssertNotWarnsContext, expected_warning,
                            '_assertNotWarns', args, kwargs)

    def _logs_context(self, logger, level, no_logs):
        # Imported on use: it needs logging.
        from . import _log
        return _log._AssertLogsContext(self, logger, level, no_logs)

    def assertLogs(self, logger=None, level=None):
        """A context manager failing unless the logger (root by default)
        or its children log at level (INFO by default) or above; it yields
        an object with .records and .output."""
        return self._logs_context(logger, level, False)

    def assertNoLogs(self, logger=None, level=None):
        """A context manager failing if the logger logs at level or above."""
        return self._logs_context(logger, level, True)

    def _equality_checker(self, first, second):
        # Exact type matches only: a subclass keeps the generic comparison.
        kind = type(first)
        checker = None
        if kind == type(second):
            checker = self._type_equality_funcs.get(kind)
        if isinstance(checker, str):
            # Registered by method name.
            checker = getattr(self, checker)
        return self._baseAssertEqual if checker is None else checker

    def _baseAssertEqual(self, first, second, msg=None):
        """assertEqual for types without a dedicated comparison."""
        same = first == second
        if not same:
            self._fail_with(msg, '%s != %s' % _short_pair(first, second))

    def assertEqual(self, first, second, msg=None):
        """Fail unless first == second."""
        compare = self._equality_checker(first, second)
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
        places = _default_places(places, delta)
        gap = abs(first - second)
        if delta is None:
            if round(gap, places) == 0:
                return
            within = f'{places!r} places'
        else:
            if gap <= delta:
                return
            within = f'{safe_repr(delta)} delta'
        self._fail_with(msg, f'{safe_repr(first)} != {safe_repr(second)} within '
                             f'{within} ({safe_repr(gap)} difference)')

    def assertNotAlmostEqual(self, first, second, places=None, msg=None,
                             delta=None):
        """Fail if first and second are within delta, or equal when
        rounded to places decimals (7 by default)."""
        places = _default_places(places, delta)
        gap = abs(first - second)
        if delta is None:
            if not first == second and round(gap, places) != 0:
                return
            within = f'{places!r} places'
        else:
            if not first == second and gap > delta:
                return
            within = f'{safe_repr(delta)} delta ({safe_repr(gap)} difference)'
        self._fail_with(msg, f'{safe_repr(first)} == {safe_repr(second)} within '
                             f'{within}')

    def assertSequenceEqual(self, seq1, seq2, msg=None, seq_type=None):
        """Fail unless two sequences hold equal items in the same order;
        seq_type, if given, is the type both must be instances of.  The
        message points at the first difference and shows a diff."""
        kind = "sequence" if seq_type is None else seq_type.__name__
        if seq_type:
            for which, seq in (('First', seq1), ('Second', seq2)):
                if not isinstance(seq, seq_type):
                    raise self.failureException(
                        f'{which} sequence is not a {kind}: {safe_repr(seq)}')
        text = self._sequence_difference(seq1, seq2, seq_type, kind)
        if text is None:
            return
        text = self._truncateMessage(text, _pformat_diff(seq1, seq2))
        self.fail(self._formatMessage(msg, text))

    def _sequence_difference(self, seq1, seq2, seq_type, kind):
        """What assertSequenceEqual reports before the diff; None when the
        sequences count as equal."""
        n1 = _size(seq1)
        if n1 is None:
            return f'First {kind} has no length.    Non-sequence?'
        n2 = _size(seq2)
        if n2 is None:
            return f'Second {kind} has no length.    Non-sequence?'
        if seq1 == seq2:
            return None
        text = '%ss differ: %s != %s\n' % ((kind.capitalize(),) +
                                            _short_pair(seq1, seq2))
        found = self._first_difference(seq1, seq2, min(n1, n2), kind)
        if found is None and n1 == n2 and seq_type is None and type(seq1) != type(seq2):
            return None  # equal items, only the container types differ
        text += found or ''
        if n1 != n2:
            text += self._extra_elements(seq1, seq2, n1, n2, kind)
        return text

    @staticmethod
    def _first_difference(seq1, seq2, common, kind):
        # Where the sequences first differ, or None when their common part
        # is equal.
        for i in range(common):
            a = _item(seq1, i)
            if a is _UNREACHABLE:
                return f'\nUnable to index element {i} of first {kind}\n'
            b = _item(seq2, i)
            if b is _UNREACHABLE:
                return f'\nUnable to index element {i} of second {kind}\n'
            if a != b:
                return ('\nFirst differing element %d:\n%s\n%s\n' %
                        ((i,) + _short_pair(a, b)))
        return None

    @staticmethod
    def _extra_elements(seq1, seq2, n1, n2, kind):
        if n1 > n2:
            longer, at, head, which = seq1, n2, 'First', 'first'
        else:
            longer, at, head, which = seq2, n1, 'Second', 'second'
        text = (f'\n{head} {kind} contains {abs(n1 - n2)} additional '
                f'elements.\n')
        extra = _item(longer, at)
        if extra is _UNREACHABLE:
            return text + f'Unable to index element {at} of {which} {kind}\n'
        return text + f'First extra element {at}:\n{safe_repr(extra)}\n'

    def _truncateMessage(self, message, diff):
        limit = self.maxDiff
        if limit is not None and len(diff) > limit:
            # Only say how long it was.
            diff = DIFF_OMITTED % len(diff)
        return f'{message}{diff}'

    def assertListEqual(self, list1, list2, msg=None):
        """assertSequenceEqual for two lists."""
        self.assertSequenceEqual(list1, list2, msg=msg, seq_type=list)

    def assertTupleEqual(self, tuple1, tuple2, msg=None):
        """assertSequenceEqual for two tuples."""
        self.assertSequenceEqual(tuple1, tuple2, msg=msg, seq_type=tuple)

    def assertSetEqual(self, set1, set2, msg=None):
        """Fail unless two sets (or anything with .difference) are equal,
        listing the items only one of them has."""
        halves = []
        for which, a, b in (('first', set1, set2), ('second', set2, set1)):
            try:
                halves.append(a.difference(b))
            except TypeError as err:
                self.fail(f'invalid type when attempting set difference: {err}')
            except AttributeError as err:
                self.fail(f'{which} argument does not support set difference: {err}')
        lines = []
        for heading, items in (('Items in the first set but not the second:', halves[0]),
                               ('Items in the second set but not the first:', halves[1])):
            if items:
                lines.append(heading)
                lines.extend(map(repr, items))
        if lines:
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
        for value, complaint in ((d1, 'First argument is not a dictionary'),
                                 (d2, 'Second argument is not a dictionary')):
            self.assertIsInstance(value, dict, complaint)
        if d1 != d2:
            text = '%s != %s' % _short_pair(d1, d2)
            text = self._truncateMessage(text, _pformat_diff(d1, d2))
            self.fail(self._formatMessage(msg, text))

    def assertCountEqual(self, first, second, msg=None):
        """Fail unless first and second hold the same items the same number
        of times, in any order."""
        items1, items2 = list(first), list(second)
        try:
            counts1, counts2 = collections.Counter(items1), collections.Counter(items2)
        except TypeError:
            # Unhashable items: the slow way.
            mismatches = _count_diff_all_purpose(items1, items2)
        else:
            if counts1 == counts2:
                return
            mismatches = _count_diff_hashable(items1, items2)
        if mismatches:
            detail = '\n'.join('First has %d, Second has %d:  %r' % m
                               for m in mismatches)
            text = self._truncateMessage('Element counts were not equal:\n', detail)
            self.fail(self._formatMessage(msg, text))

    def assertMultiLineEqual(self, first, second, msg=None):
        """Fail unless two strings are equal, with a line diff."""
        for value, complaint in ((first, "First argument is not a string"),
                                 (second, "Second argument is not a string")):
            self.assertIsInstance(value, str, complaint)
        if first != second:
            self._lines_differ(first, second, msg)

    def _lines_differ(self, first, second, msg):
        threshold = self._diffThreshold
        if len(first) > threshold or len(second) > threshold:
            # Too long for difflib: the plain report.
            self._baseAssertEqual(first, second, msg)
        # Give both a final newline if either lacks one (unless empty), so
        # that the diff can show the difference at the end.
        a, b = first, second
        if a and b:
            if not (a.endswith('\n') and b.endswith('\n')):
                a, b = a + '\n', b + '\n'
        elif b and not b.endswith('\n'):
            b += '\n'
        elif a and not a.endswith('\n'):
            a += '\n'
        text = '%s != %s' % _short_pair(first, second)
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

    def assertRaisesRegex(self, expected_exception, expected_regex, *args,
                          **kwargs):
        """assertRaises, also requiring str() of the exception to match
        expected_regex (searched)."""
        return self._expect(_AssertRaisesContext, expected_exception,
                            'assertRaisesRegex', args, kwargs, expected_regex)

    def assertWarnsRegex(self, expected_warning, expected_regex, *args,
                         **kwargs):
        """assertWarns, also requiring the warning's message to match
        expected_regex (searched)."""
        return self._expect(_AssertWarnsContext, expected_warning,
                            'assertWarnsRegex', args, kwargs, expected_regex)

    def assertRegex(self, text, expected_regex, msg=None):
        """Fail unless expected_regex (a pattern or its text) is found in text."""
        pattern = _as_pattern(expected_regex, nonempty=True)
        if not pattern.search(text):
            self._fail_with(msg, "Regex didn't match: %r not found in %r"
                                 % (pattern.pattern, text))

    def assertNotRegex(self, text, unexpected_regex, msg=None):
        """Fail if unexpected_regex is found in text."""
        pattern = _as_pattern(unexpected_regex)
        hit = pattern.search(text)
        if hit:
            self._fail_with(msg, 'Regex matched: %r matches %r in %r'
                                 % (hit.group(0), pattern.pattern, text))


def _call_if_given(func):
    if func is not None:
        func()


class FunctionTestCase(TestCase):
    """A TestCase around a plain function, with optional set-up and
    tear-down functions and a description; it lets existing test functions
    run under unittest's runners."""

    def __init__(self, testFunc, setUp=None, tearDown=None, description=None):
        super().__init__()
        self._setUpFunc, self._tearDownFunc = setUp, tearDown
        self._testFunc, self._description = testFunc, description

    def setUp(self):
        _call_if_given(self._setUpFunc)

    def tearDown(self):
        _call_if_given(self._tearDownFunc)

    def runTest(self):
        self._testFunc()

    def id(self):
        return self._testFunc.__name__

    def _key(self):
        return (self._setUpFunc, self._tearDownFunc, self._testFunc,
                self._description)

    def __eq__(self, other):
        comparable = isinstance(other, self.__class__)
        return self._key() == other._key() if comparable else NotImplemented

    def __hash__(self):
        return hash((type(self),) + self._key())

    def __str__(self):
        return f"{strclass(self.__class__)} ({self._testFunc.__name__})"

    def __repr__(self):
        return f"<{strclass(self.__class__)} tec={self._testFunc}>"

    def shortDescription(self):
        if self._description is None:
            text = self._testFunc.__doc__
            return (text.partition("\n")[0].strip() or None) if text else None
        return self._description


class _SubTest(TestCase):

    def __init__(self, test_case, message, params):
        super().__init__()
        self.test_case, self.params, self._message = test_case, params, message
        self.failureException = test_case.failureException

    def runTest(self):
        raise NotImplementedError("subtests cannot be run directly")

    def _label(self):
        pieces = []
        if self._message is not _NO_MESSAGE:
            pieces.append(f"[{self._message}]")
        pairs = ', '.join(f"{k}={v!r}" for k, v in self.params.items())
        if pairs:
            pieces.append(f"({pairs})")
        return " ".join(pieces) if pieces else '(<subtest>)'

    def id(self):
        return f"{self.test_case.id()} {self._label()}"

    def shortDescription(self):
        """The parent test's short description."""
        return self.test_case.shortDescription()

    def __str__(self):
        return f"{self.test_case} {self._label()}"
