"""TestLoader: builds test suites from classes, modules, dotted names and
directory trees (discovery)."""

import os
import re
import sys
import traceback
import types
import functools
from fnmatch import fnmatch, fnmatchcase

from . import case, suite, util

__unittest = True

# File names discovery imports: identifiers ending in .py.
VALID_MODULE_NAME = re.compile(r'[_a-z]\w*\.py$', re.IGNORECASE)


class _FailedTest(case.TestCase):
    """A test that raises, when run, the exception met while loading."""

    _testMethodName = None

    def __init__(self, method_name, exception):
        self._exception = exception
        super().__init__(method_name)

    def __getattr__(self, name):
        if name != self._testMethodName:
            raise AttributeError(name)
        def testFailure():
            raise self._exception
        return testFailure


def _make_failed_test(methodname, exception, suiteClass, message):
    return suiteClass((_FailedTest(methodname, exception),)), message


def _make_failed_import_test(name, suiteClass):
    text = 'Failed to import test module: %s\n%s' % (name, traceback.format_exc())
    return _make_failed_test(name, ImportError(text), suiteClass, text)


def _make_failed_load_tests(name, exception, suiteClass):
    text = 'Failed to call load_tests:\n%s' % (traceback.format_exc(),)
    return _make_failed_test(name, exception, suiteClass, text)


def _make_skipped_test(methodname, exception, suiteClass):
    @case.skip(str(exception))
    def testSkipped(self):
        pass
    holder = type("ModuleSkipped", (case.TestCase,), {methodname: testSkipped})
    return suiteClass((holder(methodname),))


def _splitext(path):
    return os.path.splitext(path)[0]


def _is_test_class(obj):
    return (isinstance(obj, type) and issubclass(obj, case.TestCase)
            and obj not in (case.TestCase, case.FunctionTestCase))


class TestLoader(object):
    """Finds tests and wraps them in suites (of suiteClass).  Test methods
    are the callables whose names start with testMethodPrefix, sorted with
    sortTestMethodsUsing and filtered by testNamePatterns (fnmatch patterns
    on the full dotted name).  Loading problems are kept in .errors."""

    testMethodPrefix = 'test'
    sortTestMethodsUsing = staticmethod(util.three_way_cmp)
    testNamePatterns = None
    suiteClass = suite.TestSuite
    _top_level_dir = None

    def __init__(self):
        super().__init__()
        self.errors = []
        # Packages whose load_tests is running, so that a load_tests calling
        # discover() does not load its own package again.
        self._loading_packages = set()

    def loadTestsFromTestCase(self, testCaseClass):
        """A suite of one test per test method of testCaseClass."""
        if issubclass(testCaseClass, suite.TestSuite):
            raise TypeError("Test cases should not be derived from "
                            "TestSuite. Maybe you meant to derive from "
                            "TestCase?")
        if testCaseClass in (case.TestCase, case.FunctionTestCase):
            names = []
        else:
            names = self.getTestCaseNames(testCaseClass)
            if not names and hasattr(testCaseClass, 'runTest'):
                names = ['runTest']
        return self.suiteClass(map(testCaseClass, names))

    def loadTestsFromModule(self, module, *, pattern=None):
        """A suite of the tests of every TestCase class in the module, or
        what the module's load_tests(loader, tests, pattern) returns."""
        found = [self.loadTestsFromTestCase(obj)
                 for obj in (getattr(module, n) for n in dir(module))
                 if _is_test_class(obj)]
        tests = self.suiteClass(found)
        hook = getattr(module, 'load_tests', None)
        if hook is None:
            return tests
        try:
            return hook(self, tests, pattern)
        except Exception as exc:
            failed, text = _make_failed_load_tests(module.__name__, exc,
                                                   self.suiteClass)
            self.errors.append(text)
            return failed

    def loadTestsFromName(self, name, module=None):
        """The tests a dotted name stands for: a module, a TestCase class,
        a test method, a suite, or a callable returning a test or suite.
        Without module, the longest importable prefix is imported first."""
        parts = name.split('.')
        failed, text = None, None
        if module is None:
            prefix = parts[:]
            while prefix:
                try:
                    module = __import__('.'.join(prefix))
                    break
                except ImportError:
                    last = prefix.pop()
                    failed, text = _make_failed_import_test(last, self.suiteClass)
                    if not prefix:
                        self.errors.append(text)
                        return failed
            parts = parts[1:]
        obj = module
        parent = None
        for part in parts:
            try:
                parent, obj = obj, getattr(obj, part)
            except AttributeError as exc:
                if getattr(obj, '__path__', None) is not None and failed is not None:
                    # A package lacking the submodule: report why its
                    # import failed.
                    self.errors.append(text)
                    return failed
                failed, text = _make_failed_test(
                    part, exc, self.suiteClass,
                    'Failed to access attribute:\n%s' % (traceback.format_exc(),))
                self.errors.append(text)
                return failed

        if isinstance(obj, types.ModuleType):
            return self.loadTestsFromModule(obj)
        if _is_test_class(obj):
            return self.loadTestsFromTestCase(obj)
        if (isinstance(obj, types.FunctionType) and isinstance(parent, type)
                and issubclass(parent, case.TestCase)):
            method = parts[-1]
            test = parent(method)
            # A staticmethod is looked up as a plain function: treat it as a
            # test factory below.
            if not isinstance(getattr(test, method), types.FunctionType):
                return self.suiteClass([test])
        elif isinstance(obj, suite.TestSuite):
            return obj
        if not callable(obj):
            raise TypeError("don't know how to make test from: %s" % obj)
        made = obj()
        if isinstance(made, suite.TestSuite):
            return made
        if isinstance(made, case.TestCase):
            return self.suiteClass([made])
        raise TypeError("calling %s returned %s, not a test" % (obj, made))

    def loadTestsFromNames(self, names, module=None):
        """A suite of loadTestsFromName for each name."""
        return self.suiteClass([self.loadTestsFromName(n, module) for n in names])

    def getTestCaseNames(self, testCaseClass):
        """The sorted names of testCaseClass's test methods."""
        prefix = self.testMethodPrefix
        patterns = self.testNamePatterns

        def wanted(attr):
            if not attr.startswith(prefix):
                return False
            if not callable(getattr(testCaseClass, attr)):
                return False
            if patterns is None:
                return True
            full = f'{testCaseClass.__module__}.{testCaseClass.__qualname__}.{attr}'
            return any(fnmatchcase(full, p) for p in patterns)

        names = [a for a in dir(testCaseClass) if wanted(a)]
        if self.sortTestMethodsUsing:
            names.sort(key=functools.cmp_to_key(self.sortTestMethodsUsing))
        return names

    def discover(self, start_dir, pattern='test*.py', top_level_dir=None):
        """Import every module under start_dir whose file name matches
        pattern (recursing into packages) and return a suite of their tests.

        Modules are imported by dotted names relative to top_level_dir
        (start_dir by default), which goes on sys.path.  start_dir may also
        be a dotted package name.  A package matching the pattern whose
        __init__ defines load_tests is loaded by that function only.
        Directory entries are visited in sorted order."""
        saved_top = self._top_level_dir
        implicit_top = False
        if top_level_dir is None:
            if self._top_level_dir is not None:
                top_level_dir = self._top_level_dir
            else:
                implicit_top = True
                top_level_dir = start_dir
        top_level_dir = os.path.abspath(top_level_dir)
        if top_level_dir not in sys.path:
            # Modules below are imported by names relative to it.
            sys.path.insert(0, top_level_dir)
        self._top_level_dir = top_level_dir

        unimportable = False
        if os.path.isdir(os.path.abspath(start_dir)):
            start_dir = os.path.abspath(start_dir)
            if start_dir != top_level_dir:
                unimportable = not os.path.isfile(os.path.join(start_dir, '__init__.py'))
        else:
            # A dotted module name.
            try:
                __import__(start_dir)
            except ImportError:
                unimportable = True
            else:
                mod = sys.modules[start_dir]
                first = start_dir.split('.')[0]
                try:
                    start_dir = os.path.abspath(os.path.dirname(mod.__file__))
                except AttributeError:
                    if mod.__name__ in sys.builtin_module_names:
                        raise TypeError('Can not use builtin modules '
                                        'as dotted module names') from None
                    raise TypeError(
                        f"don't know how to discover from {mod!r}") from None
                if implicit_top:
                    self._top_level_dir = self._get_directory_containing_module(first)
                    sys.path.remove(top_level_dir)
        if unimportable:
            raise ImportError('Start directory is not importable: %r' % start_dir)
        found = list(self._find_tests(start_dir, pattern))
        self._top_level_dir = saved_top
        return self.suiteClass(found)

    def _get_directory_containing_module(self, module_name):
        path = os.path.abspath(sys.modules[module_name].__file__)
        if os.path.basename(path).lower().startswith('__init__.py'):
            return os.path.dirname(os.path.dirname(path))
        return os.path.dirname(path)

    def _get_name_from_path(self, path):
        if path == self._top_level_dir:
            return '.'
        rel = os.path.relpath(_splitext(os.path.normpath(path)), self._top_level_dir)
        assert not os.path.isabs(rel), "Path must be within the project"
        assert not rel.startswith('..'), "Path must be within the project"
        return rel.replace(os.path.sep, '.')

    def _get_module_from_name(self, name):
        __import__(name)
        return sys.modules[name]

    def _match_path(self, path, full_path, pattern):
        # Overridable: match only the file name.
        return fnmatch(path, pattern)

    def _find_tests(self, start_dir, pattern):
        """Yield the suites found under start_dir (discovery)."""
        name = self._get_name_from_path(start_dir)
        if name != '.' and name not in self._loading_packages:
            # start_dir is a package: its __init__ comes first.
            tests, recurse = self._find_test_path(start_dir, pattern)
            if tests is not None:
                yield tests
            if not recurse:
                return
        for entry in sorted(os.listdir(start_dir)):
            full = os.path.join(start_dir, entry)
            tests, recurse = self._find_test_path(full, pattern)
            if tests is not None:
                yield tests
            if recurse:
                sub = self._get_name_from_path(full)
                self._loading_packages.add(sub)
                try:
                    yield from self._find_tests(full, pattern)
                finally:
                    self._loading_packages.discard(sub)

    def _import_for_discovery(self, name):
        # (module, None) on success, else (None, suite to report instead).
        try:
            return self._get_module_from_name(name), None
        except case.SkipTest as exc:
            return None, _make_skipped_test(name, exc, self.suiteClass)
        except:
            failed, text = _make_failed_import_test(name, self.suiteClass)
            self.errors.append(text)
            return None, failed

    def _find_test_path(self, full_path, pattern):
        """Load the tests of one file, or of a package's __init__; return
        (tests or None, whether to recurse into the directory)."""
        base = os.path.basename(full_path)
        if os.path.isfile(full_path):
            if not VALID_MODULE_NAME.match(base):
                return None, False
            if not self._match_path(base, full_path, pattern):
                return None, False
            name = self._get_name_from_path(full_path)
            module, instead = self._import_for_discovery(name)
            if module is None:
                return instead, False
            loaded = _splitext(os.path.realpath(
                os.path.abspath(getattr(module, '__file__', full_path))))
            wanted = _splitext(os.path.realpath(full_path))
            if loaded.lower() != wanted.lower():
                # Another module of that name came first on sys.path.
                raise ImportError(
                    "%r module incorrectly imported from %r. Expected %r. "
                    "Is this module globally installed?" % (
                        _splitext(os.path.basename(full_path)),
                        os.path.dirname(loaded), os.path.dirname(full_path)))
            return self.loadTestsFromModule(module, pattern=pattern), False
        if os.path.isdir(full_path):
            if not os.path.isfile(os.path.join(full_path, '__init__.py')):
                return None, False
            name = self._get_name_from_path(full_path)
            package, instead = self._import_for_discovery(name)
            if package is None:
                return instead, False
            hook = getattr(package, 'load_tests', None)
            self._loading_packages.add(name)
            try:
                tests = self.loadTestsFromModule(package, pattern=pattern)
                # With load_tests the package loads its own tests.
                return tests, hook is None
            finally:
                self._loading_packages.discard(name)
        return None, False


defaultTestLoader = TestLoader()
