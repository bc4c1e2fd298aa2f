"""The machinery shared by every executor: Future, the Executor interface,
wait() and as_completed()."""

import collections
import logging
import threading
import time
import types

# wait()'s return_when choices
FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'
_AS_COMPLETED = '_AS_COMPLETED'     # the mode as_completed() waits in

# A future's life: PENDING -> RUNNING -> FINISHED, or PENDING -> CANCELLED,
# which becomes CANCELLED_AND_NOTIFIED once its executor has seen it.
PENDING = 'PENDING'
RUNNING = 'RUNNING'
CANCELLED = 'CANCELLED'
CANCELLED_AND_NOTIFIED = 'CANCELLED_AND_NOTIFIED'
FINISHED = 'FINISHED'

_FUTURE_STATES = [PENDING, RUNNING, CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED]

# How each state reads in a future's repr.
_DESCRIPTIONS = _STATE_TO_DESCRIPTION_MAP = {PENDING: "pending", RUNNING: "running", CANCELLED: "cancelled",
                             CANCELLED_AND_NOTIFIED: "cancelled", FINISHED: "finished"}

_WAS_CANCELLED = (CANCELLED, CANCELLED_AND_NOTIFIED)
_SETTLED = (CANCELLED_AND_NOTIFIED, FINISHED)     # as wait() and as_completed() see it
_OVER = (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED)

LOGGER = logging.getLogger("concurrent.futures")


class Error(Exception):
    """The root of this package's own exceptions."""


class CancelledError(Error):
    """Asked for the outcome of a future that was cancelled."""


TimeoutError = TimeoutError     # the built-in one, also reachable from here


class InvalidStateError(Error):
    """A future was asked to do something its current state forbids."""


class BrokenExecutor(RuntimeError):
    """An executor can no longer run anything (a worker failed badly)."""


# ---------------------------------------------------------------------------
# Waiting

class _Waiter:
    """Registered on futures by wait() and as_completed(): collects the ones
    that finish (`arrived`) and sets `wakeup` once the waiting call should
    look at them."""

    def __init__(self, mode, pending=0):
        self.wakeup = threading.Event()
        self.guard = threading.Lock()
        self.arrived = []
        self.mode = mode
        self.pending = pending      # for ALL_COMPLETED / FIRST_EXCEPTION

    def arrive(self, future, failed=False):
        with self.guard:
            self.arrived.append(future)
            self.pending -= 1
            eager = self.mode in (_AS_COMPLETED, FIRST_COMPLETED)
            if eager or self.pending == 0 or (failed and self.mode == FIRST_EXCEPTION):
                self.wakeup.set()



class _HoldAll:
    """Holds the conditions of several futures for a `with` block, always
    taking them in the same (id) order so that two waiters cannot deadlock."""

    def __init__(self, group):
        self.ordered = sorted(group, key=id)

    def __enter__(self):
        for fut in self.ordered:
            fut._condition.acquire()

    def __exit__(self, *exc_info):
        for fut in reversed(self.ordered):
            fut._condition.release()


def _watch(fs, return_when):
    if return_when not in (FIRST_EXCEPTION, ALL_COMPLETED, _AS_COMPLETED, FIRST_COMPLETED):
        raise ValueError("Invalid return condition: %r" % return_when)
    unsettled = sum(1 for fut in fs if fut._state not in _SETTLED)
    watcher = _Waiter(return_when, unsettled)
    for fut in fs:
        fut._waiters.append(watcher)
    return watcher


def _uninstall(waiter, futures):
    for fut in futures:
        with fut._condition:
            fut._waiters.remove(waiter)


def _hand_out(fs, waiter, ref_collect):
    """Hand out the futures of list `fs` from its end, forgetting each one
    (in `waiter` and in every set of `ref_collect`) before it is yielded, so
    no stale reference outlives the caller's use of it."""
    while fs:
        fut = fs[-1]
        for holder in ref_collect:
            holder.remove(fut)
        with fut._condition:
            fut._waiters.remove(waiter)
        del fut
        yield fs.pop()      # now the list's reference is the only one


def as_completed(fs, timeout=None):
    """Yield the futures of `fs` (each once) as they finish or are cancelled;
    raise TimeoutError if they are not all done `timeout` seconds from now."""
    deadline = None if timeout is None else time.monotonic() + timeout
    fs = set(fs)
    total = len(fs)
    with _HoldAll(fs):
        ready = {fut for fut in fs if fut._state in _SETTLED}
        pending = fs - ready
        watcher = _watch(fs, _AS_COMPLETED)
    ready = list(ready)     # (the set would keep every yielded future alive)
    try:
        yield from _hand_out(ready, watcher, ref_collect=(fs,))
        while pending:
            remaining = None
            if deadline is not None:
                remaining = deadline - time.monotonic()
                if remaining < 0:
                    raise TimeoutError('%d (of %d) futures unfinished' % (len(pending), total))
            watcher.wakeup.wait(remaining)
            with watcher.guard:
                ready, watcher.arrived = watcher.arrived, []
                watcher.wakeup.clear()
            ready.reverse()     # so they come out in the order they finished
            yield from _hand_out(ready, watcher, ref_collect=(fs, pending))
    finally:
        _uninstall(watcher, fs)


DoneAndNotDoneFutures = collections.namedtuple('DoneAndNotDoneFutures', 'done not_done')


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """Block until the futures of `fs` satisfy `return_when` (FIRST_COMPLETED,
    FIRST_EXCEPTION or ALL_COMPLETED) or `timeout` seconds pass; returns the
    sets (done, not_done) as a DoneAndNotDoneFutures."""
    fs = set(fs)
    with _HoldAll(fs):
        done = {fut for fut in fs if fut._state in _SETTLED}
        watcher = None
        if done != fs and not _satisfied_already(done, return_when):
            watcher = _watch(fs, return_when)
    if watcher is not None:
        watcher.wakeup.wait(timeout)
        _uninstall(watcher, fs)
        done.update(watcher.arrived)
    return DoneAndNotDoneFutures(done, fs - done)


def _satisfied_already(done, return_when):
    if not done:
        return False
    if return_when == FIRST_COMPLETED:
        return True
    return return_when == FIRST_EXCEPTION and any(
        not fut.cancelled() and fut.exception() is not None for fut in done)


def _outcome_or_cancel(fut, timeout=None):
    """fut's result; cancel it if that fails (a no-op once it is done). Our
    reference to it goes before the caller sees the outcome."""
    try:
        try:
            return fut.result(timeout)
        finally:
            fut.cancel()
    finally:
        del fut


# ---------------------------------------------------------------------------
# Future

class Future(object):
    """The eventual outcome (a value, an exception, or cancellation) of a
    call handed to an executor."""

    def __init__(self):
        """Executors make futures; client code only receives them."""
        self._condition = threading.Condition()
        self._state = PENDING
        self._result = self._exception = None
        self._waiters = []          # _Waiter objects of wait() / as_completed()
        self._callbacks = []

    def _run_callbacks(self):
        for fn in self._callbacks:
            self._call_safely(fn)

    def _call_safely(self, fn):
        # A failing callback is logged; it must not break the executor.
        try:
            fn(self)
        except Exception:
            LOGGER.exception('exception calling callback for %r', self)

    def __repr__(self):
        with self._condition:
            head = '<%s at %#x state=%s' % (type(self).__name__, id(self),
                                           _DESCRIPTIONS[self._state])
            if self._state != FINISHED:
                return head + '>'
            if self._exception:
                return '%s raised %s>' % (head, type(self._exception).__name__)
            return '%s returned %s>' % (head, type(self._result).__name__)

    def _state_in(self, states):
        with self._condition:
            return self._state in states

    def cancel(self):
        """Cancel the future unless it is running or done; True if it is
        (now or already) cancelled."""
        with self._condition:
            if self._state in (RUNNING, FINISHED):
                return False
            if self._state in _WAS_CANCELLED:
                return True
            self._state = CANCELLED
            self._condition.notify_all()
        self._run_callbacks()
        return True

    def cancelled(self):
        """Whether the future was cancelled."""
        return self._state_in(_WAS_CANCELLED)

    def running(self):
        """Whether the call is executing right now."""
        return self._state_in((RUNNING,))

    def done(self):
        """Whether the future is over: finished or cancelled."""
        return self._state_in(_OVER)

    def add_done_callback(self, fn):
        """Call fn(future) once the future is done or cancelled (at once if it
        already is); callbacks run in the order they were added."""
        with self._condition:
            later = self._state not in _OVER
            if later:
                self._callbacks.append(fn)
        if not later:
            self._call_safely(fn)

    def _settled_value(self, want_exception, timeout):
        """Wait up to `timeout` for the outcome; returns the exception (if
        `want_exception`) or the result, raising the call's exception."""
        with self._condition:
            if self._state not in _OVER:
                self._condition.wait(timeout)
            if self._state in _WAS_CANCELLED:
                raise CancelledError()
            if self._state != FINISHED:
                raise TimeoutError()
            problem = self._exception
            if want_exception or problem is None:
                return problem if want_exception else self._result
        try:
            raise problem
        finally:
            del problem     # break the cycle traceback -> frame -> problem

    def result(self, timeout=None):
        """The call's return value, waiting up to `timeout` seconds (None:
        forever). Raises CancelledError, TimeoutError, or the call's exception."""
        try:
            return self._settled_value(False, timeout)
        finally:
            self = None

    def exception(self, timeout=None):
        """The exception the call raised (None if it returned), waiting up to
        `timeout` seconds. Raises CancelledError or TimeoutError."""
        return self._settled_value(True, timeout)

    def set_running_or_notify_cancel(self):
        """For executors, before running the call: False if the future was
        cancelled (its waiters are told now), else mark it running and return
        True. RuntimeError if called twice or after a result was set."""
        with self._condition:
            before = self._state
            if before not in (PENDING, CANCELLED):
                LOGGER.critical('Future %s in unexpected state: %s', id(self), before)
                raise RuntimeError('Future in unexpected state')
            starting = before == PENDING
            self._state = RUNNING if starting else CANCELLED_AND_NOTIFIED
            if not starting:
                for watcher in self._waiters:
                    watcher.arrive(self)
            return starting

    def _finish(self, value, exception):
        with self._condition:
            if self._state in _OVER:
                raise InvalidStateError('{}: {!r}'.format(self._state, self))
            if exception is None:
                self._result = value
            else:
                self._exception = exception
            self._state = FINISHED
            for watcher in self._waiters:
                watcher.arrive(self, failed=exception is not None)
            self._condition.notify_all()
        self._run_callbacks()

    def set_result(self, result):
        """For executors and tests: complete the future with `result`."""
        self._finish(result, None)

    def set_exception(self, exception):
        """For executors and tests: complete the future with `exception`."""
        self._finish(None, exception)

    __class_getitem__ = classmethod(types.GenericAlias)


# ---------------------------------------------------------------------------
# Executor

class Executor(object):
    """What every executor offers: submit(), map(), shutdown() and use as a
    context manager (which shuts it down, waiting, on exit)."""

    def submit(self, fn, /, *args, **kwargs):
        """Schedule fn(*args, **kwargs) and return a Future for its outcome."""
        raise NotImplementedError()     # each executor supplies it

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """Like map(fn, *iterables), with the calls made concurrently; the
        results come back in order. `timeout` bounds the whole iteration
        (TimeoutError); `chunksize` matters only to process pools."""
        deadline = None if timeout is None else time.monotonic() + timeout
        pending = [self.submit(fn, *args) for args in zip(*iterables)]
        pending.reverse()   # pop() from the end hands them out in order

        def results():
            try:
                while pending:
                    if deadline is None:
                        yield _outcome_or_cancel(pending.pop())
                    else:
                        yield _outcome_or_cancel(pending.pop(), deadline - time.monotonic())
            finally:
                for fut in pending:
                    fut.cancel()
        return results()

    def shutdown(self, wait=True, *, cancel_futures=False):
        """Release the executor's resources (safe to repeat). With `wait`,
        return only when running calls are over; with `cancel_futures`,
        cancel the calls not started yet."""

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(True)
        return False    # exceptions from the block propagate
