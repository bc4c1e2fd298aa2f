'''Queues that any number of threads put items into and get them from.'''

# Kaa's queue: FIFO, LIFO and priority queues that threads share, built on one
# threading.Lock and three conditions over it; and SimpleQueue, an unbounded
# FIFO without task tracking.  Behaviour and messages are CPython 3.13's.

import threading
from time import monotonic as time

try:
    import types
except ImportError:             # a build without the types module
    types = None
try:
    from collections import deque
except ImportError:             # a build without collections
    deque = None
try:
    from heapq import heappush, heappop
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

try:
    from _queue import SimpleQueue
except ImportError:             # made below, in Python
    SimpleQueue = None

__all__ = ['Empty', 'Full', 'ShutDown', 'Queue', 'PriorityQueue', 'LifoQueue',
           'SimpleQueue']

try:
    from _queue import Empty
except ImportError:
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
    return deque() if deque is not None else _Fifo()


def _generic_alias(cls, item):
    # Queue[int]: the generic alias, as types.GenericAlias(cls, item) makes it.
    if types is not None:
        return types.GenericAlias(cls, item)
    return type(list[int])(cls, item)


def _await(cond, ready, block, timeout, give_up, closed):
    """The waiting common to put() and get(), with cond's lock held: return once
    ready() holds; raise give_up when not blocking and it does not, or when the
    timeout passes first; raise ShutDown when closed() turns true after a wait."""
    if not block:
        if not ready():
            raise give_up
        return
    if timeout is None:
        deadline = None
    elif timeout < 0:
        raise ValueError("'timeout' must be a non-negative number")
    else:
        deadline = time() + timeout
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


class Queue:
    '''A first-in, first-out queue holding at most maxsize items (no limit when
    maxsize <= 0).
    '''

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        # A single lock guards the store and the counters; the three
        # conditions below are built on it, so entering any of them takes it.
        self.mutex = threading.Lock()
        self.not_empty = threading.Condition(self.mutex)       # getters wait here
        self.not_full = threading.Condition(self.mutex)        # putters wait here
        self.all_tasks_done = threading.Condition(self.mutex)  # join() waits here
        self.unfinished_tasks = 0
        self.is_shutdown = False

    def task_done(self):
        '''Mark one item got from the queue as dealt with.

        A consumer calls it once for each item it got, when it has finished
        with it; join() returns once every item put has been marked so.
        shutdown(immediate=True) marks the items it drops.

        ValueError if called more times than items were put.
        '''
        with self.all_tasks_done:
            left = self.unfinished_tasks - 1
            if left < 0:
                raise ValueError('task_done() called too many times')
            self.unfinished_tasks = left
            if not left:
                self.all_tasks_done.notify_all()

    def join(self):
        '''Wait until every item put has been got and marked by task_done().'''
        with self.all_tasks_done:
            while self.unfinished_tasks:
                self.all_tasks_done.wait()

    def qsize(self):
        '''The number of items in the queue now (stale as soon as it is read).'''
        with self.mutex:
            return self._qsize()

    def empty(self):
        '''Whether the queue holds no item now (stale as soon as it is read: to wait
        until the queue is drained, use join()).
        '''
        with self.mutex:
            return self._qsize() == 0

    def full(self):
        '''Whether the queue is at its maxsize now (stale as soon as it is read).'''
        with self.mutex:
            return self.maxsize > 0 and self._qsize() >= self.maxsize

    def put(self, item, block=True, timeout=None):
        '''Add item at the end of the queue.

        A full queue makes put() wait for a slot: without limit when timeout is
        None, at most timeout seconds otherwise (then Full). With block false it
        does not wait at all: Full at once. ShutDown once shutdown() was called.
        '''
        with self.not_full:
            if self.is_shutdown:
                raise ShutDown
            if self.maxsize > 0:
                _await(self.not_full, lambda: self._qsize() < self.maxsize,
                       block, timeout, Full, lambda: self.is_shutdown)
            self._put(item)
            self.unfinished_tasks += 1
            self.not_empty.notify()

    def get(self, block=True, timeout=None):
        '''Take the next item off the queue and return it.

        An empty queue makes get() wait for one: without limit when timeout is
        None, at most timeout seconds otherwise (then Empty). With block false it
        does not wait at all: Empty at once. ShutDown once the queue is shut
        down and empty.
        '''
        drained = lambda: self.is_shutdown and not self._qsize()
        with self.not_empty:
            if drained():
                raise ShutDown
            _await(self.not_empty, self._qsize, block, timeout, Empty, drained)
            item = self._get()
            self.not_full.notify()
            return item

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
        with self.mutex:
            self.is_shutdown = True
            if immediate:
                while self._qsize():
                    self._get()
                    self.unfinished_tasks = max(self.unfinished_tasks - 1, 0)
                self.all_tasks_done.notify_all()
            # Blocked getters and putters look again, and see the shutdown.
            self.not_empty.notify_all()
            self.not_full.notify_all()

    # The store. A subclass changes the order by replacing these four, which
    # are called with the mutex held.

    def _init(self, maxsize):
        self.queue = _fifo()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()

    __class_getitem__ = classmethod(_generic_alias)


class PriorityQueue(Queue):
    '''A Queue whose get() returns the smallest item first, usually a tuple
    (priority, data).
    '''

    def _init(self, maxsize):
        self.queue = []

    def _put(self, item):
        heappush(self.queue, item)

    def _get(self):
        return heappop(self.queue)


class LifoQueue(Queue):
    '''A Queue whose get() returns the item put last (a stack).'''

    def _init(self, maxsize):
        self.queue = []

    def _get(self):
        return self.queue.pop()


class _PySimpleQueue:
    '''An unbounded first-in, first-out queue, without task tracking.

    This version in Python cannot be re-entered (from a signal handler or a
    finalizer during a put).
    '''

    # A semaphore counts the items, so get() waits on it; being built on a
    # Condition it wakes getters in order, though the API does not promise so.

    def __init__(self):
        self._items = _fifo()
        self._available = threading.Semaphore(0)

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
        if timeout is not None and timeout < 0:
            raise ValueError("'timeout' must be a non-negative number")
        if not self._available.acquire(block, timeout):
            raise Empty
        return self._items.popleft()

    def put_nowait(self, item):
        '''put(item, block=False), for compatibility with Queue.'''
        return self.put(item, block=False)

    def get_nowait(self):
        '''get(block=False): return an item if one is there, else Empty.'''
        return self.get(block=False)

    def empty(self):
        '''Whether the queue holds no item now (stale as soon as it is read).'''
        return not self._items

    def qsize(self):
        '''The number of items in the queue now (stale as soon as it is read).'''
        return len(self._items)

    __class_getitem__ = classmethod(_generic_alias)


if SimpleQueue is None:
    SimpleQueue = _PySimpleQueue
