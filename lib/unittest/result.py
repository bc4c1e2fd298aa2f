"""TestResult: what a test run records about each test."""

import io
import sys
import traceback

from . import util
from functools import wraps

# Frames of modules with this global are hidden from reported tracebacks.
__unittest = True

# How output captured under buffer=True is appended to a report.
STDOUT_LINE = '\nStdout:\n%s'
STDERR_LINE = '\nStderr:\n%s'


def failfast(method):
    """Decorator for the add* methods whose outcome ends a failfast run:
    when the result's failfast flag is set, stop() comes first."""
    def stopping_first(result, *args, **kw):
        if getattr(result, 'failfast', None):
            result.stop()
        return method(result, *args, **kw)
    return wraps(method)(stopping_first)


def _captured(pairs):
    """Report text for captured output: one labelled block per non-empty
    (template, text) pair, each ending with a newline."""
    blocks = []
    for template, text in pairs:
        if text:
            blocks.append(template % (text if text[-1:] == '\n' else text + '\n'))
    return blocks


class TestResult:
    """The outcome of a run, test by test.

    failures and errors hold (test, traceback text) pairs, skipped holds
    (test, reason), expectedFailures (test, traceback text),
    unexpectedSuccesses the tests; testsRun counts started tests and
    collectedDurations (test name, seconds).  Setting shouldStop (stop())
    ends the run after the current test.
    """

    # Where TestSuite keeps track of the fixtures it has set up.
    _previousTestClass = None
    _testRunEntered = False
    _moduleSetUpFailed = False

    def __init__(self, stream=None, descriptions=None, verbosity=None):
        # The three arguments exist for TextTestResult; they are not used.
        for listing in ('failures', 'errors', 'skipped', 'expectedFailures',
                        'unexpectedSuccesses', 'collectedDurations'):
            setattr(self, listing, [])
        self.testsRun = 0
        self.failfast = self.shouldStop = False
        self.buffer = self.tb_locals = False
        self._stdout_buffer = self._stderr_buffer = None
        self._original_stdout, self._original_stderr = sys.stdout, sys.stderr
        # Whether the current test's captured output goes into its report.
        self._show_captured = False

    # -- the run's and each test's boundaries

    def startTestRun(self):
        "Called before the first test of a run."

    def startTest(self, test):
        "Called as test starts."
        self.testsRun = self.testsRun + 1
        self._show_captured = False
        self._setupStdout()

    def stopTest(self, test):
        "Called when test is over, however it went."
        self._restoreStdout()
        self._show_captured = False

    def stopTestRun(self):
        "Called after the last test of a run."

    def printErrors(self):
        "Report the problems collected (TextTestResult prints them)."

    # -- output capture under buffer=True

    def _setupStdout(self):
        if not self.buffer:
            return
        if not self._stderr_buffer:
            # Made on first use and reused (emptied) for every test.
            self._stdout_buffer, self._stderr_buffer = io.StringIO(), io.StringIO()
        sys.stdout, sys.stderr = self._stdout_buffer, self._stderr_buffer

    def _restoreStdout(self):
        if not self.buffer:
            return
        pairs = ((self._original_stdout, STDOUT_LINE, sys.stdout),
                 (self._original_stderr, STDERR_LINE, sys.stderr))
        if self._show_captured:
            # A test that went wrong: let its output through after all.
            for real, template, capture in pairs:
                for block in _captured([(template, capture.getvalue())]):
                    real.write(block)
        sys.stdout, sys.stderr = self._original_stdout, self._original_stderr
        for capture in (self._stdout_buffer, self._stderr_buffer):
            capture.seek(0)
            capture.truncate()

    # -- outcomes

    def _note(self, listing, test, err, reported=None):
        """Append (reported or test, report of err) to listing; the test's
        captured output is to be shown."""
        report = self._exc_info_to_string(err, test)
        listing.append((test if reported is None else reported, report))
        self._show_captured = True

    @failfast
    def addError(self, test, err):
        """test raised something other than its failure exception; err is
        a sys.exc_info() triple."""
        self._note(self.errors, test, err)

    @failfast
    def addFailure(self, test, err):
        """test failed: it raised its failureException (err as in
        addError)."""
        self._note(self.failures, test, err)

    def addSubTest(self, test, subtest, err):
        """subtest of test finished; err is None when it passed, else an
        exc_info triple."""
        if err is None:
            return
        if getattr(self, 'failfast', None):
            self.stop()
        failed = issubclass(err[0], test.failureException)
        self._note(self.failures if failed else self.errors, test, err,
                   reported=subtest)

    def addSuccess(self, test):
        "test passed."

    def addSkip(self, test, reason):
        """test was skipped; reason says why."""
        self.skipped.append((test, reason))

    def addExpectedFailure(self, test, err):
        """test, marked as an expected failure, did fail."""
        # Unlike a failure, it does not show the captured output.
        self.expectedFailures.append((test, self._exc_info_to_string(err, test)))

    @failfast
    def addUnexpectedSuccess(self, test):
        """test, marked as an expected failure, passed."""
        self.unexpectedSuccesses += [test]

    def addDuration(self, test, elapsed):
        """test took elapsed seconds, clean-ups included."""
        # A subclass made before durations existed may lack the list.
        durations = getattr(self, 'collectedDurations', None)
        if durations is not None:
            durations.append((str(test), elapsed))

    def wasSuccessful(self):
        """Whether the run is a success: no failures, errors or unexpected
        successes."""
        problems = (self.failures, self.errors,
                    getattr(self, 'unexpectedSuccesses', ()))
        return not any(len(found) for found in problems)

    def stop(self):
        """Have the run stop once the current test is over."""
        self.shouldStop = True

    # -- report text

    def _exc_info_to_string(self, err, test):
        """Report text for an exc_info triple, unittest's frames left
        out (and captured output added under buffer)."""
        kind, value, trace = err
        trace = self._trim_chain(kind, value, trace, test)
        shown = traceback.TracebackException(
            kind, value, trace, capture_locals=self.tb_locals, compact=True)
        # Under buffer, the output captured so far joins the report.
        captured = _captured([(STDOUT_LINE, sys.stdout.getvalue()),
                              (STDERR_LINE, sys.stderr.getvalue())]) if self.buffer else []
        return ''.join([*shown.format(), *captured])

    def _trim_chain(self, kind, value, trace, test):
        """Drop unittest's frames from the traceback of the exception and of
        those chained to it.  The first exception's trimmed traceback is
        returned, the others are stored back on their exceptions."""
        def trimmed(kind, trace):
            trace = self._past_runner_frames(trace)
            if kind is test.failureException:
                # Nor show the assert method's own frames.
                self._cut_at_unittest_frame(trace)
            return trace

        head = trimmed(kind, trace)
        visited = {id(value)}  # chains can loop
        pending = [value]
        while pending:
            exc = pending.pop()
            if exc is None:
                continue
            if exc is not value:
                exc.__traceback__ = trimmed(type(exc), exc.__traceback__)
            for linked in (exc.__cause__, exc.__context__):
                if linked is not None and id(linked) not in visited:
                    visited.add(id(linked))
                    pending.append(linked)
        return head

    def _past_runner_frames(self, trace):
        # The leading frames are unittest's own machinery.
        while trace is not None and self._is_relevant_tb_level(trace):
            trace = trace.tb_next
        return trace

    def _is_relevant_tb_level(self, tb):
        frame_globals = tb.tb_frame.f_globals
        return '__unittest' in frame_globals

    def _cut_at_unittest_frame(self, trace):
        # End the traceback before its first unittest frame (the failing
        # assert method and what it called).
        last_kept = None
        while trace is not None:
            if self._is_relevant_tb_level(trace):
                break
            last_kept, trace = trace, trace.tb_next
        if last_kept is not None:
            last_kept.tb_next = None

    def __repr__(self):
        name = util.strclass(type(self))
        return (f"<{name} run={self.testsRun:d} errors={len(self.errors):d} "
                f"failures={len(self.failures):d}>")
