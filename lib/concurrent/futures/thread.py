"""ThreadPoolExecutor: runs submitted calls on a pool of worker threads."""

from concurrent.futures import _base
import itertools
import queue
import threading
import types
import weakref
import os

class _Exit:
    """What every pool shares about interpreter exit."""
    # Held while submitting, so that nothing is queued once exit has begun.
    lock = threading.Lock()
    # Set at exit; from then on submit() refuses and idle workers stop.
    begun = False
    # Live worker thread -> the queue it reads: at exit each queue gets a
    # None (the stop signal) and each thread is joined.
    workers = weakref.WeakKeyDictionary()

    @classmethod
    def run(cls):
        with cls.lock:
            cls.begun = True
        pairs = list(cls.workers.items())
        for _, work in pairs:
            work.put(None)
        for worker, _ in pairs:
            worker.join()


# The names the rest of the library knows these by.
_global_shutdown_lock = _Exit.lock
_threads_queues = _Exit.workers

# threading calls this before it joins the non-daemon threads at exit.
threading._register_atexit(_Exit.run)

if hasattr(os, 'register_at_fork'):
    # A forked child must not start with the lock held by another thread.
    os.register_at_fork(before=_Exit.lock.acquire, after_in_parent=_Exit.lock.release,
                        after_in_child=_Exit.lock._at_fork_reinit)


class _WorkItem:
    """A submitted call and the future that reports on it."""

    def __init__(self, future, fn, args, kwargs):
        self.future, self.fn = future, fn
        self.args, self.kwargs = args, kwargs

    def run(self):
        fut = self.future
        if not fut.set_running_or_notify_cancel():
            return      # cancelled before it started
        try:
            value = self.fn(*self.args, **self.kwargs)
        except BaseException as failure:
            fut.set_exception(failure)
            # the traceback must keep neither this item nor the future alive
            self = fut = None
        else:
            fut.set_result(value)

    __class_getitem__ = classmethod(types.GenericAlias)


def _next_item(pool_ref, work):
    """The next queued item; before blocking for one, report this thread as
    idle so that submit() reuses it rather than starting another."""
    try:
        return work.get_nowait()
    except queue.Empty:
        pool = pool_ref()
        if pool is not None:
            pool._idle.release()
        del pool
        return work.get()


def _initialized(pool_ref, initializer, initargs):
    """Run the pool's initializer (if any); on failure, break the pool."""
    try:
        if initializer is not None:
            initializer(*initargs)
        return True
    except BaseException:
        _base.LOGGER.critical('Exception in initializer:', exc_info=True)
    pool = pool_ref()
    if pool is not None:
        pool._initializer_failed()
    return False


def _worker(pool_ref, work, initializer, initargs):
    """Body of a pool thread: the initializer, then queued items until a
    None arrives while the pool or the interpreter is shutting down."""
    if not _initialized(pool_ref, initializer, initargs):
        return
    try:
        while True:
            item = _next_item(pool_ref, work)
            if item is not None:
                item.run()
                del item    # drop the call and its result right away
                continue
            pool = pool_ref()
            stopping = _Exit.begun or pool is None or pool._shutdown
            if stopping:
                if pool is not None:
                    pool._shutdown = True
                work.put(None)    # pass the signal on to the next worker
                return
            del pool
    except BaseException:
        _base.LOGGER.critical('Exception in worker', exc_info=True)


class BrokenThreadPool(_base.BrokenExecutor):
    """A ThreadPoolExecutor whose thread initializer failed: it runs nothing more."""


# numbers the pools that were given no name prefix
_unnamed_pools = itertools.count()


def _default_workers():
    # Mostly I/O-bound work: a few more threads than CPUs, at most 32.
    return min(32, (os.process_cpu_count() or 1) + 4)


class ThreadPoolExecutor(_base.Executor):
    """An executor running calls on at most `max_workers` threads (default:
    CPU count + 4, at most 32), started as needed and named
    `thread_name_prefix` + '_N'; each first runs initializer(*initargs)."""


    def __init__(self, max_workers=None, thread_name_prefix='',
                 initializer=None, initargs=()):
        count = _default_workers() if max_workers is None else max_workers
        if count <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._max_workers = count
        self._threads = set()
        self._broken = False        # or the message saying why
        self._shutdown = False
        self._lock = threading.Lock()
        self._queue = queue.SimpleQueue()
        self._idle = threading.Semaphore(0)    # one count per waiting worker
        self._thread_name_prefix = thread_name_prefix or \
            "ThreadPoolExecutor-%d" % next(_unnamed_pools)
        self._initializer, self._initargs = initializer, initargs

    def _refuse_reason(self):
        if self._broken:
            return BrokenThreadPool(self._broken)
        if self._shutdown:
            return RuntimeError('cannot schedule new futures after shutdown')
        if _Exit.begun:
            return RuntimeError('cannot schedule new futures after '
                                'interpreter shutdown')
        return None

    def submit(self, fn, /, *args, **kwargs):
        """Queue fn(*args, **kwargs) for a worker thread; returns its Future."""
        with self._lock, _Exit.lock:
            refusal = self._refuse_reason()
            if refusal is not None:
                raise refusal
            future = _base.Future()
            self._queue.put(_WorkItem(future, fn, args, kwargs))
            self._adjust_thread_count()
            return future

    def _adjust_thread_count(self):
        if self._idle.acquire(timeout=0):
            return      # an idle worker will take the new item
        count = len(self._threads)
        if count >= self._max_workers:
            return
        work = self._queue

        def on_pool_collected(_, work=work):
            work.put(None)      # wake a worker so it notices the pool is gone

        thread = threading.Thread(
            name='%s_%d' % (self._thread_name_prefix or self, count), target=_worker,
            args=(weakref.ref(self, on_pool_collected), work, self._initializer, self._initargs))
        thread.start()
        self._threads.add(thread)
        _Exit.workers[thread] = work

    def _drain(self):
        """Take the work items still queued out of the queue."""
        items = []
        while True:
            try:
                item = self._queue.get_nowait()
            except queue.Empty:
                return items
            if item is not None:
                items.append(item)

    def _initializer_failed(self):
        with self._lock:
            self._broken = ('A thread initializer failed, the thread pool '
                            'is not usable anymore')
            for item in self._drain():
                item.future.set_exception(BrokenThreadPool(self._broken))

    def shutdown(self, wait=True, *, cancel_futures=False):
        """Accept no more calls; with `cancel_futures`, cancel those still
        queued; with `wait`, return once every worker thread has ended."""
        with self._lock:
            self._shutdown = True
            for item in self._drain() if cancel_futures else ():
                item.future.cancel()
            self._queue.put(None)       # starts the chain of worker exits
        if wait:
            for thread in self._threads:
                thread.join()
