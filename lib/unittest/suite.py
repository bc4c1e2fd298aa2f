"""Test suites: ordered collections of tests.  TestSuite also runs the
class-level and module-level fixtures as a run moves from one test class (or
module) to the next."""

import sys
from contextlib import suppress as _suppress
from itertools import takewhile as _takewhile

from . import case, util

__unittest = True


class _Buffered:
    """Fixtures print through the result's output buffering when it has any
    (results that are not TestResults may lack the hooks)."""

    def __init__(self, result):
        self.result = result

    def _hook(self, name):
        method = getattr(self.result, name, None)
        if method is not None:
            method()

    def __enter__(self):
        self._hook('_setupStdout')

    def __exit__(self, *exc_info):
        self._hook('_restoreStdout')


def _until_stopped(suite, result):
    """(position, test) pairs of suite, ending early once result is told
    to stop (checked as each test comes up)."""
    return _takewhile(lambda _: not result.shouldStop,
                               enumerate(suite))


def _note_setup_failure(cls, failed):
    # Builtin types (a FunctionTestCase's function, say) take no attributes.
    with _suppress(TypeError):
        cls._classSetupFailed = failed


class BaseTestSuite:
    """A collection of tests, run in the order they were added, without
    class or module fixtures."""

    # Forget each test once it has run, so its resources can be freed.
    _cleanup = True

    def __init__(self, tests=()):
        self._tests, self._removed_tests = [], 0
        self.addTests(tests)

    def __repr__(self):
        return f"<{util.strclass(type(self))} tests={list(self)}>"

    def __eq__(self, other):
        if isinstance(other, type(self)):
            return list(other) == list(self)
        return NotImplemented

    def __iter__(self):
        return iter(self._tests)

    def countTestCases(self):
        # Tests already run (and dropped) still count.
        live = sum(t.countTestCases() for t in self if t)
        return self._removed_tests + live

    def addTest(self, test):
        if not callable(test):
            raise TypeError(f"{test!r} is not callable")
        is_class = isinstance(test, type)
        if is_class and issubclass(test, (case.TestCase, TestSuite)):
            raise TypeError("TestCases and TestSuites must be instantiated "
                            "before passing them to addTest()")
        self._tests.append(test)

    def addTests(self, tests):
        if isinstance(tests, str):
            raise TypeError("tests must be an iterable of tests, not a string")
        for one in tests:
            self.addTest(one)

    def run(self, result):
        for position, test in _until_stopped(self, result):
            test(result)
            self._ran(position)
        return result

    def _ran(self, position):
        if self._cleanup:
            self._removeTestAtIndex(position)

    def _removeTestAtIndex(self, index):
        """Replace the test at index by None, keeping its count."""
        try:
            done = self._tests[index]
        except TypeError:
            # A subclass keeps _tests in something that cannot be indexed.
            return
        # Not everything put in a suite is a test case or a suite.
        if hasattr(done, 'countTestCases'):
            self._removed_tests += done.countTestCases()
        self._tests[index] = None

    def __call__(self, *args, **kwargs):
        return self.run(*args, **kwargs)

    def debug(self):
        """Run every test without a result, so errors propagate."""
        for member in self:
            member.debug()


class TestSuite(BaseTestSuite):
    """A suite that, as the run moves between test classes and modules,
    calls setUpClass/tearDownClass, setUpModule/tearDownModule and the
    matching cleanups.  The state of that walk lives on the result object,
    so nested suites share it."""

    def run(self, result, debug=False):
        # The outermost suite of a run closes the last class and module.
        outermost = getattr(result, '_testRunEntered', False) is False
        if outermost:
            result._testRunEntered = True
        for position, test in _until_stopped(self, result):
            if _is_single_test(test) and not self._move_fixtures_to(test, result):
                continue
            if debug:
                test.debug()
            else:
                test(result)
            self._ran(position)
        if outermost:
            # Close whatever the last test left open.
            self._leave_class(None, result)
            self._leave_module(result)
            result._testRunEntered = False
        return result

    def debug(self):
        """Run the tests letting their exceptions (and fixtures') propagate."""
        self.run(_DebugResult(), debug=True)

    def _move_fixtures_to(self, test, result):
        """Leave the previous class and module, enter test's; False when a
        set-up failed so test must not run."""
        self._leave_class(test, result)
        self._enter_module(test, result)
        self._enter_class(test, result)
        cls = result._previousTestClass = test.__class__
        broken = (getattr(cls, '_classSetupFailed', False) or
                  getattr(result, '_moduleSetUpFailed', False))
        return not broken

    def _guarded(self, result, fixture, method_name, parent):
        """Call fixture().  What it raises is reported as an error of
        'method_name (parent)' (or propagates when debugging); True then."""
        try:
            fixture()
        except Exception as exc:
            if _debugging(result):
                raise
            self._report(result, exc, method_name, parent)
            return True
        return False

    def _class_cleanups(self, result, cls, method_name):
        do_cleanups = getattr(cls, 'doClassCleanups', None)
        if do_cleanups is None:
            return
        do_cleanups()
        for info in cls.tearDown_exceptions:
            if _debugging(result):
                raise info[1]
            self._report(result, info[1], method_name, util.strclass(cls),
                         info)

    def _enter_class(self, test, result):
        cls = test.__class__
        if (cls == getattr(result, '_previousTestClass', None) or
                result._moduleSetUpFailed or
                getattr(cls, '__unittest_skip__', False)):
            return
        _note_setup_failure(cls, False)
        set_up = getattr(cls, 'setUpClass', None)
        if set_up is None:
            return
        with _Buffered(result):
            if self._guarded(result, set_up, 'setUpClass', util.strclass(cls)):
                _note_setup_failure(cls, True)
                self._class_cleanups(result, cls, 'setUpClass')


    def _enter_module(self, test, result):
        name = test.__class__.__module__
        if _last_module(result) == name:
            return
        self._leave_module(result)
        result._moduleSetUpFailed = False
        set_up = getattr(sys.modules.get(name), 'setUpModule', None)
        if set_up is None:
            return
        result._moduleSetUpFailed = self._set_up_module(result, set_up, name)

    def _set_up_module(self, result, set_up, name):
        """Call setUpModule; when it fails, run the module cleanups it had
        registered.  True when it failed."""
        with _Buffered(result):
            failed = self._guarded(result, set_up, 'setUpModule', name)
            if failed:
                self._guarded(result, case.doModuleCleanups, 'setUpModule', name)
        return failed

    @staticmethod
    def _report(result, exc, method_name, parent, info=None):
        """Record exc, raised by a fixture, against a stand-in named
        'method_name (parent)': as a skip when it is SkipTest and result
        can take skips, else as an error."""
        stand_in = _ErrorHolder(f'{method_name} ({parent})')
        add_skip = getattr(result, 'addSkip', None)
        if isinstance(exc, case.SkipTest) and add_skip is not None:
            add_skip(stand_in, str(exc))
            return
        # Without an explicit exc_info this runs inside an except block.
        result.addError(stand_in, info or sys.exc_info())

    def _leave_module(self, result):
        name = _last_module(result)
        if name is None or result._moduleSetUpFailed:
            return
        if name not in sys.modules:
            return
        module = sys.modules[name]
        with _Buffered(result):
            tear_down = getattr(module, 'tearDownModule', None)
            if tear_down is not None:
                self._guarded(result, tear_down, 'tearDownModule', name)
            self._guarded(result, case.doModuleCleanups, 'tearDownModule', name)

    def _leave_class(self, test, result):
        cls = getattr(result, '_previousTestClass', None)
        if cls is None or cls == test.__class__:
            return
        for flag_holder, flag in ((cls, '_classSetupFailed'),
                                  (result, '_moduleSetUpFailed'),
                                  (cls, '__unittest_skip__')):
            if getattr(flag_holder, flag, False):
                # Nothing was set up, so there is nothing to tear down.
                return
        tear_down = getattr(cls, 'tearDownClass', None)
        if tear_down is None and getattr(cls, 'doClassCleanups', None) is None:
            return
        with _Buffered(result):
            if tear_down is not None:
                self._guarded(result, tear_down, 'tearDownClass',
                              util.strclass(cls))
            self._class_cleanups(result, cls, 'tearDownClass')


class _ErrorHolder:
    """Stands in a result for something that is not a test: a failing
    setUpClass or tearDownModule, say.  Running it does nothing."""

    failureException = None

    def __init__(self, description):
        self.description = description

    def __repr__(self):
        return f"<ErrorHolder description={self.description!r}>"

    def __str__(self):
        return self.description

    def id(self):
        return self.description

    def shortDescription(self):
        return None

    def countTestCases(self):
        return 0

    def run(self, result):
        return None

    __call__ = run


def _is_single_test(test):
    "Suites are iterable; test cases are not."
    try:
        iter(test)
    except TypeError:
        return True
    return False


def _last_module(result):
    last = getattr(result, '_previousTestClass', None)
    return None if last is None else last.__module__


class _DebugResult:
    "The result TestSuite.debug() runs with: it records nothing."
    _previousTestClass, shouldStop, _moduleSetUpFailed = None, False, False


def _debugging(result):
    return isinstance(result, _DebugResult)
