"""The text test runner and the result class it prints with."""

import sys
import time
import warnings

from . import result
from .case import _SubTest
from .signals import registerResult

__unittest = True


class _WritelnDecorator(object):
    """A stream wrapper adding writeln()."""

    def __init__(self, stream):
        self.stream = stream

    def __getattr__(self, name):
        if name in ('stream', '__getstate__'):
            raise AttributeError(name)
        return getattr(self.stream, name)

    def writeln(self, arg=None):
        if arg:
            self.write(arg)
        self.write('\n')


class TextTestResult(result.TestResult):
    """A TestResult that reports progress on a stream as the tests run:
    one character per test, or one line per test when verbose."""

    separator1 = '=' * 70
    separator2 = '-' * 70

    # outcome: (verbose status, progress character)
    _MARKS = {'success': ("ok", '.'), 'error': ("ERROR", 'E'),
              'failure': ("FAIL", 'F'), 'xfail': ("expected failure", 'x'),
              'xpass': ("unexpected success", 'u')}

    def __init__(self, stream, descriptions, verbosity, *, durations=None):
        super().__init__(stream, descriptions, verbosity)
        self.stream, self.descriptions, self.durations = stream, descriptions, durations
        self.showAll = verbosity > 1
        self.dots = verbosity == 1
        self._newline = True

    def _say(self, *pieces, end=''):
        # Write the pieces (then end), and flush: progress shows at once.
        out = self.stream
        for piece in pieces:
            out.write(piece)
        if end:
            out.write(end)
        out.flush()

    def getDescription(self, test):
        summary = test.shortDescription()
        if summary and self.descriptions:
            return '\n'.join((str(test), summary))
        return str(test)

    def startTest(self, test):
        super().startTest(test)
        if not self.showAll:
            return
        self._say(self.getDescription(test), " ... ")
        self._newline = False

    def _write_status(self, test, status):
        pieces = []
        if isinstance(test, _SubTest):
            # A subtest gets its own indented line.
            if not self._newline:
                pieces.append('\n')
            pieces += ["  ", self.getDescription(test), " ... "]
        elif self._newline:
            pieces += [self.getDescription(test), " ... "]
        self._say(*pieces, status, end='\n')
        self._newline = True

    def _mark(self, test, outcome):
        status, char = self._MARKS[outcome]
        if self.showAll:
            self._write_status(test, status)
        elif self.dots:
            self._say(char)

    def addSubTest(self, test, subtest, err):
        if err is not None:
            kind = ('failure' if issubclass(err[0], subtest.failureException)
                    else 'error')
            self._mark(subtest, kind)
        super().addSubTest(test, subtest, err)

    def addSuccess(self, test):
        super().addSuccess(test)
        self._mark(test, 'success')

    def addError(self, test, err):
        super().addError(test, err)
        self._mark(test, 'error')

    def addFailure(self, test, err):
        super().addFailure(test, err)
        self._mark(test, 'failure')

    def addSkip(self, test, reason):
        super().addSkip(test, reason)
        if self.showAll:
            self._write_status(test, f"skipped {reason!r}")
        elif self.dots:
            self._say('s')

    def _mark_expectation(self, outcome):
        # Expected failures and unexpected successes finish the line that
        # startTest began, without repeating the description.
        status, char = self._MARKS[outcome]
        if self.showAll:
            self._say(status, end='\n')
        elif self.dots:
            self._say(char)

    def addExpectedFailure(self, test, err):
        super().addExpectedFailure(test, err)
        self._mark_expectation('xfail')

    def addUnexpectedSuccess(self, test):
        super().addUnexpectedSuccess(test)
        self._mark_expectation('xpass')

    def printErrors(self):
        if self.showAll or self.dots:
            self._say(end='\n')
        for flavour, problems in (('ERROR', self.errors), ('FAIL', self.failures)):
            self.printErrorList(flavour, problems)
        surprises = getattr(self, 'unexpectedSuccesses', ())
        if surprises:
            lines = [self.separator1]
            lines += [f"UNEXPECTED SUCCESS: {self.getDescription(t)}" for t in surprises]
            self._say('\n'.join(lines), end='\n')

    def printErrorList(self, flavour, errors):
        for test, report in errors:
            self._say('\n'.join((self.separator1,
                                 f"{flavour}: {self.getDescription(test)}",
                                 self.separator2, f"{report}")), end='\n')


class TextTestRunner(object):
    """Runs a test or suite and prints the results as text on a stream
    (standard error by default)."""

    resultclass = TextTestResult

    def __init__(self, stream=None, descriptions=True, verbosity=1,
                 failfast=False, buffer=False, resultclass=None, warnings=None,
                 *, tb_locals=False, durations=None):
        self.stream = _WritelnDecorator(sys.stderr if stream is None else stream)
        self.descriptions = descriptions
        self.verbosity = verbosity
        self.failfast = failfast
        self.buffer = buffer
        self.tb_locals = tb_locals
        self.durations = durations
        self.warnings = warnings
        if resultclass is not None:
            self.resultclass = resultclass

    def _makeResult(self):
        try:
            return self.resultclass(self.stream, self.descriptions,
                                    self.verbosity, durations=self.durations)
        except TypeError:
            # An older result class without the durations keyword.
            return self.resultclass(self.stream, self.descriptions,
                                    self.verbosity)

    def _printDurations(self, result):
        if not result.collectedDurations:
            return
        slowest = sorted(result.collectedDurations, key=lambda pair: pair[1],
                         reverse=True)
        if self.durations > 0:
            slowest = slowest[:self.durations]
        self.stream.writeln("Slowest test durations")
        if hasattr(result, 'separator2'):
            self.stream.writeln(result.separator2)
        hid_some = False
        for name, secs in slowest:
            if self.verbosity < 2 and secs < 0.001:
                hid_some = True
                continue
            self.stream.writeln("%-10s %s" % (f"{secs:.3f}s", name))
        if hid_some:
            self.stream.writeln("\n(durations < 0.001s were hidden; "
                                "use -v to show these durations)")
        else:
            self.stream.writeln("")

    def run(self, test):
        "Run the test (or suite) and print the summary; return the result."
        result = self._makeResult()
        registerResult(result)
        result.failfast = self.failfast
        result.buffer = self.buffer
        result.tb_locals = self.tb_locals
        with warnings.catch_warnings():
            if self.warnings:
                warnings.simplefilter(self.warnings)
            began = time.perf_counter()
            hook = getattr(result, 'startTestRun', None)
            if hook is not None:
                hook()
            try:
                test(result)
            finally:
                hook = getattr(result, 'stopTestRun', None)
                if hook is not None:
                    hook()
            elapsed = time.perf_counter() - began
        result.printErrors()
        if self.durations is not None:
            self._printDurations(result)
        if hasattr(result, 'separator2'):
            self.stream.writeln(result.separator2)
        ran = result.testsRun
        self.stream.writeln("Ran %d test%s in %.3fs" %
                            (ran, "s" if ran != 1 else "", elapsed))
        self.stream.writeln()

        try:
            xfails = len(result.expectedFailures)
            surprises = len(result.unexpectedSuccesses)
            skips = len(result.skipped)
        except AttributeError:
            xfails = surprises = skips = 0
        details = []
        if not result.wasSuccessful():
            self.stream.write("FAILED")
            if result.failures:
                details.append(f"failures={len(result.failures)}")
            if result.errors:
                details.append(f"errors={len(result.errors)}")
        elif ran == 0 and not skips:
            self.stream.write("NO TESTS RAN")
        else:
            self.stream.write("OK")
        if skips:
            details.append(f"skipped={skips}")
        if xfails:
            details.append(f"expected failures={xfails}")
        if surprises:
            details.append(f"unexpected successes={surprises}")
        if details:
            self.stream.writeln(" (%s)" % ", ".join(details))
        else:
            self.stream.write("\n")
        self.stream.flush()
        return result
