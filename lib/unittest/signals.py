"""Control-C handling for test runs.

Once installHandler() has run, the first SIGINT tells every registered
result to stop after the test in progress; a second SIGINT (or one arriving
after somebody else took over the signal) goes to the handler that was in
place before."""

import signal
import weakref
from functools import wraps

__unittest = True

# Results to stop on control-C.  Held weakly so registering a result does not
# keep it alive; tests replace this mapping, so always look it up by name.
_results = weakref.WeakKeyDictionary()
# The _InterruptHandler currently installed, if any.
_interrupt_handler = None


def _ignore(signum, frame):
    return None


_NOT_A_HANDLER = ("expected SIGINT signal handler to be signal.SIG_IGN, "
                  "signal.SIG_DFL, or a callable object")


def _fallback_for(previous):
    """What to call when the interrupt is not ours to absorb."""
    if not isinstance(previous, int):
        return previous
    table = {signal.SIG_DFL: signal.default_int_handler, signal.SIG_IGN: _ignore}
    try:
        return table[previous]
    except KeyError:
        raise TypeError(_NOT_A_HANDLER) from None


class _InterruptHandler:
    def __init__(self, previous):
        # original_handler: what signal.getsignal() gave; default_handler: a
        # callable version of it.
        self.original_handler = previous
        self.default_handler = _fallback_for(previous)
        # How many control-Cs this handler has absorbed.
        self._presses = 0

    @property
    def called(self):
        return self._presses > 0

    def __call__(self, signum, stack):
        displaced = signal.getsignal(signal.SIGINT) is not self
        if displaced or self._presses:
            # Either someone installed another handler over ours, or this is
            # the second control-C: behave as if we were not here.
            self.default_handler(signum, stack)
        self._presses += 1
        for pending in tuple(_results):
            pending.stop()


def registerResult(result):
    """Have result stop at the next control-C (kept by weak reference)."""
    _results[result] = True


def removeResult(result):
    """Unregister result; tell whether it had been registered."""
    return _results.pop(result, None) is not None


def installHandler():
    """Put the control-C handler in place; a no-op when already done."""
    global _interrupt_handler
    if not _interrupt_handler:
        handler = _InterruptHandler(signal.getsignal(signal.SIGINT))
        _interrupt_handler = handler
        signal.signal(signal.SIGINT, handler)


def _restore_previous():
    installed = _interrupt_handler
    if installed is not None:
        signal.signal(signal.SIGINT, installed.original_handler)


def removeHandler(method=None):
    """Put back the SIGINT handler that installHandler() replaced.  Given a
    function, return a wrapper that runs it with the handler taken out."""
    if method is None:
        _restore_previous()
        return None

    @wraps(method)
    def run_without_handler(*args, **kw):
        current = signal.getsignal(signal.SIGINT)
        _restore_previous()
        try:
            return method(*args, **kw)
        finally:
            signal.signal(signal.SIGINT, current)
    return run_without_handler
