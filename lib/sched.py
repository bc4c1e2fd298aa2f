"""An event scheduler over a clock and a delay function of your choosing.

A scheduler keeps its own queue of events. Give it the functions that
read the time and that wait (time.monotonic and time.sleep by default,
or functions of a simulated clock); times may be ints or floats as long
as they are used consistently.

An event runs at its time; events due at the same time run in the order
of their priority, lower numbers first, then in the order they were
entered. Running an event calls action(*argument, **kwargs). The delay
function and the actions may change the queue. The scheduler takes a
lock around its queue, but nothing else about threads is arranged.
"""

import time
import heapq
from collections import namedtuple
from itertools import count
from functools import wraps as _wraps
import threading
from time import monotonic as _time

__all__ = ["scheduler"]

Event = namedtuple('Event', 'time, priority, sequence, action, argument, kwargs')
for _field, _doc in (
        ('time', 'When the event is due, comparable with what the\n'
                 "scheduler's timefunc returns."),
        ('priority', 'Among events due at the same time, lower priorities\n'
                     'run first.'),
        ('sequence', 'A number that grows with every event entered, ordering\n'
                     'events of equal time and priority.'),
        ('action', 'Running the event calls action(*argument, **kwargs).'),
        ('argument', "The sequence of the action's positional arguments."),
        ('kwargs', "The dictionary of the action's keyword arguments.")):
    getattr(Event, _field).__doc__ = _doc
del _field, _doc

_sentinel = object()


def _locked(method):
    # The method run while holding the scheduler's lock.
    @_wraps(method)
    def under_lock(self, *args, **kwargs):
        with self._lock:
            return method(self, *args, **kwargs)
    return under_lock


class scheduler:

    def __init__(self, timefunc=_time, delayfunc=time.sleep):
        """Make a scheduler reading the time with timefunc() and waiting
        with delayfunc(seconds)."""
        self.timefunc, self.delayfunc = timefunc, delayfunc
        self._queue = []                # a heap of Events
        self._lock = threading.RLock()
        self._tickets = count()         # Event.sequence numbers

    @_locked
    def enterabs(self, time, priority, action, argument=(), kwargs=_sentinel):
        """Schedule action(*argument, **kwargs) at the absolute time.

        Returns the event, which cancel() takes.
        """
        entry = Event(time, priority, next(self._tickets), action, argument,
                      {} if kwargs is _sentinel else kwargs)
        heapq.heappush(self._queue, entry)
        return entry

    def enter(self, delay, priority, action, argument=(), kwargs=_sentinel):
        """enterabs() at delay after the current time."""
        due = self.timefunc() + delay
        return self.enterabs(due, priority, action, argument, kwargs)

    @_locked
    def cancel(self, event):
        """Take an event returned by enter() or enterabs() off the queue;
        ValueError if it is not there."""
        queue = self._queue
        queue.remove(event)
        heapq.heapify(queue)

    @_locked
    def empty(self):
        """Whether no event is waiting."""
        return len(self._queue) == 0

    @_locked
    def _next_due(self):
        # (event, now) for the first event, popped when it is due; None for
        # an empty queue.
        if not self._queue:
            return None
        first, now = self._queue[0], self.timefunc()
        if first.time <= now:
            heapq.heappop(self._queue)
        return first, now

    def run(self, blocking=True):
        """Run the events until the queue is empty.

        Before an event that is not due yet the delay function waits for
        it (and the queue is looked at again afterwards, so an early
        return or a change to the queue is fine); with blocking false run()
        instead returns how long that wait would be, after running the
        events already due. After each event delayfunc(0) lets other
        threads run. Exceptions from the actions or the delay function
        propagate and leave the scheduler usable.
        """
        while (found := self._next_due()) is not None:
            event, now = found
            if event.time <= now:
                event.action(*event.argument, **event.kwargs)
                self.delayfunc(0)
            elif blocking:
                self.delayfunc(event.time - now)
            else:
                return event.time - now
        return None

    @property
    def queue(self):
        """The events to come, in the order they will run: named tuples of
        time, priority, sequence, action, argument and kwargs."""
        return sorted(self._snapshot())

    @_locked
    def _snapshot(self):
        return list(self._queue)
