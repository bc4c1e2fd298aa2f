"""WeakSet: a set whose members are held by weak references.

Kept apart from weakref so that _collections_abc can use it without a cycle.
"""

from _weakref import ref
from types import GenericAlias

__all__ = ['WeakSet']


class _IterationGuard:
    """Context manager marking a weak container as being iterated.

    While any guard is active, the callbacks of dead members leave the
    container's storage alone and queue the removals; the last guard to exit
    applies them (the container's _flush).
    """

    def __init__(self, container):
        self._owner = ref(container)

    def __enter__(self):
        owner = self._owner()
        if owner is not None:
            owner._guards.add(self)
        return self

    def __exit__(self, *exc_info):
        owner = self._owner()
        if owner is None:
            return
        active = owner._guards
        active.discard(self)
        if not active:
            owner._flush()


def _set_base():
    try:
        from _collections_abc import MutableSet as base
    except ImportError:
        base = object
    return base


def _refs(items, callback=None):
    # Weak references to the items (with a callback, for those to be stored).
    if callback is None:
        return map(ref, items)
    return (ref(item, callback) for item in items)


class WeakSet(_set_base()):
    def __init__(self, data=None):
        self.data = set()
        self._guards = set()
        self._dead = []
        owner = ref(self)

        def forget(member, owner=owner):
            me = owner()
            if me is None:
                pass
            elif me._guards:
                me._dead.append(member)
            else:
                me.data.discard(member)

        self._on_death = forget
        if data is not None:
            self |= data

    def _flush(self):
        # Drop the members that died while iterations were running.
        dead, store = self._dead, self.data
        while dead:
            store.discard(dead.pop())

    def _settled(self):
        if self._dead:
            self._flush()
        return self.data

    def __iter__(self):
        with _IterationGuard(self):
            for member in self.data:
                obj = member()
                if obj is not None:
                    yield obj

    def __len__(self):
        return len(self.data) - len(self._dead)

    def __contains__(self, obj):
        try:
            probe = ref(obj)
        except TypeError:
            return False
        return probe in self.data

    def __reduce__(self):
        return type(self), (list(self),), self.__getstate__()

    def add(self, obj):
        self._settled().add(ref(obj, self._on_death))

    def clear(self):
        self._settled().clear()

    def copy(self):
        return type(self)(self)

    def pop(self):
        store = self._settled()
        while store:
            obj = store.pop()()
            if obj is not None:
                return obj
        raise KeyError('pop from empty WeakSet')

    def remove(self, obj):
        self._settled().remove(ref(obj))

    def discard(self, obj):
        self._settled().discard(ref(obj))

    def update(self, items):
        self._settled()
        for item in items:
            self.add(item)

    def __ior__(self, rhs):
        self.update(rhs)
        return self

    def difference(self, items):
        out = self.copy()
        out -= items
        return out

    def difference_update(self, items):
        self -= items

    def __isub__(self, rhs):
        store = self._settled()
        if rhs is self:
            store.clear()
        else:
            store.difference_update(_refs(rhs))
        return self

    def intersection(self, items):
        return type(self)(item for item in items if item in self)

    def intersection_update(self, items):
        self &= items

    def __iand__(self, rhs):
        self._settled().intersection_update(_refs(rhs))
        return self

    def issubset(self, items):
        return self.data.issubset(_refs(items))

    def __lt__(self, rhs):
        return self.data < set(_refs(rhs))

    def issuperset(self, items):
        return self.data.issuperset(_refs(items))

    def __gt__(self, rhs):
        return self.data > set(_refs(rhs))

    def __eq__(self, rhs):
        if isinstance(rhs, type(self)):
            return self.data == set(_refs(rhs))
        return NotImplemented

    def symmetric_difference(self, items):
        out = self.copy()
        out ^= items
        return out

    def symmetric_difference_update(self, items):
        self ^= items

    def __ixor__(self, rhs):
        store = self._settled()
        if rhs is self:
            store.clear()
        else:
            store.symmetric_difference_update(_refs(rhs, self._on_death))
        return self

    def union(self, items):
        both = (self, items)
        return type(self)(item for group in both for item in group)

    def isdisjoint(self, items):
        return not self.intersection(items)

    def __repr__(self):
        return self.data.__repr__()

    __class_getitem__ = classmethod(GenericAlias)


# The operators that are the named methods under another name.
for _op, _named in (('__sub__', 'difference'), ('__and__', 'intersection'),
                    ('__le__', 'issubset'), ('__ge__', 'issuperset'),
                    ('__xor__', 'symmetric_difference'), ('__or__', 'union')):
    setattr(WeakSet, _op, getattr(WeakSet, _named))
del _op, _named
