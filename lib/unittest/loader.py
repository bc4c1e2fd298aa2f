"""TestLoader: builds test suites from classes, modules, dotted names and
directory trees (discovery)."""

import functools
import os
import re
import sys
import traceback
import types
from contextlib import contextmanager as _contextmanager
from fnmatch import fnmatch, fnmatchcase

from . import case
from . import suite
from . import util

__unittest = True

# File names discovery imports: identifiers ending in .py.
VALID_MODULE_NAME = re.compile(r'[_a-z]\w*\.py$', re.IGNORECASE)


class _FailedTest(case.TestCase):
    """Stands for a test that could not be loaded; running it raises what
    went wrong while loading."""

    _testMethodName = None

    def __init__(self, method_name, exception):
        self._exception = exception
        super().__init__(method_name)

    def __getattr__(self, attr):
        # Only reached for what the instance lacks, which includes the
        # "test method" named after what failed to load.
        if attr == self._testMethodName:
            return self._reraise
        raise AttributeError(attr)

    def _reraise(self):
        raise self._exception


def _failure(name, exception, suite_class, message):
    """(suite holding a _FailedTest for name, message for loader.errors)"""
    return suite_class((_FailedTest(name, exception),)), message


def _import_failure(name, suite_class):
    # Called while handling the import's exception.
    text = f'Failed to import test module: {name}\n{traceback.format_exc()}'
    return _failure(name, ImportError(text), suite_class, text)


def _skipped_module(name, exception, suite_class):
    """A suite with one skipped test, for a module raising SkipTest."""
    def placeholder(self):
        pass
    holder = type("ModuleSkipped", (case.TestCase,),
                  {name: case.skip(str(exception))(placeholder)})
    return suite_class((holder(name),))


def _without_ext(path):
    root, _ = os.path.splitext(path)
    return root


def _loadable_class(obj):
    """A TestCase subclass (other than the two base classes themselves)."""
    if not isinstance(obj, type) or not issubclass(obj, case.TestCase):
        return False
    return obj is not case.TestCase and obj is not case.FunctionTestCase


class TestLoader:
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
        # Messages for what could not be loaded.
        self.errors = []
        # Packages whose load_tests is running, so that a load_tests calling
        # discover() does not load its own package again.
        self._loading_packages = set()

    def _fail(self, made):
        failed, message = made
        self.errors.append(message)
        return failed

    def loadTestsFromTestCase(self, testCaseClass):
        """A suite of one test per test method of testCaseClass."""
        if issubclass(testCaseClass, suite.TestSuite):
            raise TypeError("Test cases should not be derived from "
                            "TestSuite. Maybe you meant to derive from "
                            "TestCase?")
        names = []
        # The base classes themselves contribute no tests.
        if testCaseClass not in (case.TestCase, case.FunctionTestCase):
            names = self.getTestCaseNames(testCaseClass)
            if not names and hasattr(testCaseClass, 'runTest'):
                names = ['runTest']
        return self.suiteClass(testCaseClass(n) for n in names)

    def loadTestsFromModule(self, module, *, pattern=None):
        """A suite of the tests of every TestCase class in the module, or
        what the module's load_tests(loader, tests, pattern) returns."""
        per_class = []
        for attr in dir(module):
            value = getattr(module, attr)
            if _loadable_class(value):
                per_class.append(self.loadTestsFromTestCase(value))
        tests = self.suiteClass(per_class)
        hook = getattr(module, 'load_tests', None)
        if hook is None:
            return tests
        try:
            return hook(self, tests, pattern)
        except Exception as exc:
            text = f'Failed to call load_tests:\n{traceback.format_exc()}'
            return self._fail(_failure(module.__name__, exc, self.suiteClass,
                                       text))

    def _import_prefix(self, parts):
        """Import the longest importable prefix of the dotted parts.
        Returns (module or None, the failure of the last import that did not
        work, or None)."""
        pending = None
        for end in range(len(parts), 0, -1):
            try:
                return __import__('.'.join(parts[:end])), pending
            except ImportError:
                pending = _import_failure(parts[end - 1], self.suiteClass)
        return None, pending

    def loadTestsFromName(self, name, module=None):
        """The tests a dotted name stands for: a module, a TestCase class,
        a test method, a suite, or a callable returning a test or suite.
        Without module, the longest importable prefix is imported first."""
        parts = name.split('.')
        pending = None
        if module is None:
            module, pending = self._import_prefix(parts)
            if module is None:
                # Not even the first part imports.
                return self._fail(pending)
            # __import__ gave the top-level package: walk from there.
            del parts[0]
        obj, owner = module, None
        for attr in parts:
            try:
                owner, obj = obj, getattr(obj, attr)
            except AttributeError as exc:
                if pending is not None and getattr(obj, '__path__', None) is not None:
                    # A package without that attribute, and a submodule
                    # import failed on the way: that failure says more.
                    return self._fail(pending)
                text = f'Failed to access attribute:\n{traceback.format_exc()}'
                return self._fail(_failure(attr, exc, self.suiteClass, text))
        return self._tests_from_object(obj, owner, parts)

    def _tests_from_object(self, obj, owner, parts):
        if isinstance(obj, types.ModuleType):
            return self.loadTestsFromModule(obj)
        if _loadable_class(obj):
            return self.loadTestsFromTestCase(obj)
        if isinstance(obj, suite.TestSuite):
            return obj
        method_of_case = (isinstance(obj, types.FunctionType) and
                          isinstance(owner, type) and
                          issubclass(owner, case.TestCase))
        if method_of_case:
            test = owner(parts[-1])
            # A staticmethod comes back as a plain function: it is then a
            # test factory, called below like any other callable.
            if not isinstance(getattr(test, parts[-1]), types.FunctionType):
                return self.suiteClass((test,))
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

    def _selected(self, cls, attr):
        if not attr.startswith(self.testMethodPrefix):
            return False
        if not callable(getattr(cls, attr)):
            return False
        patterns = self.testNamePatterns
        if patterns is None:
            return True
        dotted = f'{cls.__module__}.{cls.__qualname__}.{attr}'
        return any(fnmatchcase(dotted, p) for p in patterns)

    def getTestCaseNames(self, testCaseClass):
        """The sorted names of testCaseClass's test methods."""
        names = [a for a in dir(testCaseClass) if self._selected(testCaseClass, a)]
        order = self.sortTestMethodsUsing
        if order:
            names.sort(key=functools.cmp_to_key(order))
        return names

    def discover(self, start_dir, pattern='test*.py', top_level_dir=None):
        """Import every module under start_dir whose file name matches
        pattern (recursing into packages) and return a suite of their tests.

        Modules are imported by dotted names relative to top_level_dir
        (start_dir by default), which goes on sys.path.  start_dir may also
        be a dotted package name.  A package matching the pattern whose
        __init__ defines load_tests is loaded by that function only.
        Directory entries are visited in sorted order."""
        outer_top = self._top_level_dir
        # Called from a package's load_tests, the running discovery's top
        # directory is the default.
        implicit = top_level_dir is None and outer_top is None
        if top_level_dir is None:
            top_level_dir = start_dir if implicit else outer_top
        top = os.path.abspath(top_level_dir)
        if top not in sys.path:
            # Modules below are imported by names relative to it.
            sys.path.insert(0, top)
        self._top_level_dir = top
        start_dir = self._start_directory(start_dir, top, implicit)
        found = list(self._find_tests(start_dir, pattern))
        self._top_level_dir = outer_top
        return self.suiteClass(found)

    def _start_directory(self, start, top, implicit):
        """The absolute directory discovery starts from; start is a path or
        a dotted package name."""
        if os.path.isdir(os.path.abspath(start)):
            start = os.path.abspath(start)
            importable = (start == top or
                          os.path.isfile(os.path.join(start, '__init__.py')))
        else:
            importable = self._import_start_package(start)
            if importable:
                start = self._package_directory(start, top, implicit)
        if not importable:
            raise ImportError('Start directory is not importable: %r' % start)
        return start

    @staticmethod
    def _import_start_package(dotted):
        try:
            __import__(dotted)
        except ImportError:
            return False
        return True

    def _package_directory(self, dotted, top, implicit):
        package = sys.modules[dotted]
        try:
            where = os.path.abspath(os.path.dirname(package.__file__))
        except AttributeError:
            if package.__name__ in sys.builtin_module_names:
                raise TypeError('Can not use builtin modules '
                                'as dotted module names') from None
            raise TypeError(
                f"don't know how to discover from {package!r}") from None
        if implicit:
            # The top directory is the one holding the outermost package.
            outermost = dotted.partition('.')[0]
            self._top_level_dir = self._get_directory_containing_module(outermost)
            sys.path.remove(top)
        return where

    def _get_directory_containing_module(self, module_name):
        where = os.path.abspath(sys.modules[module_name].__file__)
        parent = os.path.dirname(where)
        if os.path.basename(where).lower().startswith('__init__.py'):
            # A package: its parent directory.
            return os.path.dirname(parent)
        return parent

    def _get_name_from_path(self, path):
        if path == self._top_level_dir:
            return '.'
        rel = os.path.relpath(_without_ext(os.path.normpath(path)),
                              self._top_level_dir)
        assert not os.path.isabs(rel), "Path must be within the project"
        assert not rel.startswith('..'), "Path must be within the project"
        return '.'.join(rel.split(os.path.sep))

    def _get_module_from_name(self, name):
        __import__(name)
        return sys.modules[name]

    def _match_path(self, path, full_path, pattern):
        # Overridable: match only the file name.
        return fnmatch(path, pattern)

    def _find_tests(self, start_dir, pattern):
        """Yield the suites found under start_dir (discovery)."""
        here = self._get_name_from_path(start_dir)
        # '.' is the top directory itself, which is not a package.
        if here != '.' and here not in self._loading_packages:
            # start_dir is a package: its __init__ comes first.
            tests, descend = self._find_test_path(start_dir, pattern)
            if tests is not None:
                yield tests
            if not descend:
                return
        for entry in sorted(os.listdir(start_dir)):
            path = os.path.join(start_dir, entry)
            tests, descend = self._find_test_path(path, pattern)
            if tests is not None:
                yield tests
            if descend:
                yield from self._within_package(path, pattern)

    def _within_package(self, path, pattern):
        package = self._get_name_from_path(path)
        with self._loading(package):
            yield from self._find_tests(path, pattern)

    @_contextmanager
    def _loading(self, package):
        """Mark package as being loaded for the duration."""
        self._loading_packages.add(package)
        try:
            yield
        finally:
            self._loading_packages.discard(package)

    def _import_for_discovery(self, name):
        # (module, None) on success, else (None, suite to report instead).
        try:
            return self._get_module_from_name(name), None
        except case.SkipTest as exc:
            return None, _skipped_module(name, exc, self.suiteClass)
        except:
            return None, self._fail(_import_failure(name, self.suiteClass))

    def _find_test_path(self, full_path, pattern):
        """Load the tests of one file, or of a package's __init__; return
        (tests or None, whether to descend into the directory)."""
        if os.path.isfile(full_path):
            return self._from_file(full_path, pattern), False
        if os.path.isdir(full_path):
            return self._from_package(full_path, pattern)
        return None, False

    def _from_file(self, path, pattern):
        base = os.path.basename(path)
        if not (VALID_MODULE_NAME.match(base) and
                self._match_path(base, path, pattern)):
            return None
        module, instead = self._import_for_discovery(self._get_name_from_path(path))
        if instead is not None:
            return instead
        loaded = _without_ext(os.path.realpath(
            os.path.abspath(getattr(module, '__file__', path))))
        wanted = _without_ext(os.path.realpath(path))
        if loaded.lower() != wanted.lower():
            # Another module of that name came first on sys.path.
            raise ImportError(
                "%r module incorrectly imported from %r. Expected %r. "
                "Is this module globally installed?" % (
                    _without_ext(base), os.path.dirname(loaded),
                    os.path.dirname(path)))
        return self.loadTestsFromModule(module, pattern=pattern)

    def _from_package(self, path, pattern):
        if not os.path.isfile(os.path.join(path, '__init__.py')):
            return None, False
        name = self._get_name_from_path(path)
        package, instead = self._import_for_discovery(name)
        if instead is not None:
            return instead, False
        # With load_tests the package gathers its own tests.
        descend = getattr(package, 'load_tests', None) is None
        with self._loading(name):
            return self.loadTestsFromModule(package, pattern=pattern), descend


defaultTestLoader = TestLoader()
