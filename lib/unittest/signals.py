"""Control-C handling for test runs: the first interrupt asks every
registered result to stop after the current test; a second one interrupts."""

import signal
import weakref
from functools import wraps

__unittest = True


class _InterruptHandler(object):
    def __init__(self, default_handler):
        self.called = False
        self.original_handler = default_handler
        if isinstance(default_handler, int):
            if default_handler == signal.SIG_DFL:
                # Act as Python's own KeyboardInterrupt handler would.
                default_handler = signal.default_int_handler
            elif default_handler == signal.SIG_IGN:
                def default_handler(signum, frame):
                    return None
            else:
                raise TypeError("expected SIGINT signal handler to be "
                                "signal.SIG_IGN, signal.SIG_DFL, or a "
                                "callable object")
        self.default_handler = default_handler

    def __call__(self, signum, frame):
        if signal.getsignal(signal.SIGINT) is not self:
            # Someone replaced us: pass the signal on at once.
            self.default_handler(signum, frame)
        if self.called:
            self.default_handler(signum, frame)
        self.called = True
        for res in list(_results.keys()):
            res.stop()


_results = weakref.WeakKeyDictionary()
_interrupt_handler = None


def registerResult(result):
    """Make result stop when control-C is pressed (held weakly)."""
    _results[result] = 1


def removeResult(result):
    """Forget a registered result; True if it was registered."""
    return bool(_results.pop(result, None))


def installHandler():
    """Install the control-C handler (once)."""
    global _interrupt_handler
    if _interrupt_handler is not None:
        return
    _interrupt_handler = _InterruptHandler(signal.getsignal(signal.SIGINT))
    signal.signal(signal.SIGINT, _interrupt_handler)


def removeHandler(method=None):
    """Restore the SIGINT handler in place before installHandler(); used as a
    decorator, run the function with it removed."""
    if method is not None:
        @wraps(method)
        def without_handler(*args, **kwargs):
            saved = signal.getsignal(signal.SIGINT)
            removeHandler()
            try:
                return method(*args, **kwargs)
            finally:
                signal.signal(signal.SIGINT, saved)
        return without_handler
    if _interrupt_handler is not None:
        signal.signal(signal.SIGINT, _interrupt_handler.original_handler)
