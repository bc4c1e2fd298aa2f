"""The text test runner and the result class it prints with."""

import sys
import time
import warnings

from . import result
from . import case as _case
from .signals import registerResult

__unittest = True

# The shortest duration worth showing at normal verbosity, in seconds.
_DURATION_FLOOR = 0.001


class _WritelnDecorator:
    """Wraps a stream, adding writeln(); everything else is the stream's."""

    def __init__(self, stream):
        self.stream = stream

    def __getattr__(self, name):
        # Only reached for what the wrapper lacks.  Refusing these two
        # keeps copy and pickle from recursing into a half-made wrapper.
        if name in {'stream', '__getstate__'}:
            raise AttributeError(name)
        return getattr(self.stream, name)

    def writeln(self, arg=None):
        for piece in (arg, '\n'):
            if piece:
                self.write(piece)


class TextTestResult(result.TestResult):
    """A TestResult that reports progress on a stream as the tests run:
    one character per test, or one line per test when verbose."""

    separator1 = '=' * 70
    separator2 = '-' * 70

    # outcome: (verbose status, progress character)
    _MARKS = {'success': ("ok", '.'), 'error': ("ERROR", 'E'),
              'failure': ("FAIL", 'F'), 'skip': (None, 's'),
              'xfail': ("expected failure", 'x'),
              'xpass': ("unexpected success", 'u')}

    def __init__(self, stream, descriptions, verbosity, *, durations=None):
        super().__init__(stream, descriptions, verbosity)
        self.stream, self.descriptions, self.durations = stream, descriptions, durations
        # verbosity 0: silent; 1: a character per test; 2+: a line per test
        self.showAll, self.dots = verbosity >= 2, verbosity == 1
        # Whether the cursor is at the start of a line (verbose mode).
        self._at_line_start = True

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
        return f"{test}"

    def startTest(self, test):
        super().startTest(test)
        if not self.showAll:
            return
        self._say(self.getDescription(test), " ... ")
        self._at_line_start = False

    def _status_line(self, test, status):
        pieces = []
        if isinstance(test, _case._SubTest):
            # A subtest gets its own indented line.
            if not self._at_line_start:
                pieces.append('\n')
            pieces += ["  ", self.getDescription(test), " ... "]
        elif self._at_line_start:
            pieces += [self.getDescription(test), " ... "]
        self._say(*pieces, status, end='\n')
        self._at_line_start = True

    def _mark(self, test, outcome, status=None, *, same_line=False):
        """Show an outcome: its character in dots mode; its status (or the
        one given) in verbose mode, on the line startTest began when
        same_line is set."""
        verbose, char = self._MARKS[outcome]
        if self.dots:
            self._say(char)
        elif not self.showAll:
            pass
        elif same_line:
            # Expected failures and unexpected successes do not repeat
            # the description even after other output.
            self._say(verbose, end='\n')
        else:
            self._status_line(test, status or verbose)

    def addSubTest(self, test, subtest, err):
        if err:
            failed = issubclass(err[0], subtest.failureException)
            self._mark(subtest, 'failure' if failed else 'error')
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
        self._mark(test, 'skip', f"skipped {reason!r}")

    def addExpectedFailure(self, test, err):
        super().addExpectedFailure(test, err)
        self._mark(test, 'xfail', same_line=True)

    def addUnexpectedSuccess(self, test):
        super().addUnexpectedSuccess(test)
        self._mark(test, 'xpass', same_line=True)

    def printErrors(self):
        if self.showAll or self.dots:
            self._say(end='\n')
        for flavour, listing in (('ERROR', self.errors), ('FAIL', self.failures)):
            self.printErrorList(flavour, listing)
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


def _plural(n, word):
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


class TextTestRunner:
    """Runs a test or suite and prints the results as text on a stream
    (standard error by default)."""

    resultclass = TextTestResult

    def __init__(self, stream=None, descriptions=True, verbosity=1,
                 failfast=False, buffer=False, resultclass=None, warnings=None,
                 *, tb_locals=False, durations=None):
        self.stream = _WritelnDecorator(sys.stderr if stream is None else stream)
        self.descriptions, self.verbosity = descriptions, verbosity
        self.failfast, self.buffer, self.tb_locals = failfast, buffer, tb_locals
        self.durations, self.warnings = durations, warnings
        if resultclass:
            # Otherwise the class attribute (perhaps a subclass's) serves.
            self.resultclass = resultclass

    def _makeResult(self):
        args = (self.stream, self.descriptions, self.verbosity)
        try:
            return self.resultclass(*args, durations=self.durations)
        except TypeError:
            # A result class from before durations were reported.
            return self.resultclass(*args)

    def _report_durations(self, result):
        timings = result.collectedDurations
        if not timings:
            return
        # A positive durations setting limits how many are listed.
        limit = self.durations if self.durations > 0 else None
        slowest = sorted(timings, key=lambda pair: -pair[1])[:limit]
        out = self.stream
        out.writeln("Slowest test durations")
        rule = getattr(result, 'separator2', None)
        if rule is not None:
            out.writeln(rule)
        shown = [(name, secs) for name, secs in slowest
                 if self.verbosity >= 2 or secs >= _DURATION_FLOOR]
        for name, secs in shown:
            out.writeln(f"{secs:.3f}s".ljust(10) + f" {name}")
        if len(shown) < len(slowest):
            out.writeln("\n(durations < 0.001s were hidden; "
                        "use -v to show these durations)")
        else:
            out.writeln("")

    def _run_between_hooks(self, test, result):
        """Run test inside result's startTestRun/stopTestRun (when it has
        them); return the seconds it took."""
        # The runner's warnings setting, if any, applies to every warning.
        with warnings.catch_warnings(action=self.warnings or None):
            began = time.perf_counter()
            opener = getattr(result, 'startTestRun', None)
            if opener is not None:
                opener()
            try:
                test(result)
            finally:
                closer = getattr(result, 'stopTestRun', None)
                if closer is not None:
                    closer()
            return time.perf_counter() - began

    def run(self, test):
        "Run the test (or suite) and print the summary; return the result."
        result = self._makeResult()
        registerResult(result)
        for setting in ('failfast', 'buffer', 'tb_locals'):
            setattr(result, setting, getattr(self, setting))
        elapsed = self._run_between_hooks(test, result)
        result.printErrors()
        if self.durations is not None:
            self._report_durations(result)
        out = self.stream
        rule = getattr(result, 'separator2', None)
        if rule is not None:
            out.writeln(rule)
        ran = result.testsRun
        out.writeln(f"Ran {_plural(ran, 'test')} in {elapsed:.3f}s")
        out.writeln()
        verdict, details = self._verdict(result)
        out.write(verdict)
        out.write(f" ({', '.join(details)})\n" if details else "\n")
        out.flush()
        return result

    @staticmethod
    def _verdict(result):
        """The summary word and the counts shown after it."""
        try:
            tallies = [len(result.skipped), len(result.expectedFailures),
                       len(result.unexpectedSuccesses)]
        except AttributeError:
            # A minimal result class that does not record these.
            tallies = [0, 0, 0]
        details = []
        if result.wasSuccessful():
            anything = result.testsRun or tallies[0]
            verdict = "OK" if anything else "NO TESTS RAN"
        else:
            verdict = "FAILED"
            for label, listing in (("failures", result.failures),
                                   ("errors", result.errors)):
                if listing:
                    details.append(f"{label}={len(listing)}")
        for label, n in zip(("skipped", "expected failures",
                             "unexpected successes"), tallies):
            if n:
                details.append(f"{label}={n}")
        return verdict, details
