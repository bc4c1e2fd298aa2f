"""TestResult: the record of what happened while tests ran."""

import io
import sys
import traceback
from functools import wraps

from . import util

__unittest = True

STDOUT_LINE = '\nStdout:\n%s'
STDERR_LINE = '\nStderr:\n%s'


def failfast(method):
    # Outcomes that count as failures stop the run first when failfast is on.
    @wraps(method)
    def wrapper(self, *args, **kwargs):
        if getattr(self, 'failfast', False):
            self.stop()
        return method(self, *args, **kwargs)
    return wrapper


def _with_newline(text):
    return text if text.endswith('\n') else text + '\n'


class TestResult(object):
    """Collects the outcome of each test: lists of (test, formatted
    traceback) pairs for failures and errors, skips with their reasons,
    expected failures, unexpected successes and durations.  testsRun counts
    the tests started; shouldStop asks the run to end early."""

    _previousTestClass = None
    _testRunEntered = False
    _moduleSetUpFailed = False

    def __init__(self, stream=None, descriptions=None, verbosity=None):
        self.failfast = False
        self.failures = []
        self.errors = []
        self.testsRun = 0
        self.skipped = []
        self.expectedFailures = []
        self.unexpectedSuccesses = []
        self.collectedDurations = []
        self.shouldStop = False
        self.buffer = False
        self.tb_locals = False
        self._stdout_buffer = None
        self._stderr_buffer = None
        self._original_stdout = sys.stdout
        self._original_stderr = sys.stderr
        self._mirrorOutput = False

    def printErrors(self):
        "Report the collected problems (nothing here; see TextTestResult)."

    def startTest(self, test):
        "A test is about to run."
        self.testsRun += 1
        self._mirrorOutput = False
        self._setupStdout()

    def _setupStdout(self):
        if not self.buffer:
            return
        if self._stderr_buffer is None:
            self._stderr_buffer = io.StringIO()
            self._stdout_buffer = io.StringIO()
        sys.stdout = self._stdout_buffer
        sys.stderr = self._stderr_buffer

    def startTestRun(self):
        "Called once before any test runs."

    def stopTest(self, test):
        "A test has finished, whatever its outcome."
        self._restoreStdout()
        self._mirrorOutput = False

    def _restoreStdout(self):
        if not self.buffer:
            return
        if self._mirrorOutput:
            out = sys.stdout.getvalue()
            err = sys.stderr.getvalue()
            if out:
                self._original_stdout.write(STDOUT_LINE % _with_newline(out))
            if err:
                self._original_stderr.write(STDERR_LINE % _with_newline(err))
        sys.stdout = self._original_stdout
        sys.stderr = self._original_stderr
        for buf in (self._stdout_buffer, self._stderr_buffer):
            buf.seek(0)
            buf.truncate()

    def stopTestRun(self):
        "Called once after the last test."

    @failfast
    def addError(self, test, err):
        """The test raised an unexpected exception; err is an exc_info tuple."""
        self.errors.append((test, self._exc_info_to_string(err, test)))
        self._mirrorOutput = True

    @failfast
    def addFailure(self, test, err):
        """The test failed (raised its failureException)."""
        self.failures.append((test, self._exc_info_to_string(err, test)))
        self._mirrorOutput = True

    def addSubTest(self, test, subtest, err):
        """A subtest ended: err is None on success, else an exc_info tuple."""
        if err is None:
            return
        if getattr(self, 'failfast', False):
            self.stop()
        target = (self.failures if issubclass(err[0], test.failureException)
                  else self.errors)
        target.append((subtest, self._exc_info_to_string(err, test)))
        self._mirrorOutput = True

    def addSuccess(self, test):
        "The test passed."

    def addSkip(self, test, reason):
        """The test was skipped, for the given reason."""
        self.skipped.append((test, reason))

    def addExpectedFailure(self, test, err):
        """A test marked expectedFailure failed, as expected."""
        self.expectedFailures.append((test, self._exc_info_to_string(err, test)))

    @failfast
    def addUnexpectedSuccess(self, test):
        """A test marked expectedFailure passed."""
        self.unexpectedSuccesses.append(test)

    def addDuration(self, test, elapsed):
        """Record how long the test took, cleanups included (seconds)."""
        if hasattr(self, "collectedDurations"):
            self.collectedDurations.append((str(test), elapsed))

    def wasSuccessful(self):
        """True when nothing failed, errored or unexpectedly passed."""
        if self.failures or self.errors:
            return False
        return not getattr(self, 'unexpectedSuccesses', ())

    def stop(self):
        """Ask the run to stop after the current test."""
        self.shouldStop = True

    def _exc_info_to_string(self, err, test):
        """The traceback text of err, without unittest's own frames."""
        exctype, value, tb = err
        tb = self._clean_tracebacks(exctype, value, tb, test)
        report = traceback.TracebackException(
            exctype, value, tb, capture_locals=self.tb_locals, compact=True)
        parts = list(report.format())
        if self.buffer:
            out = sys.stdout.getvalue()
            err_text = sys.stderr.getvalue()
            if out:
                parts.append(STDOUT_LINE % _with_newline(out))
            if err_text:
                parts.append(STDERR_LINE % _with_newline(err_text))
        return ''.join(parts)

    def _clean_tracebacks(self, exctype, value, tb, test):
        result_tb = None
        todo = [(exctype, value, tb)]
        seen = {id(value)}
        first = True
        while todo:
            exctype, value, tb = todo.pop()
            while tb and self._is_relevant_tb_level(tb):
                tb = tb.tb_next
            if exctype is test.failureException:
                self._remove_unittest_tb_frames(tb)
            if first:
                result_tb = tb
                first = False
            else:
                value.__traceback__ = tb
            if value is None:
                continue
            for linked in (value.__cause__, value.__context__):
                if linked is not None and id(linked) not in seen:
                    todo.append((type(linked), linked, linked.__traceback__))
                    seen.add(id(linked))
        return result_tb

    def _is_relevant_tb_level(self, tb):
        return '__unittest' in tb.tb_frame.f_globals

    def _remove_unittest_tb_frames(self, tb):
        # Cut the chain at the first frame inside unittest (the assert method).
        last = None
        while tb and not self._is_relevant_tb_level(tb):
            last = tb
            tb = tb.tb_next
        if last is not None:
            last.tb_next = None

    def __repr__(self):
        return "<%s run=%i errors=%i failures=%i>" % (
            util.strclass(self.__class__), self.testsRun,
            len(self.errors), len(self.failures))
