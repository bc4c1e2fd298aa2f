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
    LockType as Lock,
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

# get_native_id is always there; the excepthook in force at start-up is kept
# as __excepthook__.
_HAVE_THREAD_NATIVE_ID, __excepthook__ = True, excepthook


def _deprecated(message, then):
    """Warn the caller of an old camelCase name (DeprecationWarning), then do
    what the new name does: return then()."""
    if warnings is not None:
        warnings.warn(message, DeprecationWarning, stacklevel=3)
    return then()


# The trace and profile functions that the threads this module starts install
# (with sys.settrace and sys.setprofile) before their run() method runs.
_hooks = {'trace': None, 'profile': None}


def _hook_everywhere(kind, func):
    # Also give func to every Python thread running now, when sys can.
    _hooks[kind] = func
    spread = getattr(_sys, '_set%sallthreads' % kind, None)
    if spread is not None:
        spread(func)


def settrace(func):
    """Make func the trace function (sys.settrace) of every thread that this
    module starts from now on, installed before its run() method runs."""
    _hooks['trace'] = func


def settrace_all_threads(func):
    """Set a trace function for the threads started from the threading module
    and for every Python thread running now."""
    _hook_everywhere('trace', func)


def gettrace():
    """Return the trace function set by threading.settrace()."""
    return _hooks['trace']


def setprofile(func):
    """Make func the profile function (sys.setprofile) of every thread that
    this module starts from now on, installed before its run() method runs."""
    _hooks['profile'] = func


def setprofile_all_threads(func):
    """Set a profile function for the threads started from the threading module
    and for every Python thread running now."""
    _hook_everywhere('profile', func)


def getprofile():
    """Return the profile function set by threading.setprofile()."""
    return _hooks['profile']


# Locks.

_LockType = Lock                # the type of the plain locks, as _thread names it


def RLock(*args, **kwargs):
    """Make a reentrant lock.

    The thread that acquired a reentrant lock may acquire it again without
    blocking, and must release it as many times as it acquired it; no other
    thread may release it.
    """
    if (args or kwargs) and warnings is not None:
        warnings.warn('Passing arguments to RLock is deprecated and will be removed in 3.15',
                      category=DeprecationWarning, stacklevel=2)
    return _CRLock(*args, **kwargs)


_UNHELD = "cannot release un-acquired lock"


def _release_on_exit(self, t, v, tb):
    # __exit__ of the reentrant lock and the semaphores: one release.
    self.release()


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
        return (f"<{state} {kind.__module__}.{kind.__qualname__} object"
                f" owner={holder!r} count={self._levels:d} at {hex(id(self))}>")

    def _at_fork_reinit(self):
        self._inner._at_fork_reinit()
        self._holder = None
        self._levels = 0

    def acquire(self, blocking=True, timeout=-1):
        """Acquire the lock: again at once if this thread holds it, else as
        Lock.acquire does (waiting at most timeout seconds if not -1); return
        whether it was acquired."""
        caller = get_ident()
        if self._holder == caller:
            self._levels += 1
            return 1
        got = self._inner.acquire(blocking, timeout)
        if got:
            self._holder, self._levels = caller, 1
        return got

    __enter__ = acquire

    def release(self):
        """Release the lock once; the last release unlocks it for other threads.
        Only the holding thread may release it (RuntimeError otherwise)."""
        if self._holder != get_ident():
            raise RuntimeError(_UNHELD)
        self._levels -= 1
        if self._levels == 0:
            self._holder = None
            self._inner.release()

    __exit__ = _release_on_exit

    # Condition.wait() lends the lock out whole, however deep this thread
    # holds it: _release_save() lets go of every level and returns what
    # _acquire_restore(saved) needs to take them all back afterwards.

    def _acquire_restore(self, saved):
        self._inner.acquire()
        self._levels, self._holder = saved

    def _release_save(self):
        if self._levels == 0:
            raise RuntimeError(_UNHELD)
        state = (self._levels, self._holder)
        self._levels = 0
        self._holder = None
        self._inner.release()
        return state

    def _is_owned(self):
        # Whether the calling thread holds the lock (at any depth).
        return self._holder == get_ident()

    def _recursion_count(self):
        # How deep the calling thread holds the lock: 0 when it does not.
        return self._levels if self._holder == get_ident() else 0


_PyRLock = _RLock


def _need_owner(cond, verb):
    # Waiting and notifying are for the thread that holds the lock.
    if cond._is_owned():
        return
    raise RuntimeError(f"cannot {verb} on un-acquired lock")


def _unlock(gate):
    # Open a sleeper's gate unless it is open already; say whether it was
    # opened.  Only notify() opens gates, under the condition's lock, and a
    # waiter only ever closes its own, so looking first is safe.
    if not gate.locked():
        return False
    gate.release()
    return True


class Condition:
    """A condition variable: threads wait() on it until another thread, holding
    the same lock, calls notify() or notify_all().

    lock, if given and not None, is the Lock or RLock underneath; otherwise a
    new RLock is made.
    """

    def __init__(self, lock=None):
        lock = RLock() if lock is None else lock
        self._underlying = lock
        self.acquire, self.release = lock.acquire, lock.release
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

    def __exit__(self, *exc_info):
        return self._underlying.__exit__(*exc_info)

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
        _need_owner(self, "wait")
        # The waiter queues a gate of its own, closed, lets go of the lock and
        # tries to pass the gate: notify() opens it.  On a timeout the gate
        # stays closed and the waiter takes it off the queue itself.
        gate = _allocate_lock()
        gate.acquire()
        self._sleepers.append(gate)
        state = self._release_save()
        notified = False
        try:
            # No timeout: sleep until notified.  A timeout that is not
            # positive (NaN included) only looks.
            if timeout is not None and not timeout > 0:
                notified = gate.acquire(False)
            else:
                notified = gate.acquire(True, -1 if timeout is None else timeout)
            return notified
        finally:
            self._acquire_restore(state)
            if not notified and gate in self._sleepers:
                self._sleepers.remove(gate)

    def wait_for(self, predicate, timeout=None):
        """Wait until predicate() is true, or until timeout seconds pass; return
        the predicate's last value."""
        # The deadline is fixed before the first wait; each later wait gets
        # only what is left of it.
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
        _need_owner(self, "notify")
        queue = self._sleepers
        while queue and n > 0:
            gate = queue[0]
            if _unlock(gate):
                n -= 1
            # Woken or given up, the gate leaves the queue (its waiter may
            # already have taken it off).
            if queue and queue[0] is gate:
                del queue[0]
            elif gate in queue:
                queue.remove(gate)

    def notify_all(self):
        """Wake every thread waiting on the condition."""
        self.notify(len(self._sleepers))

    def notifyAll(self):
        """Wake every thread waiting on the condition (deprecated: notify_all)."""
        _deprecated('notifyAll() is deprecated, use notify_all() instead',
                    self.notify_all)


class Semaphore:
    """A counter that acquire() decrements, blocking while it is zero, and that
    release() increments."""

    # The most the counter may reach: no limit here (see BoundedSemaphore).
    _ceiling = None

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._mon, self._permits = Condition(Lock()), value

    def __repr__(self):
        kind = type(self)
        return f"<{kind.__module__}.{kind.__qualname__} at {id(self):#x}: value={self._permits}>"

    def acquire(self, blocking=True, timeout=None):
        """Decrement the counter, waiting while it is zero (at most timeout
        seconds if given; not at all if blocking is false). Return whether it
        was decremented."""
        if timeout is not None and not blocking:
            raise ValueError("can't specify timeout for non-blocking acquire")
        # A blocking call waits (at most timeout seconds) for the counter to
        # leave zero; a non-blocking one only looks.
        mon = self._mon
        with mon:
            if blocking:
                got = mon.wait_for(lambda: self._permits != 0, timeout)
            else:
                got = self._permits != 0
            if got:
                self._permits = self._permits - 1
            return got

    __enter__ = acquire

    def release(self, n=1):
        """Increment the counter by n, waking as many waiting threads."""
        _add_permits(self, n)

    __exit__ = _release_on_exit


def _add_permits(sem, n):
    # Semaphore.release and BoundedSemaphore.release: a bounded semaphore
    # refuses to go over its ceiling.
    if n < 1:
        raise ValueError('n must be one or more')
    mon = sem._mon
    with mon:
        raised = sem._permits + n
        if sem._ceiling is not None and raised > sem._ceiling:
            raise ValueError("Semaphore released too many times")
        sem._permits = raised
        mon.notify(n)


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
        _add_permits(self, n)


class Event:
    """A flag that threads can wait for: set() raises it and wakes them all,
    clear() lowers it."""

    def __init__(self):
        # The flag is only read or changed with the condition's lock held;
        # set() wakes every waiter through it.
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
        return _deprecated('isSet() is deprecated, use is_set() instead',
                           self.is_set)

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
        if 1 > parties:
            raise ValueError("parties must be > 0")
        self._mon = Condition(Lock())
        self._on_trip = action
        self._default_timeout = timeout
        self._size = parties
        self._phase = _FILLING
        self._arrived = 0

    def __repr__(self):
        kind = type(self)
        state = ("broken" if self._phase == _BROKEN
                 else f"waiters={self.n_waiting}/{self.parties}")
        return f"<{kind.__module__}.{kind.__qualname__} at {id(self):#x}: {state}>"

    def wait(self, timeout=None):
        """Wait for the other parties; return this thread's arrival index (0 to
        parties-1). BrokenBarrierError if the barrier breaks meanwhile or the
        timeout passes."""
        timeout = self._default_timeout if timeout is None else timeout
        # Each party gets the next arrival index; the one that completes the
        # count runs the action and releases the others, who otherwise wait
        # for that (or for the barrier to break).
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
        self._fail_if_broken()
        assert self._phase == _FILLING

    def _trip(self):
        # The last party has come: run the action, then let everyone go.
        try:
            if self._on_trip:
                self._on_trip()
            self._phase = _DRAINING
            self._mon.notify_all()
        except:
            self._shatter()
            raise

    def _await_trip(self, timeout):
        if not self._mon.wait_for(lambda: self._phase != _FILLING, timeout):
            self._shatter()         # a timeout breaks it for every party
        self._fail_if_broken()
        assert self._phase == _DRAINING

    def _fail_if_broken(self):
        # Broken (or reset under the waiting threads): they all give up.
        if self._phase < 0:
            raise BrokenBarrierError

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
            self._shatter()

    def _shatter(self):
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
_dangling = _all_made     # the name test.support's threading_helper reads

# Functions _shutdown calls before it waits for the threads (_register_atexit).
_exiting = False
_before_join_calls = []


_NO_NAME = object()


def _default_name(target):
    # "Thread-N", and the target's __name__ in parentheses when it has one.
    label = _fresh_name("Thread-%d")
    called = getattr(target, '__name__', _NO_NAME)
    return label if called is _NO_NAME else f"{label} ({called})"


def _must_be_constructed(thread):
    # join() and the daemon setter refuse a Thread whose __init__ never ran.
    if not thread._constructed:
        raise RuntimeError("Thread.__init__() not called")


def _daemons_allowed(message):
    # An interpreter may forbid daemon threads: RuntimeError(message) then.
    if _daemon_threads_allowed():
        return
    raise RuntimeError(message)


class Thread:
    """A thread of control.

    Give the callable to run as target, or override run() in a subclass (and
    only __init__ and run).
    """

    _constructed = False

    def __init__(self, group=None, target=None, name=None, args=(),
                 kwargs=None, *, daemon=None):
        """target is what run() calls, with args and kwargs; name defaults to
        "Thread-N", with the target's name after it; daemon defaults to the
        creating thread's. group must be None (reserved). A subclass that
        overrides __init__ calls this first."""
        assert group is None, "group argument must be None for now"
        name = str(name) if name else _default_name(target)
        self._func = target
        self._label = name
        self._fargs = args
        self._fkwargs = {} if kwargs is None else kwargs
        if daemon is None:
            daemon = current_thread().daemon    # inherited from the creator
        elif daemon:
            _daemons_allowed('daemon threads are disabled in this (sub)interpreter')
        self._daemon_flag = daemon
        self._tid = None
        self._os_tid = None
        self._join_handle = _ThreadHandle()
        self._launched = Event()
        self._constructed = True
        # The excepthook caller keeps sys.stderr, for when it is gone.
        self._report_failure = _excepthook_caller(_sys.stderr)
        if _all_made is not None:
            _all_made.add(self)

    def _after_fork(self, new_ident=None):
        # In a forked child: new_ident is given to the thread that forked,
        # which becomes the child's main thread (a dummy one is turned into a
        # _MainThread).
        self._launched._at_fork_reinit()
        if new_ident is None:
            return
        self._tid = new_ident
        if isinstance(self, _DummyThread):
            self.__class__ = _MainThread
            self._label, self._daemon_flag = 'MainThread', False

    def __repr__(self):
        assert self._constructed, "Thread.__init__() was not called"
        if self._join_handle.is_done():
            words = ["stopped"]
        else:
            words = ["started" if self._launched.is_set() else "initial"]
        if self._daemon_flag:
            words.append("daemon")
        if self._tid is not None:
            words.append(str(self._tid))
        return "<%s(%s, %s)>" % (type(self).__name__, self._label, " ".join(words))

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
                                   daemon=self._daemon_flag)
        except Exception:       # no thread after all: it never started
            with _registry_lock:
                _starting.pop(self)
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

    # What runs in the new thread: _thread_main wraps _thread_body, which
    # makes the thread known (ident, native id, the registry), lets start()
    # return, installs the trace and profile hooks, runs run() and hands an
    # escaping exception to the excepthook; whatever happens, the thread
    # leaves the registry at the end.

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
            for kind, func in _hooks.items():
                install = getattr(_sys, 'set' + kind, None)
                if func and install is not None:
                    install(func)
            try:
                self.run()
            except:
                self._report_failure(self)
        finally:
            self._unregister()

    def _unregister(self):
        # Drop the ending thread from the registry (join() waits on the
        # native handle, not on this).
        with _registry_lock:
            _active.pop(get_ident())

    def join(self, timeout=None):
        """Wait until the thread ends, or for at most timeout seconds (a float)
        if given; is_alive() afterwards tells which. A thread cannot join itself
        or a thread not started."""
        _must_be_constructed(self)
        if not self._launched.is_set():
            raise RuntimeError("cannot join thread before it is started")
        if current_thread() is self:
            raise RuntimeError("cannot join current thread")
        # A negative timeout counts as zero: just look.
        self._join_handle.join(None if timeout is None else max(timeout, 0))

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
        _must_be_constructed(self)
        if daemonic:
            _daemons_allowed('daemon threads are disabled in this interpreter')
        if self._launched.is_set():
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemon_flag = daemonic

    def isDaemon(self):
        """Return the daemon attribute (deprecated)."""
        return _deprecated('isDaemon() is deprecated, get the daemon attribute instead',
                           lambda: self.daemon)

    def setDaemon(self, daemonic):
        """Set the daemon attribute (deprecated)."""
        _deprecated('setDaemon() is deprecated, set the daemon attribute instead',
                    lambda: setattr(self, 'daemon', daemonic))

    def getName(self):
        """Return the name attribute (deprecated)."""
        return _deprecated('getName() is deprecated, get the name attribute instead',
                           lambda: self.name)

    def setName(self, name):
        """Set the name attribute (deprecated)."""
        _deprecated('setName() is deprecated, set the name attribute instead',
                    lambda: setattr(self, 'name', name))


def _excepthook_caller(stderr):
    # The hooks, sys, print and the creating thread's stderr are captured
    # now: when a daemon thread fails while the interpreter is ending, the
    # module globals may be gone.  The function made here hands the failure
    # of a thread to threading.excepthook; if that hook itself fails, the
    # failure of the hook is reported through sys.excepthook instead, on
    # whatever standard error stream is still there.
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
        try:
            hook = fallback_hook if excepthook is None else excepthook
            args = ExceptHookArgs([*exc_info(), thread])
            hook(args)
        except Exception as failure:
            failure.__suppress_context__ = True
            del failure
            if sys_module is not None and sys_module.stderr is not None:
                stream = sys_module.stderr
            else:
                stream = stderr
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
        self.interval, self.function, self.finished = interval, function, Event()
        self.args = [] if args is None else args
        self.kwargs = {} if kwargs is None else kwargs

    def cancel(self):
        """Stop the timer if its function has not run yet."""
        self.finished.set()

    def run(self):
        # The event doubles as the cancel flag: cancel() sets it, which also
        # cuts the wait short; the function runs only if nobody did.
        done = self.finished
        done.wait(self.interval)
        if not done.is_set():
            call = self.function
            call(*self.args, **self.kwargs)
        done.set()


class _MainThread(Thread):
    # The thread the interpreter started in.  It is running before this
    # module is imported, so it is marked started at once, and its handle is
    # the one _thread made for the main thread; _shutdown() marks it done.

    def __init__(self):
        Thread.__init__(self, daemon=False, name="MainThread")
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
        Thread.__init__(self, daemon=_daemon_threads_allowed(),
                        name=_fresh_name("Dummy-%d"))
        # Already running, with a handle that stands for the native thread.
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


def current_thread():
    """Return the Thread object of the calling thread (a dummy one for a thread
    this module did not start)."""
    # A thread started through _thread rather than Thread is met here first:
    # it gets a _DummyThread, which registers itself for the later calls.
    known = _active.get(get_ident())
    return _DummyThread() if known is None else known


def currentThread():
    """Return the Thread object of the calling thread (deprecated:
    current_thread)."""
    return _deprecated('currentThread() is deprecated, use current_thread() instead',
                       current_thread)


def active_count():
    """Return how many Thread objects are alive: len(enumerate())."""
    with _registry_lock:
        return len(_active) + len(_starting)


def activeCount():
    """Return how many Thread objects are alive (deprecated: active_count)."""
    return _deprecated('activeCount() is deprecated, use active_count() instead',
                       active_count)


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


def _register_atexit(func, *args, **kwargs):
    """Register func(*args, **kwargs) to run in _shutdown(), before the
    non-daemon threads are joined; the latest registered runs first."""
    if _exiting:
        raise RuntimeError("can't register atexit after shutdown")
    _before_join_calls.append(lambda: func(*args, **kwargs))


def _shutdown():
    """Wait for the non-daemon threads to end: the interpreter calls this when
    the program is over, before the atexit callbacks."""
    # First the functions registered with _register_atexit (latest first),
    # then the main thread counts as ended, and _thread waits for the
    # handles of the non-daemon threads still running.
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
    # The registry lock may be held by a thread that does not exist in the
    # child: start over with a fresh one.
    _registry_lock = RLock()
    survivor = _active.get(get_ident())
    if survivor is None:
        survivor = _MainThread()
    _main_thread = survivor
    with _registry_lock:
        # Every Thread object this process knew (the live ones and, with weak
        # references, all ever made) hears of the fork; only the survivor
        # keeps an identity, and the registry is rebuilt around it.
        everyone = set(_live_threads())
        if _all_made is not None:
            everyone.update(_all_made)
        forker = get_ident()
        for thread in everyone:
            thread._after_fork(forker if thread is survivor else None)
        for table in (_starting, _active):
            table.clear()
        _active[forker] = survivor


_main_thread = _MainThread()

_at_fork = getattr(_os, "register_at_fork", None)
if _at_fork is not None:
    _at_fork(after_in_child=_after_fork)
del _at_fork
