# unittest's TextTestRunner output: progress characters, verbose lines,
# error reports with tracebacks, summaries, buffering, failfast, durations,
# fixtures and cleanups.
import io
import os
import re
import sys
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
log = []


def clean(text):
    text = re.sub(r"Ran (\d+) tests? in \d+\.\d+s", r"Ran \1 tests in TIME", text)
    return text.replace(HERE + os.sep, "")


def run(*classes, verbosity=1, **kw):
    stream = io.StringIO()
    loader = unittest.TestLoader()
    suite = unittest.TestSuite(loader.loadTestsFromTestCase(c) for c in classes)
    result = unittest.TextTestRunner(stream=stream, verbosity=verbosity, **kw).run(suite)
    print(clean(stream.getvalue()))
    print("result:", result, result.wasSuccessful(), len(result.skipped),
          len(result.expectedFailures), len(result.unexpectedSuccesses))
    return result


class Outcomes(unittest.TestCase):
    def test_pass(self):
        self.assertEqual(1, 1)

    def test_fail(self):
        self.assertEqual(1, 2)

    def test_error(self):
        raise ValueError("boom")

    def test_error_chained(self):
        try:
            {}["missing"]
        except KeyError as e:
            raise RuntimeError("while looking up") from e

    @unittest.skip("no reason at all")
    def test_skip(self):
        pass

    def test_skip_inside(self):
        self.skipTest("skipped from inside")

    @unittest.skipIf(True, "condition true")
    def test_skip_if(self):
        pass

    @unittest.skipUnless(True, "never shown")
    def test_skip_unless_runs(self):
        pass

    @unittest.expectedFailure
    def test_xfail(self):
        self.assertTrue(False)

    @unittest.expectedFailure
    def test_xpass(self):
        pass

    def test_subtests(self):
        for i in range(4):
            with self.subTest(i=i, kind="even" if i % 2 == 0 else "odd"):
                self.assertLess(i, 2)

    def test_subtest_msg(self):
        with self.subTest("first message"):
            raise KeyError("k")
        with self.subTest():
            self.fail("anonymous")

    def test_docstring(self):
        """First line of the docstring.

        Second paragraph."""
        self.fail("with description")


class OnlyPasses(unittest.TestCase):
    def test_a(self):
        pass

    def test_b(self):
        pass

    @unittest.skip("later")
    def test_c(self):
        pass


print("== dots")
run(Outcomes)
print("== verbose")
run(Outcomes, verbosity=2)
print("== quiet")
run(Outcomes, verbosity=0)
print("== passes")
run(OnlyPasses)
run(OnlyPasses, verbosity=2)
print("== no tests")
run()


class Printing(unittest.TestCase):
    def test_prints_and_passes(self):
        print("hidden output")

    def test_prints_and_fails(self):
        print("shown output")
        print("to stderr", file=sys.stderr)
        self.fail("failed after printing")

print("== buffer")
saved = sys.stdout, sys.stderr
capture = io.StringIO()
sys.stdout = sys.stderr = capture
try:
    res = run(Printing, buffer=True)
finally:
    sys.stdout, sys.stderr = saved
print(clean(capture.getvalue()))

print("== failfast")
run(Outcomes, failfast=True)


class Fixtures(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append("setUpClass")
        cls.addClassCleanup(log.append, "class cleanup")

    @classmethod
    def tearDownClass(cls):
        log.append("tearDownClass")

    def setUp(self):
        log.append("setUp " + self._testMethodName)
        self.addCleanup(log.append, "cleanup 1 " + self._testMethodName)
        self.addCleanup(log.append, "cleanup 2 " + self._testMethodName)

    def tearDown(self):
        log.append("tearDown " + self._testMethodName)

    def test_one(self):
        log.append("test_one")

    def test_two(self):
        log.append("test_two")
        raise OSError("two")


class BadSetUp(unittest.TestCase):
    def setUp(self):
        self.addCleanup(log.append, "cleanup after failed setUp")
        raise TypeError("setUp broke")

    def tearDown(self):
        log.append("never")

    def test_x(self):
        log.append("never either")


class BadCleanup(unittest.TestCase):
    def test_y(self):
        def broken():
            raise ZeroDivisionError("cleanup failed")
        self.addCleanup(broken)
        self.addCleanup(log.append, "good cleanup")


class BadSetUpClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise RuntimeError("class setup failed")

    def test_z(self):
        log.append("not run")


class SkippedClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise unittest.SkipTest("whole class skipped")

    def test_w(self):
        pass


class ContextUser(unittest.TestCase):
    class CM:
        def __init__(self, name):
            self.name = name

        def __enter__(self):
            log.append("enter " + self.name)
            return self.name.upper()

        def __exit__(self, *exc):
            log.append("exit " + self.name)

    def test_enter_context(self):
        log.append(self.enterContext(self.CM("ctx")))

    def test_enter_bad(self):
        try:
            self.enterContext(42)
        except TypeError as e:
            log.append("TypeError: %s" % e)


print("== fixtures")
run(Fixtures, BadSetUp, BadCleanup, BadSetUpClass, SkippedClass, ContextUser,
    verbosity=2)
for line in log:
    print(" ", line)

print("== durations")
class FixedDurations(unittest.TextTestResult):
    # Real durations vary: record made-up ones so the order is fixed.
    def addDuration(self, test, elapsed):
        fake = {"test_a": 0.25, "test_b": 0.0004}
        super().addDuration(test, fake.get(test._testMethodName, 0.5))
run(OnlyPasses, durations=0, verbosity=2, resultclass=FixedDurations)
run(OnlyPasses, durations=1, resultclass=FixedDurations)
run(OnlyPasses, durations=5, resultclass=FixedDurations)

print("== TestResult directly")
result = unittest.TestResult()
unittest.defaultTestLoader.loadTestsFromTestCase(Outcomes).run(result)
print(result.testsRun, len(result.failures), len(result.errors))
for test, text in result.failures + result.errors:
    print(" ", test.id(), "|", clean(text).splitlines()[-1])
for test, reason in result.skipped:
    print(" ", test, "->", reason)

print("== FunctionTestCase")
def check_something():
    "A function test."
    assert 2 + 2 == 5, "arithmetic"
ft = unittest.FunctionTestCase(check_something)
print(ft, repr(ft).startswith("<unittest.case.FunctionTestCase tec="), ft.id(),
      ft.shortDescription())
stream = io.StringIO()
unittest.TextTestRunner(stream=stream, verbosity=2).run(ft)
print(clean(stream.getvalue()))

print("== test identity")
t = Outcomes("test_pass")
print(t, repr(t), t.id(), t.countTestCases(), t == Outcomes("test_pass"),
      hash(t) == hash(Outcomes("test_pass")))
try:
    Outcomes("no_such")
except ValueError as e:
    print("ValueError:", e)
suite = unittest.TestSuite([Outcomes("test_pass"), Outcomes("test_fail")])
print(suite.countTestCases(), repr(suite))
try:
    suite.addTest(Outcomes)
except TypeError as e:
    print("TypeError:", e)
try:
    suite.addTests("abc")
except TypeError as e:
    print("TypeError:", e)
