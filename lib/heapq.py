"""Heaps kept in plain lists: the priority queue algorithm.

A heap is a list a with a[k] <= a[2*k+1] and a[k] <= a[2*k+2] for every k
(positions past the end count as infinitely large), so a[0] is always its
smallest item.

    heap = []                        # an empty heap
    heappush(heap, item)             # add an item
    item = heappop(heap)             # take the smallest item out
    item = heap[0]                   # look at the smallest item
    heapify(x)                       # make a list a heap, in linear time
    item = heappushpop(heap, item)   # push, then pop: the size stays
    item = heapreplace(heap, item)   # pop, then push: the size stays

Positions count from 0, and heappop() returns the smallest item, so a heap
is an ordinary list: heap[0] is its minimum, and heap.sort() keeps it a heap.
"""

__about__ = """Heap queues

A heap keeps a tournament: every item is at most as large as the two below
it, so the winner sits at the top and each replacement only replays the
games along one path, which takes time logarithmic in the size.  That makes
heaps the natural structure for priority queues, for schedulers that always
want the earliest event next, and for merging sorted runs (each run feeds
the tournament in turn), as external sorting on tapes did.
"""

__all__ = [
    'heappush', 'heappop', 'heapify', 'heapreplace',
    'merge', 'nlargest', 'nsmallest', 'heappushpop',
]

from _heapq import *
from _heapq import _heappop_max, _heapify_max, _heapreplace_max
from _heapq import __doc__ as _native_doc


def merge(*iterables, key=None, reverse=False):
    """Yield the items of several already sorted iterables in one sorted
    stream, lazily: like sorted(itertools.chain(*iterables)), except that
    only one pending item per input is held at a time.

    key orders the items by key(item) instead of the items themselves; with
    reverse=True every input must be sorted from largest to smallest, and so
    is the output.  Equal items come out in the order of their inputs:

        >>> list(merge([2, 5, 9], [1, 5], [], [7]))
        [1, 2, 5, 5, 7, 9]
        >>> list(merge(['ox', 'yak'], ['emu', 'moose'], key=len))
        ['ox', 'yak', 'emu', 'moose']
    """
    # Each live input is an entry [sort key, rank, value, next]: rank (the
    # input's position, negated when reversed) breaks ties so that equal
    # items come out in input order and values are never compared.
    if reverse:
        sign, settle, push_down, drop = -1, _heapify_max, _heapreplace_max, _heappop_max
    else:
        sign, settle, push_down, drop = 1, heapify, heapreplace, heappop
    entries = []
    exhausted = object()
    for rank, it in enumerate(map(iter, iterables)):
        value = next(it, exhausted)
        if value is exhausted:
            continue
        advance = it.__next__
        entries.append([value if key is None else key(value), rank * sign, value, advance])
    settle(entries)
    while len(entries) > 1:
        try:
            while True:
                top = entries[0]
                yield top[2]
                value = top[3]()
                top[0] = value if key is None else key(value)
                top[2] = value
                push_down(entries, top)
        except StopIteration:
            drop(entries)
    if entries:
        # One input left: pass the rest of it straight through.
        _, _, value, advance = entries[0]
        yield value
        yield from advance.__self__


def _select(n, iterable, key, largest):
    # The n smallest (or largest) items, as sorted(iterable, key=key,
    # reverse=largest)[:n] would give them, keeping a heap of the best n
    # seen so far.  Entries are (sort key, rank, item): the rank keeps the
    # order stable and spares comparing items.
    if n <= 0:
        return []
    source = iter(iterable)
    if n == 1:
        pick = max if largest else min
        missing = object()
        best = (pick(source, default=missing) if key is None
                else pick(source, default=missing, key=key))
        return [] if best is missing else [best]
    try:
        if n >= len(iterable):
            return sorted(iterable, key=key, reverse=largest)[:n]
    except (AttributeError, TypeError):
        pass  # no len(): an iterator, say
    sort_key = (lambda x: x) if key is None else key
    # For the smallest, keep a max-heap of the n best (its top is the worst
    # kept); ranks count up so that later equal items lose.  For the
    # largest, a min-heap, with ranks counting down.
    step = -1 if largest else 1
    kept = [(sort_key(x), i * step, x) for i, x in zip(range(n), source)]
    if not kept:
        return kept
    settle = heapify if largest else _heapify_max
    swap = heapreplace if largest else _heapreplace_max
    settle(kept)
    worst = kept[0][0]
    rank = n * step
    for x in source:
        k = sort_key(x)
        if (worst < k) if largest else (k < worst):
            swap(kept, (k, rank, x))
            worst = kept[0][0]
        rank += step
    kept.sort(reverse=largest)
    return [x for _, _, x in kept]


def nsmallest(n, iterable, key=None):
    """Return a list of the n smallest items of iterable, smallest first:
    the same list as sorted(iterable, key=key)[:n], found without sorting
    everything when n is small."""
    return _select(n, iterable, key, False)


def nlargest(n, iterable, key=None):
    """Return a list of the n largest items of iterable, largest first:
    the same list as sorted(iterable, key=key, reverse=True)[:n]."""
    return _select(n, iterable, key, True)
