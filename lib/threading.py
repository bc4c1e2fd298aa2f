"""Threads of control and the objects that synchronise them (after the model
of Java's threads)."""

# Kaa's threading: the Thread class and the synchronisation objects, written
# over the primitives of the native _thread module (locks, thread handles,
# thread-local storage).  Every Python thread runs on a goroutine of its own
# under the interpreter lock; the names and behaviour follow CPython 3.13.

import os as _os
import sys as _sys

from time import monotonic as _time
from _thread import (
    RLock as _CRLock,
    TIMEOUT_MAX,
    LockType as _LockType,
    allocate_lock as _allocate_lock,
    daemon_threads_allowed as _daemon_threads_allowed,
    error as ThreadError,
    get_ident,
    get_native_id,
    stack_size,
    start_joinable_thread as _start_joinable_thread,
    _ExceptHookArgs as ExceptHookArgs,
    _ThreadHandle,
    _excepthook as excepthook,
    _get_main_thread_ident,
    _is_main_interpreter,
    _local as local,
    _make_thread_handle,
    _shutdown as _thread_shutdown,
)

try:
    import warnings
except ImportError:             # a build without the warnings module
    warnings = None
try:
    from _weakrefset import WeakSet
except ImportError:             # a build without weak references
    WeakSet = None

__all__ = """get_ident active_count Condition current_thread enumerate
main_thread TIMEOUT_MAX Event Lock RLock Semaphore BoundedSemaphore Thread
Barrier BrokenBarrierError Timer ThreadError setprofile settrace local
stack_size excepthook ExceptHookArgs gettrace getprofile
setprofile_all_threads settrace_all_threads get_native_id""".split()

_HAVE_THREAD_NATIVE_ID = True
__excepthook__ = excepthook


def _deprecated(message):
    """Issue a DeprecationWarning for the caller of an old camelCase name."""
    if warnings is not None:
        warnings.warn(message, DeprecationWarning, stacklevel=3)


# Trace and profile functions given to the threads this module starts.

_trace_hook = None
_profile_hook = None


def settrace(func):
    """Make func the trace function (sys.settrace) of every thread that this
    module starts from now on, installed before its run() method runs."""
    global _trace_hook
    _trace_hook = func


def settrace_all_threads(func):
    """Set a trace function for the threads started from the threading module
    and for every Python thread running now."""
    settrace(func)
    everywhere = getattr(_sys, '_settraceallthreads', None)
    if everywhere is not None:
        everywhere(func)


def gettrace():
    """Return the trace function set by threading.settrace()."""
    return _trace_hook


def setprofile(func):
    """Make func the profile function (sys.setprofile) of every thread that
    this module starts from now on, installed before its run() method runs."""
    global _profile_hook
    _profile_hook = func


def setprofile_all_threads(func):
    """Set a profile function for the threads started from the threading module
    and for every Python thread running now."""
    setprofile(func)
    everywhere = getattr(_sys, '_setprofileallthreads', None)
    if everywhere is not None:
        everywhere(func)


def getprofile():
    """Return the profile function set by threading.setprofile()."""
    return _profile_hook


# Locks.

Lock = _LockType


def RLock(*args, **kwargs):
    """Make a reentrant lock.

    The thread that acquired a reentrant lock may acquire it again without
    blocking, and must release it as many times as it acquired it; no other
    thread may release it.
    """
    if args or kwargs:
        if warnings is not None:
            warnings.warn('Passing arguments to RLock is deprecated and will be removed in 3.15',
                          DeprecationWarning, stacklevel=2)
    return _CRLock(*args, **kwargs)


class _RLock:
    """A reentrant lock written in Python over a plain lock (the native RLock
    is what RLock() returns; this one is kept for programs that name it)."""

    def __init__(self):
        self._inner = _allocate_lock()
        self._holder = None
        self._levels = 0

    def __repr__(self):
        holder = self._holder
        if holder in _active:
            holder = _active[holder].name
        state = "locked" if self._inner.locked() else "unlocked"
        kind = type(self)
        return "<%s %s.%s object owner=%r count=%d at %s>" % (
            state, kind.__module__, kind.__qualname__, holder, self._levels, hex(id(self)))

    def _at_fork_reinit(self):
        self._inner._at_fork_reinit()
        self._holder = None
        self._levels = 0

    def acquire(self, blocking=True, timeout=-1):
        """Acquire the lock: again at once if this thread holds it, else as
        Lock.acquire does (waiting at most timeout seconds if not -1); return
        whether it was acquired."""
        me = get_ident()
        if self._holder == me:
            self._levels += 1
            return 1
        got = self._inner.acquire(blocking, timeout)
        if got:
            self._holder = me
            self._levels = 1
        return got

    __enter__ = acquire

    def release(self):
        """Release the lock once; the last release unlocks it for other threads.
        Only the holding thread may release it (RuntimeError otherwise)."""
        if self._holder != get_ident():
            raise RuntimeError("cannot release un-acquired lock")
        self._levels -= 1
        if self._levels == 0:
            self._holder = None
            self._inner.release()

    def __exit__(self, t, v, tb):
        self.release()

    def _acquire_restore(self, state):
        self._inner.acquire()
        self._levels, self._holder = state

    def _release_save(self):
        if self._levels == 0:
            raise RuntimeError("cannot release un-acquired lock")
        state = (self._levels, self._holder)
        self._levels = 0
        self._holder = None
        self._inner.release()
        return state

    def _is_owned(self):
        return self._holder == get_ident()

    def _recursion_count(self):
        return self._levels if self._holder == get_ident() else 0


_PyRLock = _RLock


class Condition:
    """A condition variable: threads wait() on it until another thread, holding
    the same lock, calls notify() or notify_all().

    lock, if given and not None, is the Lock or RLock underneath; otherwise a
    new RLock is made.
    """

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._underlying = lock
        self.acquire = lock.acquire
        self.release = lock.release
        # A lock that can save and restore its whole state (an RLock) lends
        # those methods; a plain lock uses the simple versions below.
        for name in ('_release_save', '_acquire_restore', '_is_owned'):
            method = getattr(lock, name, None)
            if method is not None:
                setattr(self, name, method)
        # Each waiting thread blocks on a lock of its own, held while it waits.
        self._sleepers = []

    def _at_fork_reinit(self):
        self._underlying._at_fork_reinit()
        self._sleepers.clear()

    def __enter__(self):
        return self._underlying.__enter__()

    def __exit__(self, *args):
        return self._underlying.__exit__(*args)

    def __repr__(self):
        return "<Condition(%s, %d)>" % (self._underlying, len(self._sleepers))

    def _release_save(self):
        self._underlying.release()

    def _acquire_restore(self, state):
        self._underlying.acquire()

    def _is_owned(self):
        # A plain lock knows no owner: taken by anyone counts.
        if self._underlying.acquire(False):
            self._underlying.release()
            return False
        return True

    def wait(self, timeout=None):
        """Release the lock, block until notified or until timeout seconds
        pass, and take the lock again. Return False if the timeout passed,
        else True. The calling thread must hold the lock."""
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        gate = _allocate_lock()
        gate.acquire()
        self._sleepers.append(gate)
        state = self._release_save()
        notified = False
        try:
            if timeout is None:
                gate.acquire()
                notified = True
            elif timeout > 0:
                notified = gate.acquire(True, timeout)
            else:
                notified = gate.acquire(False)
            return notified
        finally:
            self._acquire_restore(state)
            if not notified and gate in self._sleepers:
                self._sleepers.remove(gate)

    def wait_for(self, predicate, timeout=None):
        """Wait until predicate() is true, or until timeout seconds pass; return
        the predicate's last value."""
        deadline = None
        left = timeout
        outcome = predicate()
        while not outcome:
            if left is not None:
                if deadline is None:
                    deadline = _time() + left
                else:
                    left = deadline - _time()
                    if left <= 0:
                        break
            self.wait(left)
            outcome = predicate()
        return outcome

    def notify(self, n=1):
        """Wake up to n of the threads waiting on the condition. The calling
        thread must hold the lock."""
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        queue = self._sleepers
        while queue and n > 0:
            gate = queue[0]
            try:
                gate.release()
            except RuntimeError:
                pass            # already woken by its own timeout
            else:
                n -= 1
            if queue and queue[0] is gate:
                del queue[0]
            elif gate in queue:
                queue.remove(gate)

    def notify_all(self):
        """Wake every thread waiting on the condition."""
        self.notify(len(self._sleepers))

    def notifyAll(self):
        """Wake every thread waiting on the condition (deprecated: notify_all)."""
        _deprecated('notifyAll() is deprecated, use notify_all() instead')
        self.notify_all()


class Semaphore:
    """A counter that acquire() decrements, blocking while it is zero, and that
    release() increments."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._mon = Condition(Lock())
        self._permits = value

    def __repr__(self):
        kind = type(self)
        return f"<{kind.__module__}.{kind.__qualname__} at {id(self):#x}: value={self._permits}>"

    def acquire(self, blocking=True, timeout=None):
        """Decrement the counter, waiting while it is zero (at most timeout
        seconds if given; not at all if blocking is false). Return whether it
        was decremented."""
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        deadline = None
        with self._mon:
            while self._permits == 0:
                if not blocking:
                    return False
                if timeout is not None:
                    if deadline is None:
                        deadline = _time() + timeout
                    else:
                        timeout = deadline - _time()
                        if timeout <= 0:
                            return False
                self._mon.wait(timeout)
            self._permits -= 1
            return True

    __enter__ = acquire

    def release(self, n=1):
        """Increment the counter by n, waking as many waiting threads."""
        if n < 1:
            raise ValueError('n must be one or more')
        with self._mon:
            self._permits += n
            self._mon.notify(n)

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    """A semaphore whose counter may never exceed its initial value: a release
    beyond it raises ValueError."""

    def __init__(self, value=1):
        super().__init__(value)
        self._ceiling = value

    def __repr__(self):
        kind = type(self)
        return (f"<{kind.__module__}.{kind.__qualname__} at {id(self):#x}:"
                f" value={self._permits}/{self._ceiling}>")

    def release(self, n=1):
        """Increment the counter by n, waking as many waiting threads; going
        above the initial value is a ValueError."""
        if n < 1:
            raise ValueError('n must be one or more')
        with self._mon:
            if self._permits + n > self._ceiling:
                raise ValueError("Semaphore released too many times")
            self._permits += n
            self._mon.notify(n)


class Event:
    """A flag that threads can wait for: set() raises it and wakes them all,
    clear() lowers it."""

    def __init__(self):
        self._mon = Condition(Lock())
        self._is_raised = False

    def __repr__(self):
        kind = type(self)
        state = 'set' if self._is_raised else 'unset'
        return f"<{kind.__module__}.{kind.__qualname__} at {id(self):#x}: {state}>"

    def _at_fork_reinit(self):
        self._mon._at_fork_reinit()

    def is_set(self):
        """Return whether the flag is set."""
        return self._is_raised

    def isSet(self):
        """Return whether the flag is set (deprecated: is_set)."""
        _deprecated('isSet() is deprecated, use is_set() instead')
        return self.is_set()

    def set(self):
        """Set the flag, waking every waiting thread."""
        with self._mon:
            self._is_raised = True
            self._mon.notify_all()

    def clear(self):
        """Reset the flag: wait() blocks again until the next set()."""
        with self._mon:
            self._is_raised = False

    def wait(self, timeout=None):
        """Block until the flag is set or timeout seconds pass; return the flag."""
        with self._mon:
            flag = self._is_raised
            if not flag:
                flag = self._mon.wait(timeout)
            return flag


# A Barrier is in one of four states: threads arriving (filling), threads
# leaving after the last one came (draining), being reset while threads still
# wait (resetting), or broken.
_FILLING, _DRAINING, _RESETTING, _BROKEN = 0, 1, -1, -2


class Barrier:
    """A rendezvous of a fixed number of threads: each calls wait(), and all go
    on once the last one has come. It can be used again afterwards."""

    def __init__(self, parties, action=None, timeout=None):
        """parties threads meet; action, if given, is called by one of them
        when they all have come; timeout is wait()'s default."""
        if parties < 1:
            raise ValueError("parties must be > 0")
        self._mon = Condition(Lock())
        self._on_trip = action
        self._default_timeout = timeout
        self._size = parties
        self._phase = _FILLING
        self._arrived = 0

    def __repr__(self):
        kind = type(self)
        if self.broken:
            return f"<{kind.__module__}.{kind.__qualname__} at {id(self):#x}: broken>"
        return (f"<{kind.__module__}.{kind.__qualname__} at {id(self):#x}:"
                f" waiters={self.n_waiting}/{self.parties}>")

    def wait(self, timeout=None):
        """Wait for the other parties; return this thread's arrival index (0 to
        parties-1). BrokenBarrierError if the barrier breaks meanwhile or the
        timeout passes."""
        if timeout is None:
            timeout = self._default_timeout
        with self._mon:
            self._await_filling()
            index = self._arrived
            self._arrived += 1
            try:
                if index + 1 == self._size:
                    self._trip()
                else:
                    self._await_trip(timeout)
                return index
            finally:
                self._arrived -= 1
                self._leave()

    def _await_filling(self):
        # Wait while an earlier round drains or a reset is under way.
        while self._phase in (_DRAINING, _RESETTING):
            self._mon.wait()
        if self._phase < 0:
            raise BrokenBarrierError
        assert self._phase == _FILLING

    def _trip(self):
        # The last party has come: run the action, then let everyone go.
        try:
            if self._on_trip:
                self._on_trip()
            self._phase = _DRAINING
            self._mon.notify_all()
        except:
            self._break()
            raise

    def _await_trip(self, timeout):
        if not self._mon.wait_for(lambda: self._phase != _FILLING, timeout):
            self._break()
            raise BrokenBarrierError
        if self._phase < 0:
            raise BrokenBarrierError
        assert self._phase == _DRAINING

    def _leave(self):
        # The last thread out opens the barrier for the next round.
        if self._arrived == 0 and self._phase in (_RESETTING, _DRAINING):
            self._phase = _FILLING
            self._mon.notify_all()

    def reset(self):
        """Return the barrier to its initial state; threads waiting in it get
        BrokenBarrierError."""
        with self._mon:
            if self._arrived > 0:
                if self._phase in (_FILLING, _BROKEN):
                    self._phase = _RESETTING
            else:
                self._phase = _FILLING
            self._mon.notify_all()

    def abort(self):
        """Break the barrier: waiting and future wait() calls raise
        BrokenBarrierError until reset()."""
        with self._mon:
            self._break()

    def _break(self):
        self._phase = _BROKEN
        self._mon.notify_all()

    @property
    def parties(self):
        """The number of threads the barrier waits for."""
        return self._size

    @property
    def n_waiting(self):
        """The number of threads waiting in the barrier now."""
        return self._arrived if self._phase == _FILLING else 0

    @property
    def broken(self):
        """Whether the barrier is broken."""
        return self._phase == _BROKEN


class BrokenBarrierError(RuntimeError):
    pass


# The registry of threads: _active maps the ident of each running thread to its
# Thread; _starting holds the threads between start() and their first step.

def _numbering():
    state = [0]

    def following():
        state[0] += 1
        return state[0]
    return following


_next_number = _numbering()


def _fresh_name(template):
    return template % _next_number()


_registry_lock = RLock()
_active = {}
_starting = {}
_all_made = WeakSet() if WeakSet is not None else None

# Functions _shutdown calls before it waits for the threads (_register_atexit).
_exiting = False
_before_join_calls = []


class Thread:
    """A thread of control.

    Give the callable to run as target, or override run() in a subclass (and
    only __init__ and run).
    """

    _constructed = False

    def __init__(self, group=None, target=None, name=None,
                 args=(), kwargs=None, *, daemon=None):
        """target is what run() calls, with args and kwargs; name defaults to
        "Thread-N", with the target's name after it; daemon defaults to the
        creating thread's. group must be None (reserved). A subclass that
        overrides __init__ calls this first."""
        assert group is None, "group argument must be None for now"
        if name:
            name = str(name)
        else:
            name = _fresh_name("Thread-%d")
            if target is not None:
                try:
                    name += f" ({target.__name__})"
                except AttributeError:
                    pass
        self._func = target
        self._label = name
        self._fargs = args
        self._fkwargs = {} if kwargs is None else kwargs
        if daemon is None:
            self._daemon_flag = current_thread().daemon
        else:
            if daemon and not _daemon_threads_allowed():
                raise RuntimeError('daemon threads are disabled in this (sub)interpreter')
            self._daemon_flag = daemon
        self._tid = None
        self._os_tid = None
        self._join_handle = _ThreadHandle()
        self._launched = Event()
        self._constructed = True
        # Kept for the excepthook, which may run when sys.stderr is gone.
        self._stderr = _sys.stderr
        self._report_failure = _excepthook_caller()
        if _all_made is not None:
            _all_made.add(self)

    def _after_fork(self, new_ident=None):
        self._launched._at_fork_reinit()
        if new_ident is not None:
            self._tid = new_ident

    def __repr__(self):
        assert self._constructed, "Thread.__init__() was not called"
        if self._join_handle.is_done():
            status = "stopped"
        elif self._launched.is_set():
            status = "started"
        else:
            status = "initial"
        if self._daemon_flag:
            status += " daemon"
        if self._tid is not None:
            status += " %s" % self._tid
        return "<%s(%s, %s)>" % (type(self).__name__, self._label, status)

    def start(self):
        """Start the thread: run() runs in a new thread of control. Call it at
        most once per Thread."""
        if not self._constructed:
            raise RuntimeError("thread.__init__() not called")
        if self._launched.is_set():
            raise RuntimeError("threads can only be started once")
        with _registry_lock:
            _starting[self] = self
        try:
            _start_joinable_thread(self._thread_main, handle=self._join_handle,
                                   daemon=self.daemon)
        except Exception:
            with _registry_lock:
                del _starting[self]
            raise
        # The new thread records its ident and native id before it sets this.
        self._launched.wait()

    def run(self):
        """What the thread does: call the target with the arguments given to the
        constructor. Subclasses may override it."""
        try:
            if self._func is not None:
                self._func(*self._fargs, **self._fkwargs)
        finally:
            # The thread object may outlive the thread: let go of what it ran.
            del self._func, self._fargs, self._fkwargs

    def _thread_main(self):
        try:
            self._thread_body()
        except:
            # A daemon thread woken while the interpreter is torn down.
            if self._daemon_flag and _sys is None:
                return
            raise

    def _record_tid(self):
        self._tid = get_ident()

    def _record_os_tid(self):
        self._os_tid = get_native_id()

    def _thread_body(self):
        try:
            self._record_tid()
            self._record_os_tid()
            self._launched.set()
            with _registry_lock:
                _active[self._tid] = self
                del _starting[self]
            if _trace_hook and hasattr(_sys, 'settrace'):
                _sys.settrace(_trace_hook)
            if _profile_hook and hasattr(_sys, 'setprofile'):
                _sys.setprofile(_profile_hook)
            try:
                self.run()
            except:
                self._report_failure(self)
        finally:
            self._unregister()

    def _unregister(self):
        with _registry_lock:
            del _active[get_ident()]

    def join(self, timeout=None):
        """Wait until the thread ends, or for at most timeout seconds (a float)
        if given; is_alive() afterwards tells which. A thread cannot join itself
        or a thread not started."""
        if not self._constructed:
            raise RuntimeError("Thread.__init__() not called")
        if not self._launched.is_set():
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        if timeout is not None:
            timeout = max(timeout, 0)
        self._join_handle.join(timeout)

    @property
    def name(self):
        """The thread's name, for identification only; threads may share one."""
        assert self._constructed, "Thread.__init__() not called"
        return self._label

    @name.setter
    def name(self, name):
        assert self._constructed, "Thread.__init__() not called"
        self._label = str(name)

    @property
    def ident(self):
        """The thread's identifier (get_ident() in the thread), None before it
        started. Identifiers may be reused once a thread ends."""
        assert self._constructed, "Thread.__init__() not called"
        return self._tid

    @property
    def native_id(self):
        """The operating system's identifier of the thread, None before it
        started."""
        assert self._constructed, "Thread.__init__() not called"
        return self._os_tid

    def is_alive(self):
        """Whether the thread is running: from just before run() starts until
        just after it ends."""
        assert self._constructed, "Thread.__init__() not called"
        return self._launched.is_set() and not self._join_handle.is_done()

    @property
    def daemon(self):
        """Whether the thread is a daemon thread: the program exits when only
        daemon threads are left. Set it before start(); it defaults to the
        creating thread's."""
        assert self._constructed, "Thread.__init__() not called"
        return self._daemon_flag

    @daemon.setter
    def daemon(self, daemonic):
        if not self._constructed:
            raise RuntimeError("Thread.__init__() not called")
        if daemonic and not _daemon_threads_allowed():
            raise RuntimeError('daemon threads are disabled in this interpreter')
        if self._launched.is_set():
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemon_flag = daemonic

    def isDaemon(self):
        """Return the daemon attribute (deprecated)."""
        _deprecated('isDaemon() is deprecated, get the daemon attribute instead')
        return self.daemon

    def setDaemon(self, daemonic):
        """Set the daemon attribute (deprecated)."""
        _deprecated('setDaemon() is deprecated, set the daemon attribute instead')
        self.daemon = daemonic

    def getName(self):
        """Return the name attribute (deprecated)."""
        _deprecated('getName() is deprecated, get the name attribute instead')
        return self.name

    def setName(self, name):
        """Set the name attribute (deprecated)."""
        _deprecated('setName() is deprecated, set the name attribute instead')
        self.name = name


def _excepthook_caller():
    # The hooks, sys and print are captured now: when a daemon thread fails
    # while the interpreter is ending, the module globals may be gone.
    fallback_hook = excepthook
    fallback_sys_hook = _sys.excepthook
    if fallback_hook is None:
        raise RuntimeError("threading.excepthook is None")
    if fallback_sys_hook is None:
        raise RuntimeError("sys.excepthook is None")
    exc_info = _sys.exc_info
    say = print
    sys_module = _sys

    def invoke_excepthook(thread):
        global excepthook
        try:
            hook = excepthook
            if hook is None:
                hook = fallback_hook
            args = ExceptHookArgs([*exc_info(), thread])
            hook(args)
        except Exception as failure:
            failure.__suppress_context__ = True
            del failure
            if sys_module is not None and sys_module.stderr is not None:
                stream = sys_module.stderr
            else:
                stream = thread._stderr
            say("Exception in threading.excepthook:", file=stream, flush=True)
            if sys_module is not None and sys_module.excepthook is not None:
                report = sys_module.excepthook
            else:
                report = fallback_sys_hook
            report(*exc_info())
        finally:
            args = None
    return invoke_excepthook


class Timer(Thread):
    """A thread that calls function(*args, **kwargs) after interval seconds,
    unless cancel() came first:

        alarm = Timer(2.5, ring, args=('bell',))
        alarm.start()
        alarm.cancel()     # in time: ring is never called
        t.start()
        t.cancel()
    """

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = [] if args is None else args
        self.kwargs = {} if kwargs is None else kwargs
        self.finished = Event()

    def cancel(self):
        """Stop the timer if its function has not run yet."""
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


class _MainThread(Thread):
    # The thread the interpreter started in.

    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        self._launched.set()
        self._tid = _get_main_thread_ident()
        self._join_handle = _make_thread_handle(self._tid)
        self._record_os_tid()
        with _registry_lock:
            _active[self._tid] = self


class _DummyThread(Thread):
    # A thread this module did not start (one of _thread's), as current_thread()
    # sees it: alive, daemonic, and not joinable.

    def __init__(self):
        Thread.__init__(self, name=_fresh_name("Dummy-%d"),
                        daemon=_daemon_threads_allowed())
        self._launched.set()
        self._record_tid()
        self._join_handle = _make_thread_handle(self._tid)
        self._record_os_tid()
        with _registry_lock:
            _active[self._tid] = self

    def is_alive(self):
        if not self._join_handle.is_done() and self._launched.is_set():
            return True
        raise RuntimeError("thread is not alive")

    def join(self, timeout=None):
        raise RuntimeError("cannot join a dummy thread")

    def _after_fork(self, new_ident=None):
        if new_ident is not None:
            self.__class__ = _MainThread
            self._label = 'MainThread'
            self._daemon_flag = False
        Thread._after_fork(self, new_ident=new_ident)


def current_thread():
    """Return the Thread object of the calling thread (a dummy one for a thread
    this module did not start)."""
    try:
        return _active[get_ident()]
    except KeyError:
        return _DummyThread()


def currentThread():
    """Return the Thread object of the calling thread (deprecated:
    current_thread)."""
    _deprecated('currentThread() is deprecated, use current_thread() instead')
    return current_thread()


def active_count():
    """Return how many Thread objects are alive: len(enumerate())."""
    with _registry_lock:
        return len(_active) + len(_starting)


def activeCount():
    """Return how many Thread objects are alive (deprecated: active_count)."""
    _deprecated('activeCount() is deprecated, use active_count() instead')
    return active_count()


def _live_threads():
    # enumerate() for callers that already hold _registry_lock.
    return list(_active.values()) + list(_starting.values())


def enumerate():
    """Return the Thread objects alive now: started and not ended, the main
    thread and dummy threads included."""
    with _registry_lock:
        return list(_active.values()) + list(_starting.values())


def main_thread():
    """Return the main thread's Thread object: the thread the interpreter
    started in."""
    return _main_thread


def _register_atexit(func, *arg, **kwargs):
    """Register func(*arg, **kwargs) to run in _shutdown(), before the
    non-daemon threads are joined; the latest registered runs first."""
    if _exiting:
        raise RuntimeError("can't register atexit after shutdown")
    _before_join_calls.append(lambda: func(*arg, **kwargs))


def _shutdown():
    """Wait for the non-daemon threads to end: the interpreter calls this when
    the program is over, before the atexit callbacks."""
    if _main_thread._join_handle.is_done() and _is_main_interpreter():
        return              # already done
    global _exiting
    _exiting = True
    for call in reversed(_before_join_calls):
        call()
    if _main_thread.ident == get_ident():
        _main_thread._join_handle._set_done()
    _thread_shutdown()


def _after_fork():
    """Forget the other threads in a forked child: only the calling one lives."""
    global _registry_lock, _main_thread
    _registry_lock = RLock()
    survivor = _active.get(get_ident())
    if survivor is None:
        survivor = _MainThread()
    _main_thread = survivor
    with _registry_lock:
        everyone = set(_live_threads())
        if _all_made is not None:
            everyone.update(_all_made)
        kept = {}
        for thread in everyone:
            if thread is survivor:
                me = get_ident()
                thread._after_fork(new_ident=me)
                kept[me] = thread
            else:
                thread._after_fork()
        _starting.clear()
        _active.clear()
        _active.update(kept)


_main_thread = _MainThread()

if hasattr(_os, "register_at_fork"):
    _os.register_at_fork(after_in_child=_after_fork)
