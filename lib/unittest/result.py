"""TestResult: what a test run records about each test."""

import io
import sys
import traceback
from functools import wraps

from . import util

# Frames of modules with this global are hidden from reported tracebacks.
__unittest = True

STDOUT_LINE = '\nStdout:\n%s'
STDERR_LINE = '\nStderr:\n%s'


def failfast(method):
    # Decorates the add* methods whose outcome ends a failfast run.
    @wraps(method)
    def wrapper(self, *args, **kwargs):
        if getattr(self, 'failfast', False):
            self.stop()
        return method(self, *args, **kwargs)
    return wrapper


def _labelled(template, text):
    if not text.endswith('\n'):
        text += '\n'
    return template % text


def _captured_report(out, err):
    # The text added to a report for output captured under buffer.
    return [_labelled(template, text)
            for template, text in ((STDOUT_LINE, out), (STDERR_LINE, err)) if text]


class TestResult(object):
    """The outcome of a run, test by test.

    failures and errors hold (test, traceback text) pairs, skipped holds
    (test, reason), expectedFailures (test, traceback text),
    unexpectedSuccesses the tests; testsRun counts started tests and
    collectedDurations (test name, seconds).  Setting shouldStop (stop())
    ends the run after the current test.
    """

    _previousTestClass = None
    _testRunEntered = False
    _moduleSetUpFailed = False

    def __init__(self, stream=None, descriptions=None, verbosity=None):
        for listing in ('failures', 'errors', 'skipped', 'expectedFailures',
                        'unexpectedSuccesses', 'collectedDurations'):
            setattr(self, listing, [])
        self.testsRun = 0
        self.failfast = self.shouldStop = False
        self.buffer = self.tb_locals = False
        self._stdout_buffer = self._stderr_buffer = None
        self._original_stdout, self._original_stderr = sys.stdout, sys.stderr
        self._mirrorOutput = False

    def printErrors(self):
        "Report the problems collected (TextTestResult prints them)."

    def startTest(self, test):
        "Called as test starts."
        self.testsRun += 1
        self._mirrorOutput = False
        self._setupStdout()

    def _setupStdout(self):
        # Under buffer, send the test's output to StringIO objects.
        if self.buffer:
            if self._stderr_buffer is None:
                self._stdout_buffer = io.StringIO()
                self._stderr_buffer = io.StringIO()
            sys.stdout, sys.stderr = self._stdout_buffer, self._stderr_buffer

    def startTestRun(self):
        "Called before the first test of a run."

    def stopTest(self, test):
        "Called when test is over, however it went."
        self._restoreStdout()
        self._mirrorOutput = False

    def _restoreStdout(self):
        # Under buffer: show what a failing test printed, put the real
        # streams back and empty the buffers for the next test.
        if not self.buffer:
            return
        if self._mirrorOutput:
            for shown, label, real in (
                    (sys.stdout, STDOUT_LINE, self._original_stdout),
                    (sys.stderr, STDERR_LINE, self._original_stderr)):
                text = shown.getvalue()
                if text:
                    real.write(_labelled(label, text))
        sys.stdout, sys.stderr = self._original_stdout, self._original_stderr
        for captured in (self._stdout_buffer, self._stderr_buffer):
            captured.seek(0)
            captured.truncate()

    def stopTestRun(self):
        "Called after the last test of a run."

    def _record(self, listing, test, err):
        getattr(self, listing).append((test, self._exc_info_to_string(err, test)))
        self._mirrorOutput = True

    @failfast
    def addError(self, test, err):
        """test raised something other than its failure exception; err is
        a sys.exc_info() triple."""
        self._record('errors', test, err)

    @failfast
    def addFailure(self, test, err):
        """test failed: it raised its failureException (err as in
        addError)."""
        self._record('failures', test, err)

    def addSubTest(self, test, subtest, err):
        """subtest of test finished; err is None when it passed, else an
        exc_info triple."""
        if err is None:
            return
        if getattr(self, 'failfast', False):
            self.stop()
        failed = issubclass(err[0], test.failureException)
        listing = self.failures if failed else self.errors
        listing.append((subtest, self._exc_info_to_string(err, test)))
        self._mirrorOutput = True

    def addSuccess(self, test):
        "test passed."

    def addSkip(self, test, reason):
        """test was skipped; reason says why."""
        self.skipped.append((test, reason))

    def addExpectedFailure(self, test, err):
        """test, marked as an expected failure, did fail."""
        report = self._exc_info_to_string(err, test)
        self.expectedFailures.append((test, report))

    @failfast
    def addUnexpectedSuccess(self, test):
        """test, marked as an expected failure, passed."""
        self.unexpectedSuccesses.append(test)

    def addDuration(self, test, elapsed):
        """test took elapsed seconds, clean-ups included."""
        # A subclass made before durations existed may lack the list.
        if hasattr(self, "collectedDurations"):
            self.collectedDurations.append((str(test), elapsed))

    def wasSuccessful(self):
        """Whether the run is a success: no failures, errors or unexpected
        successes."""
        problems = (self.failures, self.errors,
                    getattr(self, 'unexpectedSuccesses', ()))
        return not any(len(found) for found in problems)

    def stop(self):
        """Have the run stop once the current test is over."""
        self.shouldStop = True

    def _exc_info_to_string(self, err, test):
        """Report text for an exc_info triple, unittest's frames left
        out (and captured output added under buffer)."""
        kind, value, tb = err
        tb = self._clean_tracebacks(kind, value, tb, test)
        captured = traceback.TracebackException(
            kind, value, tb, capture_locals=self.tb_locals, compact=True)
        text = ''.join(captured.format())
        if self.buffer:
            text += ''.join(_captured_report(sys.stdout.getvalue(),
                                             sys.stderr.getvalue()))
        return text

    def _clean_tracebacks(self, exctype, value, tb, test):
        # Drop unittest's frames from the traceback of the exception and
        # of those chained to it; the first exception's cleaned traceback
        # is returned, the others are stored back on the exceptions.
        queue = [(exctype, value, tb)]
        visited = {id(value)}
        head = None
        outermost = True
        while queue:
            kind, exc, trace = queue.pop()
            trace = self._skip_unittest_head(trace)
            if kind is test.failureException:
                self._remove_unittest_tb_frames(trace)
            if outermost:
                head, outermost = trace, False
            else:
                exc.__traceback__ = trace
            if exc is None:
                continue
            for linked in (exc.__cause__, exc.__context__):
                if linked is None or id(linked) in visited:
                    continue
                visited.add(id(linked))
                queue.append((type(linked), linked, linked.__traceback__))
        return head

    def _skip_unittest_head(self, tb):
        while tb and self._is_relevant_tb_level(tb):
            tb = tb.tb_next
        return tb

    def _is_relevant_tb_level(self, tb):
        return '__unittest' in tb.tb_frame.f_globals

    def _remove_unittest_tb_frames(self, tb):
        # End the traceback before the first unittest frame (the failing
        # assert method and what it called).
        previous = None
        while tb and not self._is_relevant_tb_level(tb):
            previous, tb = tb, tb.tb_next
        if previous is not None:
            previous.tb_next = None

    def __repr__(self):
        return "<%s run=%i errors=%i failures=%i>" % (
            util.strclass(type(self)), self.testsRun,
            len(self.errors), len(self.failures))
