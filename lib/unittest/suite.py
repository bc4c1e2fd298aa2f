"""Test suites: ordered collections of tests, run with class- and
module-level fixtures."""

import sys

from . import case
from . import util

__unittest = True


def _call_if_exists(parent, attr):
    hook = getattr(parent, attr, None)
    if hook is not None:
        hook()


class BaseTestSuite(object):
    """A collection of tests run in order, without shared fixtures."""

    _cleanup = True

    def __init__(self, tests=()):
        self._tests = []
        self._removed_tests = 0
        self.addTests(tests)

    def __repr__(self):
        return f"<{util.strclass(self.__class__)} tests={list(self)}>"

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return list(self) == list(other)

    def __iter__(self):
        return iter(self._tests)

    def countTestCases(self):
        total = self._removed_tests
        for test in self:
            if test:
                total += test.countTestCases()
        return total

    def addTest(self, test):
        if not callable(test):
            raise TypeError(f"{test!r} is not callable")
        if isinstance(test, type) and issubclass(test, (case.TestCase, TestSuite)):
            raise TypeError("TestCases and TestSuites must be instantiated "
                            "before passing them to addTest()")
        self._tests.append(test)

    def addTests(self, tests):
        if isinstance(tests, str):
            raise TypeError("tests must be an iterable of tests, not a string")
        for test in tests:
            self.addTest(test)

    def run(self, result):
        for i, test in enumerate(self):
            if result.shouldStop:
                break
            test(result)
            if self._cleanup:
                self._removeTestAtIndex(i)
        return result

    def _removeTestAtIndex(self, index):
        """Drop the suite's reference to the test at index once it has run
        (keeping countTestCases right)."""
        try:
            test = self._tests[index]
        except TypeError:
            # A subclass may keep its tests in something not indexable.
            return
        if hasattr(test, 'countTestCases'):
            self._removed_tests += test.countTestCases()
        self._tests[index] = None

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def debug(self):
        """Run the tests letting exceptions propagate."""
        for test in self:
            test.debug()


class TestSuite(BaseTestSuite):
    """A suite that also runs setUpClass/tearDownClass and
    setUpModule/tearDownModule (with their cleanups) as the run moves from
    one class or module to the next.  Tests run in the order added."""

    def run(self, result, debug=False):
        outermost = False
        if getattr(result, '_testRunEntered', False) is False:
            result._testRunEntered = outermost = True
        for i, test in enumerate(self):
            if result.shouldStop:
                break
            if _isnotsuite(test):
                self._tearDownPreviousClass(test, result)
                self._handleModuleFixture(test, result)
                self._handleClassSetUp(test, result)
                result._previousTestClass = test.__class__
                if (getattr(test.__class__, '_classSetupFailed', False) or
                        getattr(result, '_moduleSetUpFailed', False)):
                    continue
            if debug:
                test.debug()
            else:
                test(result)
            if self._cleanup:
                self._removeTestAtIndex(i)
        if outermost:
            self._tearDownPreviousClass(None, result)
            self._handleModuleTearDown(result)
            result._testRunEntered = False
        return result

    def debug(self):
        """Run the tests letting exceptions propagate."""
        self.run(_DebugResult(), True)

    @staticmethod
    def _mark_class(cls, failed):
        try:
            cls._classSetupFailed = failed
        except TypeError:
            # A class that does not accept attributes (a builtin type).
            pass

    def _call_fixture(self, result, func, method_name, parent):
        """Call a class or module fixture; report what it raises as an error
        named 'method_name (parent)' (debug runs let it propagate).  True
        when it raised."""
        try:
            func()
        except Exception as exc:
            if isinstance(result, _DebugResult):
                raise
            self._createClassOrModuleLevelException(result, exc, method_name, parent)
            return True
        return False

    def _report_class_cleanups(self, result, cls, method_name):
        for info in cls.tearDown_exceptions:
            if method_name == 'tearDownClass' and isinstance(result, _DebugResult):
                raise info[1]
            self._createClassOrModuleLevelException(
                result, info[1], method_name, util.strclass(cls), info=info)

    def _handleClassSetUp(self, test, result):
        cls = test.__class__
        if cls == getattr(result, '_previousTestClass', None):
            return
        if result._moduleSetUpFailed or getattr(cls, "__unittest_skip__", False):
            return
        self._mark_class(cls, False)
        set_up = getattr(cls, 'setUpClass', None)
        if set_up is None:
            return
        cleanups = getattr(cls, 'doClassCleanups', None)
        _call_if_exists(result, '_setupStdout')
        try:
            if self._call_fixture(result, set_up, 'setUpClass', util.strclass(cls)):
                self._mark_class(cls, True)
                if cleanups is not None:
                    cleanups()
                    self._report_class_cleanups(result, cls, 'setUpClass')
        finally:
            _call_if_exists(result, '_restoreStdout')

    def _get_previous_module(self, result):
        cls = getattr(result, '_previousTestClass', None)
        return None if cls is None else cls.__module__

    def _handleModuleFixture(self, test, result):
        name = test.__class__.__module__
        if name == self._get_previous_module(result):
            return
        self._handleModuleTearDown(result)
        result._moduleSetUpFailed = False
        set_up = getattr(sys.modules.get(name), 'setUpModule', None)
        if set_up is None:
            return
        _call_if_exists(result, '_setupStdout')
        try:
            if self._call_fixture(result, set_up, 'setUpModule', name):
                result._moduleSetUpFailed = True
                try:
                    case.doModuleCleanups()
                except Exception as exc:
                    self._createClassOrModuleLevelException(result, exc,
                                                            'setUpModule', name)
        finally:
            _call_if_exists(result, '_restoreStdout')

    def _createClassOrModuleLevelException(self, result, exc, method_name,
                                           parent, info=None):
        self._addClassOrModuleLevelException(result, exc,
                                             f'{method_name} ({parent})', info)

    def _addClassOrModuleLevelException(self, result, exception, errorName,
                                        info=None):
        holder = _ErrorHolder(errorName)
        add_skip = getattr(result, 'addSkip', None)
        if add_skip is not None and isinstance(exception, case.SkipTest):
            add_skip(holder, str(exception))
        else:
            result.addError(holder, info if info else sys.exc_info())

    def _handleModuleTearDown(self, result):
        name = self._get_previous_module(result)
        if name is None or result._moduleSetUpFailed:
            return
        module = sys.modules.get(name)
        if module is None:
            return
        _call_if_exists(result, '_setupStdout')
        try:
            tear_down = getattr(module, 'tearDownModule', None)
            if tear_down is not None:
                self._call_fixture(result, tear_down, 'tearDownModule', name)
            self._call_fixture(result, case.doModuleCleanups, 'tearDownModule', name)
        finally:
            _call_if_exists(result, '_restoreStdout')

    def _tearDownPreviousClass(self, test, result):
        cls = getattr(result, '_previousTestClass', None)
        if cls is None or test.__class__ == cls:
            return
        if (getattr(cls, '_classSetupFailed', False) or
                getattr(result, '_moduleSetUpFailed', False) or
                getattr(cls, "__unittest_skip__", False)):
            return
        tear_down = getattr(cls, 'tearDownClass', None)
        cleanups = getattr(cls, 'doClassCleanups', None)
        if tear_down is None and cleanups is None:
            return
        _call_if_exists(result, '_setupStdout')
        try:
            if tear_down is not None:
                self._call_fixture(result, tear_down, 'tearDownClass',
                                   util.strclass(cls))
            if cleanups is not None:
                cleanups()
                self._report_class_cleanups(result, cls, 'tearDownClass')
        finally:
            _call_if_exists(result, '_restoreStdout')


class _ErrorHolder(object):
    """Stands for a test in a result when the error belongs to no single
    test (a failing setUpClass or tearDownModule, an import error)."""

    failureException = None

    def __init__(self, description):
        self.description = description

    def id(self):
        return self.description

    def shortDescription(self):
        return None

    def __repr__(self):
        return f"<ErrorHolder description={self.description!r}>"

    def __str__(self):
        return self.id()

    def run(self, result):
        # Nothing to run: the error was recorded when the holder was made.
        pass

    def __call__(self, result):
        return self.run(result)

    def countTestCases(self):
        return 0


def _isnotsuite(test):
    "Tell test cases from suites: suites are iterable."
    try:
        iter(test)
    except TypeError:
        return True
    return False


class _DebugResult(object):
    "The stand-in result of TestSuite.debug()."
    _previousTestClass = None
    _moduleSetUpFailed = False
    shouldStop = False
