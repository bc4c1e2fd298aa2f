'''Queues that any number of threads put items into and get them from.'''

# Kaa's queue module.  Queue keeps its items in a store that subclasses pick
# (deque for FIFO, list for LIFO, a heap for priority) and guards store and
# counters with one lock; three conditions over that lock let getters,
# putters and joiners sleep.  SimpleQueue is the native one from _queue when
# it is there.  What callers can see (names, results, exceptions and their
# messages) follows CPython 3.13.

import threading
from time import monotonic as time

try:
    import types
except ImportError:             # a build without the types module
    types = None
try:
    deque = __import__('collections').deque
except ImportError:             # a build without collections
    deque = None
try:
    from heapq import heappop, heappush
except ImportError:             # a build without heapq: the two operations here
    def heappush(heap, item):
        """Push item onto heap, keeping the heap invariant."""
        heap.append(item)
        child = len(heap) - 1
        while child > 0:
            parent = (child - 1) >> 1
            if not item < heap[parent]:
                break
            heap[child] = heap[parent]
            child = parent
        heap[child] = item

    def heappop(heap):
        """Pop the smallest item off heap, keeping the heap invariant."""
        last = heap.pop()
        if not heap:
            return last
        smallest = heap[0]
        size = len(heap)
        hole = 0
        while True:
            child = 2 * hole + 1
            if child >= size:
                break
            if child + 1 < size and heap[child + 1] < heap[child]:
                child += 1
            if not heap[child] < last:
                break
            heap[hole] = heap[child]
            hole = child
        heap[hole] = last
        return smallest

__all__ = ['Empty', 'Full', 'ShutDown', 'Queue', 'PriorityQueue', 'LifoQueue',
           'SimpleQueue']

try:
    import _queue as _native    # SimpleQueue and Empty, made in Go
except ImportError:             # no native half: Empty and SimpleQueue here
    _native = None

if _native is not None:
    Empty = _native.Empty
else:
    class Empty(Exception):
        'Raised by get() without blocking, or after its timeout, when no item came.'


class Full(Exception):
    'Raised by put() without blocking, or after its timeout, when no slot came free.'


class ShutDown(Exception):
    '''Raised by put() and get() on a queue that has been shut down.'''


class _Fifo(list):
    # The FIFO store when collections.deque is not there: a list that pops
    # from its front.
    def popleft(self):
        return self.pop(0)


def _fifo():
    return _Fifo() if deque is None else deque()


def _generic_alias(cls, item):
    # Queue[int]: the generic alias, as types.GenericAlias(cls, item) makes it.
    alias = type(list[int]) if types is None else types.GenericAlias
    return alias(cls, item)


def _reject_negative(timeout):
    # Both kinds of queue refuse a negative timeout with the same ValueError.
    if timeout is None or not timeout < 0:
        return
    raise ValueError("'timeout' must be a non-negative number")


# The deadline of a call that must not wait: passed before it is reached.
_NOT_AT_ALL = float('-inf')


def _sleep_until(cond, ready, block, timeout, give_up, closed):
    """The waiting behind put() and get(), run with cond's lock held.

    ShutDown at once when closed() is true.  ready None means there is nothing
    to wait for.  Otherwise return as soon as ready() is true; when it is not,
    raise give_up straight away if block is false, or sleep on cond, raising
    give_up if the timeout runs out first and ShutDown if closed() is true on
    waking.
    """
    if closed():
        raise ShutDown
    if ready is None:
        return
    if block and timeout is not None:
        _reject_negative(timeout)
        deadline = time() + timeout
    else:
        deadline = None if block else _NOT_AT_ALL
    while not ready():
        if deadline is None:
            cond.wait()
        else:
            left = deadline - time()
            if left <= 0.0:
                raise give_up
            cond.wait(left)
        if closed():
            raise ShutDown


def _size_now(q):
    # How many items q holds, read under its lock.
    with q.mutex:
        return q._qsize()


class Queue:
    '''A first-in, first-out queue holding at most maxsize items (no limit when
    maxsize <= 0).
    '''

    def __init__(self, maxsize=0):
        self.maxsize, self.unfinished_tasks, self.is_shutdown = maxsize, 0, False
        self._init(self.maxsize)
        # One lock for the store and the counters.  Each condition is built on
        # it, so entering a condition is taking the lock:
        #   not_empty       where get() sleeps until an item comes,
        #   not_full        where put() sleeps until a slot frees up,
        #   all_tasks_done  where join() sleeps until every task is done.
        lock = threading.Lock()
        self.mutex = lock
        self.not_empty, self.not_full, self.all_tasks_done = [
            threading.Condition(lock) for _ in range(3)]

    def task_done(self):
        '''Mark one item got from the queue as dealt with.

        A consumer calls it once for each item it got, when it has finished
        with it; join() returns once every item put has been marked so.
        shutdown(immediate=True) marks the items it drops.

        ValueError if called more times than items were put.
        '''
        done = self.all_tasks_done
        with done:
            remaining = self.unfinished_tasks - 1
            if remaining < 0:
                raise ValueError('task_done() called too many times')
            self.unfinished_tasks = remaining
            if remaining == 0:
                done.notify_all()

    def join(self):
        '''Wait until every item put has been got and marked by task_done().'''
        done = self.all_tasks_done
        with done:
            done.wait_for(lambda: self.unfinished_tasks == 0)

    def qsize(self):
        '''The number of items in the queue now (stale as soon as it is read).'''
        return _size_now(self)

    def empty(self):
        '''Whether the queue holds no item now (stale as soon as it is read: to wait
        until the queue is drained, use join()).
        '''
        return _size_now(self) == 0

    def full(self):
        '''Whether the queue is at its maxsize now (stale as soon as it is read).'''
        limit = self.maxsize
        return 0 < limit <= _size_now(self)

    def put(self, item, block=True, timeout=None):
        '''Add item at the end of the queue.

        A full queue makes put() wait for a slot: without limit when timeout is
        None, at most timeout seconds otherwise (then Full). With block false it
        does not wait at all: Full at once. ShutDown once shutdown() was called.
        '''
        room, stock = self.not_full, self.not_empty
        # An unbounded queue (maxsize <= 0) has nothing to wait for.
        has_room = None if self.maxsize <= 0 else (
            lambda: self._qsize() < self.maxsize)
        with room:
            _sleep_until(room, has_room, block, timeout, Full,
                         lambda: self.is_shutdown)
            self._put(item)
            self.unfinished_tasks = self.unfinished_tasks + 1
            stock.notify()

    def get(self, block=True, timeout=None):
        '''Take the next item off the queue and return it.

        An empty queue makes get() wait for one: without limit when timeout is
        None, at most timeout seconds otherwise (then Empty). With block false it
        does not wait at all: Empty at once. ShutDown once the queue is shut
        down and empty.
        '''
        room, stock = self.not_full, self.not_empty
        with stock:
            _sleep_until(stock, self._qsize, block, timeout, Empty,
                         lambda: self.is_shutdown and self._qsize() == 0)
            taken = self._get()
            room.notify()
        return taken

    def put_nowait(self, item):
        '''put(item, block=False): add item if a slot is free, else Full.'''
        return self.put(item, block=False)

    def get_nowait(self):
        '''get(block=False): return an item if one is there, else Empty.'''
        return self.get(block=False)

    def shutdown(self, immediate=False):
        '''Close the queue: put() raises ShutDown from now on, and get() once the
        queue is empty.

        With immediate true the items left are dropped at once (each counted as
        done, which may release join()). Every blocked put() and get() wakes up.
        '''
        wake = (self.not_empty, self.not_full, self.all_tasks_done)
        wake = wake if immediate else wake[:2]
        lock = self.mutex
        with lock:
            self.is_shutdown = True
            while immediate and self._qsize() > 0:
                self._get()
                self.unfinished_tasks = max(self.unfinished_tasks - 1, 0)
            # Whoever sleeps in put(), get() or (when items were dropped)
            # join() looks again and finds the queue closed.
            for cond in wake:
                cond.notify_all()

    # The store.  Subclasses change the order by replacing these four hooks;
    # Queue calls them with the mutex held.

    def _init(self, limit):
        """Make the empty store, self.queue."""
        self.queue = _fifo()

    def _qsize(self):
        """How many items the store holds."""
        return len(self.queue)

    def _put(self, entry):
        """Add entry to the store."""
        self.queue.append(entry)

    def _get(self):
        """Remove the next item from the store and return it."""
        return self.queue.popleft()

    __class_getitem__ = classmethod(_generic_alias)


def _list_store(self, limit):
    # The store of LifoQueue and PriorityQueue: a plain list.
    self.queue = []


class PriorityQueue(Queue):
    '''A Queue whose get() returns the smallest item first, usually a tuple
    (priority, data).
    '''

    _init = _list_store

    def _put(self, entry):
        heappush(self.queue, entry)

    def _get(self):
        return heappop(self.queue)


class LifoQueue(Queue):
    '''A Queue whose get() returns the item put last (a stack).'''

    _init = _list_store

    def _get(self):
        return self.queue.pop()


class _PySimpleQueue:
    '''An unbounded first-in, first-out queue, without task tracking.

    This version in Python cannot be re-entered (from a signal handler or a
    finalizer during a put).
    '''

    # The semaphore's value is the number of items, so get() sleeps in its
    # acquire.  Getters happen to be woken in arrival order; nothing promises
    # it.

    def __init__(self):
        self._items, self._available = _fifo(), threading.Semaphore(0)

    def put(self, item, block=True, timeout=None):
        '''Add item at the end. It never waits: block and timeout exist for
        compatibility with Queue and are not used.
        '''
        self._items.append(item)
        self._available.release()

    def get(self, block=True, timeout=None):
        '''Take the next item off the queue and return it, waiting for one as
        Queue.get() does (Empty when none came).
        '''
        _reject_negative(timeout)
        if self._available.acquire(block, timeout):
            return self._items.popleft()
        raise Empty

    # The same no-wait shorthands as Queue's.
    put_nowait = Queue.put_nowait
    get_nowait = Queue.get_nowait

    def empty(self):
        '''Whether the queue holds no item now (stale as soon as it is read).'''
        return not self._items

    def qsize(self):
        '''The number of items in the queue now (stale as soon as it is read).'''
        return len(self._items)

    __class_getitem__ = classmethod(_generic_alias)


SimpleQueue = _PySimpleQueue if _native is None else _native.SimpleQueue
del _native
