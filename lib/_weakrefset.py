"""WeakSet: a set whose members are held by weak references.

Kept apart from weakref so that _collections_abc can use it without a cycle.
"""

from _weakref import ref

__all__ = ['WeakSet']

_alias_type = type(list[int])


class _IterationGuard:
    """Context manager marking a weak container as being iterated.

    While any guard is active, callbacks of dead members do not touch the
    container's storage; the removals are queued and applied by the last
    guard to exit.
    """

    def __init__(self, container):
        self.container_ref = ref(container)

    def __enter__(self):
        owner = self.container_ref()
        if owner is not None:
            owner._iterating.add(self)
        return self

    def __exit__(self, exc_type, exc, tb):
        owner = self.container_ref()
        if owner is not None:
            active = owner._iterating
            active.discard(self)
            if not active:
                owner._commit_removals()


def _mutable_set_base():
    try:
        from _collections_abc import MutableSet
    except ImportError:
        return object
    return MutableSet


class WeakSet(_mutable_set_base()):
    def __init__(self, data=None):
        self.data = set()
        self_ref = ref(self)

        def _remove(member_ref, self_ref=self_ref):
            owner = self_ref()
            if owner is None:
                return
            if owner._iterating:
                owner._pending_removals.append(member_ref)
            else:
                owner.data.discard(member_ref)

        self._remove = _remove
        self._pending_removals = []
        self._iterating = set()
        if data is not None:
            self.update(data)

    def _commit_removals(self):
        queued = self._pending_removals
        drop = self.data.discard
        while queued:
            drop(queued.pop())

    def __iter__(self):
        with _IterationGuard(self):
            for member_ref in self.data:
                member = member_ref()
                if member is not None:
                    yield member

    def __len__(self):
        return len(self.data) - len(self._pending_removals)

    def __contains__(self, item):
        try:
            member_ref = ref(item)
        except TypeError:
            return False
        return member_ref in self.data

    def __reduce__(self):
        state = getattr(self, '__dict__', None)
        return self.__class__, (list(self),), state

    def add(self, item):
        if self._pending_removals:
            self._commit_removals()
        self.data.add(ref(item, self._remove))

    def clear(self):
        if self._pending_removals:
            self._commit_removals()
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def pop(self):
        if self._pending_removals:
            self._commit_removals()
        while True:
            try:
                member_ref = self.data.pop()
            except KeyError:
                raise KeyError('pop from empty WeakSet') from None
            member = member_ref()
            if member is not None:
                return member

    def remove(self, item):
        if self._pending_removals:
            self._commit_removals()
        self.data.remove(ref(item))

    def discard(self, item):
        if self._pending_removals:
            self._commit_removals()
        self.data.discard(ref(item))

    def update(self, other):
        if self._pending_removals:
            self._commit_removals()
        for item in other:
            self.add(item)

    def __ior__(self, other):
        self.update(other)
        return self

    def difference(self, other):
        result = self.copy()
        result.difference_update(other)
        return result

    __sub__ = difference

    def difference_update(self, other):
        self.__isub__(other)

    def __isub__(self, other):
        if self._pending_removals:
            self._commit_removals()
        if self is other:
            self.data.clear()
        else:
            self.data.difference_update(ref(item) for item in other)
        return self

    def intersection(self, other):
        return self.__class__(item for item in other if item in self)

    __and__ = intersection

    def intersection_update(self, other):
        self.__iand__(other)

    def __iand__(self, other):
        if self._pending_removals:
            self._commit_removals()
        self.data.intersection_update(ref(item) for item in other)
        return self

    def issubset(self, other):
        return self.data.issubset(ref(item) for item in other)

    __le__ = issubset

    def __lt__(self, other):
        return self.data < set(map(ref, other))

    def issuperset(self, other):
        return self.data.issuperset(ref(item) for item in other)

    __ge__ = issuperset

    def __gt__(self, other):
        return self.data > set(map(ref, other))

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.data == set(map(ref, other))

    def symmetric_difference(self, other):
        result = self.copy()
        result.symmetric_difference_update(other)
        return result

    __xor__ = symmetric_difference

    def symmetric_difference_update(self, other):
        self.__ixor__(other)

    def __ixor__(self, other):
        if self._pending_removals:
            self._commit_removals()
        if self is other:
            self.data.clear()
        else:
            self.data.symmetric_difference_update(ref(item, self._remove) for item in other)
        return self

    def union(self, other):
        return self.__class__(member for group in (self, other) for member in group)

    __or__ = union

    def isdisjoint(self, other):
        return len(self.intersection(other)) == 0

    def __repr__(self):
        return repr(self.data)

    __class_getitem__ = classmethod(_alias_type)
