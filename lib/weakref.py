"""Weak references and the containers built on them.

ref, proxy and the counting functions come from _weakref; here are the
mappings whose keys or values are held weakly, WeakSet (from _weakrefset),
WeakMethod for bound methods, and finalize, which runs a function when an
object goes away or the program ends."""

from _weakref import getweakrefcount, getweakrefs, ref, proxy
from _weakref import ReferenceType, ProxyType, CallableProxyType
from _weakref import _remove_dead_weakref
from _weakrefset import WeakSet
from _weakrefset import _IterationGuard

import _collections_abc
import itertools
import sys

ProxyTypes = ProxyType, CallableProxyType

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs", "WeakKeyDictionary",
           "ReferenceType", "ProxyType", "CallableProxyType", "ProxyTypes",
           "WeakValueDictionary", "WeakSet", "WeakMethod", "finalize"]

_MISSING = object()


class WeakMethod(ReferenceType):
    """A weak reference to a bound method.

    A bound method is made anew at every attribute access, so a plain weak
    reference to one dies at once. This one refers weakly to the instance and
    to the function, and calling it rebuilds the method while both live. The
    callback, if any, runs when the first of the two goes."""

    __slots__ = ("_func_ref", "_meth_type", "_alive", "__weakref__")

    def __new__(cls, meth, callback=None):
        target = getattr(meth, '__self__', _MISSING)
        function = getattr(meth, '__func__', _MISSING)
        if target is _MISSING or function is _MISSING:
            kind = type(meth)
            raise TypeError(f"argument should be a bound method, not {kind}")

        holder = []

        def part_died(_):
            me = holder[0]() if holder else None
            if me is None or not me._alive:
                return
            me._alive = False
            if callback is None:
                return
            callback(me)

        made = super().__new__(cls, target, part_died)
        made._func_ref = ref(function, part_died)
        made._meth_type = type(meth)
        made._alive = True
        holder.append(ref(made))
        return made

    def __call__(self):
        target, function = super().__call__(), self._func_ref()
        if target is not None and function is not None:
            return self._meth_type(function, target)

    def _same(self, other):
        # Two live WeakMethods are equal when their instances and functions
        # are; a dead one only to itself.
        if not (self._alive and other._alive):
            return other is self
        return ReferenceType.__eq__(self, other) and self._func_ref == other._func_ref

    def __eq__(self, other):
        return self._same(other) if isinstance(other, WeakMethod) else NotImplemented

    def __ne__(self, other):
        return not self._same(other) if isinstance(other, WeakMethod) else NotImplemented

    __hash__ = ReferenceType.__hash__


class KeyedRef(ReferenceType):
    """A weak reference that carries a key.

    WeakValueDictionary stores its values in these, so that the callback of a
    dead value knows which entry to drop."""

    __slots__ = ('key',)

    def __new__(cls, ob, callback, key):
        made = super().__new__(cls, ob, callback)
        made.key = key
        return made

    def __init__(self, ob, callback, key):
        ReferenceType.__init__(self, ob, callback)


class _WeakTable(_collections_abc.MutableMapping):
    # What the two weak mappings share. Entries live in self.data, a dict;
    # each subclass says how a key and a value are stored there (_store_key,
    # _store_value), how a key is looked up (_probe), and what a stored pair
    # means now (_pair: the live (key, value), or None once dead). A reference
    # that dies while an iteration runs (self._guards not empty) is queued in
    # self._dead and dropped when the last iteration ends.

    def _prepare(self):
        self.data = dict()
        self._guards = set()
        self._dead = []
        owner = ref(self)

        def on_death(wr, owner=owner):
            me = owner()
            if me is None:
                return
            entry = me._entry_of(wr)
            if me._guards:
                me._dead.append(entry)
            else:
                me._drop(entry)

        self._on_death = on_death

    def _flush(self):
        dead = self._dead
        while dead:
            self._drop(dead.pop())

    def _settle(self):
        pass

    def _guarded(self, entries):
        with _IterationGuard(self):
            yield from entries

    def _live(self):
        for stored_key, stored in self._guarded(self.data.items()):
            pair = self._pair(stored_key, stored)
            if pair is not None:
                yield pair

    def __len__(self):
        return self._count()

    def _lookup(self, key):
        # The stored form of key and the live value, or _MISSING.
        probe = self._probe(key)
        stored = self.data.get(probe, _MISSING)
        if stored is not _MISSING:
            pair = self._pair(probe, stored)
            if pair is not None:
                return probe, pair[1]
        return probe, _MISSING

    def __getitem__(self, key):
        self._settle()
        probe = self._probe(key)
        pair = self._pair(probe, self.data[probe])
        if pair is None:
            raise KeyError(key)
        return pair[1]

    def __setitem__(self, key, value):
        self._settle()
        self.data[self._store_key(key)] = self._store_value(key, value)

    def __delitem__(self, key):
        self._settle()
        del self.data[self._probe(key)]

    def __contains__(self, key):
        self._settle()
        try:
            probe = self._probe(key)
        except TypeError:
            return False
        return probe in self.data and self._pair(probe, self.data[probe]) is not None

    def __repr__(self):
        return f"<{type(self).__name__} at {id(self):#x}>"

    def get(self, key, default=None):
        self._settle()
        found = self._lookup(key)[1]
        return default if found is _MISSING else found

    def keys(self):
        self._settle()
        for key, _ in self._live():
            yield key

    __iter__ = keys

    def values(self):
        self._settle()
        for _, value in self._live():
            yield value

    def items(self):
        self._settle()
        yield from self._live()

    def pop(self, key, *default):
        self._settle()
        probe = self._probe(key)
        stored = self.data.pop(probe, _MISSING)
        pair = None if stored is _MISSING else self._pair(probe, stored)
        if pair is not None:
            return pair[1]
        if default:
            return default[0]
        raise KeyError(key)

    def popitem(self):
        self._settle()
        store = self.data
        while store:
            pair = self._pair(*store.popitem())
            if pair is not None:
                return pair
        raise KeyError('popitem(): dictionary is empty')

    def setdefault(self, key, default=None):
        found = self._lookup(key)[1]
        if found is not _MISSING:
            return found
        self[key] = default
        return default

    def update(self, other=None, /, **kwargs):
        self._settle()
        for source in (other, kwargs):
            if source is None:
                continue
            if not hasattr(source, "items"):
                source = dict(source)
            for key, value in source.items():
                self[key] = value

    def _clone(self, cls, memo=None):
        self._settle()
        twin = cls()
        for key, value in self._live():
            if memo is not None:
                key, value = self._deep(key, value, memo)
            twin[key] = value
        return twin

    def copy(self):
        return self._clone(self._copy_type)

    __copy__ = copy

    def __deepcopy__(self, memo):
        return self._clone(type(self), memo)

    def __ior__(self, other):
        self.update(other)
        return self

    def _merge(self, into, *sources):
        for source in sources:
            into.update(source)
        return into

    def __or__(self, other):
        usable = isinstance(other, _collections_abc.Mapping)
        return self._merge(self.copy(), other) if usable else NotImplemented

    def __ror__(self, other):
        usable = isinstance(other, _collections_abc.Mapping)
        return self._merge(type(self)(), other, self) if usable else NotImplemented


class WeakValueDictionary(_WeakTable):
    """A mapping whose values are held by weak references.

    An entry disappears once its value is no longer strongly referenced
    elsewhere."""

    def __init__(self, other=(), /, **kw):
        self._prepare()
        self.update(other, **kw)

    def _probe(self, key):
        return key

    _store_key = _probe

    def _store_value(self, key, value):
        return KeyedRef(value, self._on_death, key)

    def _pair(self, key, stored):
        value = stored()
        return None if value is None else (key, value)

    def _entry_of(self, dead):
        return dead.key

    def _drop(self, key):
        # The entry may hold a live value by now: only a dead one goes.
        _remove_dead_weakref(self.data, key)

    def _settle(self):
        if self._dead:
            self._flush()

    def _deep(self, key, value, memo):
        import copy as copier
        return copier.deepcopy(key, memo), value

    def _count(self):
        self._settle()
        return len(self.data)

    def itervaluerefs(self):
        """Yield the weak references to the values; a value may be gone by
        the time its reference is called."""
        self._settle()
        yield from self._guarded(self.data.values())

    def valuerefs(self):
        """Return a list of the weak references to the values; a value may be
        gone by the time its reference is called."""
        self._settle()
        return [*self.data.values()]


class WeakKeyDictionary(_WeakTable):
    """A mapping whose keys are held by weak references.

    An entry disappears once its key is no longer strongly referenced
    elsewhere: a way to attach data to objects without keeping them alive."""

    def __init__(self, dict=None):
        self._prepare()
        if dict is not None:
            self.update(dict)

    def _probe(self, key):
        return ref(key)

    def _store_key(self, key):
        return ref(key, self._on_death)

    def _store_value(self, key, value):
        return value

    def _pair(self, stored_key, value):
        key = stored_key()
        return None if key is None else (key, value)

    def _entry_of(self, dead):
        return dead

    def _drop(self, dead):
        # Dead references are equal only to themselves: found by identity.
        self.data.pop(dead, None)

    def _deep(self, key, value, memo):
        import copy as copier
        return key, copier.deepcopy(value, memo)

    def _count(self):
        if self._dead:
            table = self.data
            self._dead = [wr for wr in self._dead if wr in table]
        return len(self.data) - len(self._dead)

    def keyrefs(self):
        """Return a list of the weak references to the keys; a key may be gone
        by the time its reference is called."""
        return [*self.data]


# copy() makes the base class, even of a subclass (as CPython does).
WeakValueDictionary._copy_type = WeakValueDictionary
WeakKeyDictionary._copy_type = WeakKeyDictionary


class finalize:
    """Call a function when an object is garbage collected.

    finalize(obj, func, *args, **kwargs) returns a callable finalizer that calls
    func(*args, **kwargs) once: when obj is collected, when the finalizer is
    called, or (if its atexit attribute is true, the default) when the program
    exits. A finalizer stays alive until it has run or been detached."""

    __slots__ = ()
    # Every live finalizer, with what it is to do.
    _registry = {}
    _exiting = False
    _serial = itertools.count()
    _changed = False
    _hooked = False

    class _Record:
        __slots__ = ("weakref", "func", "args", "kwargs",
                     "atexit", "index")

    def __init__(self, obj, func, /, *args, **kwargs):
        cls = finalize
        if not cls._hooked:
            import atexit
            atexit.register(self._run_at_exit)
            cls._hooked = True
        record = self._Record()
        record.weakref, record.func = ref(obj, self), func
        record.args, record.kwargs = args, (kwargs or None)
        record.atexit = True
        record.index = next(cls._serial)
        self._registry[self] = record
        cls._changed = True

    def _record(self):
        # The registration and its object, while both exist.
        record = self._registry.get(self)
        target = record.weakref() if record else None
        return record, target

    def __call__(self, _=None):
        """Run the callback unless it was already run or detached; return its
        result."""
        record = self._registry.pop(self, None)
        if record and not self._exiting:
            return record.func(*record.args, **(record.kwargs or {}))

    def detach(self):
        """Unregister the finalizer; return (obj, func, args, kwargs) if it was
        still alive, else None."""
        record, target = self._record()
        if target is not None and self._registry.pop(self, None):
            return target, record.func, record.args, record.kwargs or {}

    def peek(self):
        """Return (obj, func, args, kwargs) if the finalizer is alive, else
        None."""
        record, target = self._record()
        if target is not None:
            return target, record.func, record.args, record.kwargs or {}

    @property
    def alive(self):
        """Whether the finalizer is alive."""
        return self in self._registry

    def _get_atexit(self):
        record = self._registry.get(self)
        return bool(record) and record.atexit

    def _set_atexit(self, value):
        record = self._registry.get(self)
        if record:
            record.atexit = bool(value)

    atexit = property(_get_atexit, _set_atexit,
                      doc="Whether the finalizer is to run when the program exits.")
    del _get_atexit, _set_atexit

    def __repr__(self):
        _, target = self._record()
        name, where = type(self).__name__, id(self)
        if target is None:
            return f'<{name} object at {where:#x}; dead>'
        return f'<{name} object at {where:#x}; for {type(target).__name__!r} at {id(target):#x}>'

    @classmethod
    def _exit_order(cls):
        # The finalizers that run at exit, oldest first (they are popped
        # from the end: the newest runs first).
        chosen = sorted((rec.index, f) for f, rec in cls._registry.items() if rec.atexit)
        return [f for _, f in chosen]

    @classmethod
    def _run_at_exit(cls):
        # Finalizers may make new finalizers while they run: the list is made
        # again whenever the registry changed.
        gc_was_on = False
        try:
            if cls._registry:
                import gc
                gc_was_on = gc.isenabled()
                if gc_was_on:
                    gc.disable()
                finalize._changed = True
                queue = []
                while queue or finalize._changed:
                    if finalize._changed:
                        queue = cls._exit_order()
                        finalize._changed = False
                        continue
                    chosen = queue.pop()
                    try:
                        chosen()
                    except Exception:
                        sys.excepthook(*sys.exc_info())
        finally:
            finalize._exiting = True
            if gc_was_on:
                gc.enable()
