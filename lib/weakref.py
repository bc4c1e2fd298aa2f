"""Support for weak references and weak dictionaries.

The reference and proxy types come from _weakref; this module adds the weak
containers, WeakMethod and finalize.
"""

from _weakref import (
    getweakrefcount,
    getweakrefs,
    ref,
    proxy,
    CallableProxyType,
    ProxyType,
    ReferenceType,
    _remove_dead_weakref)

from _weakrefset import WeakSet, _IterationGuard

import sys

ProxyTypes = (ProxyType, CallableProxyType)

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs",
           "WeakKeyDictionary", "ReferenceType", "ProxyType",
           "CallableProxyType", "ProxyTypes", "WeakValueDictionary",
           "WeakSet", "WeakMethod", "finalize"]

_alias_type = type(list[int])


class _PlainMapping:
    """What the weak dictionaries take from MutableMapping, for when
    collections.abc is not available."""

    __hash__ = None
    __class_getitem__ = classmethod(_alias_type)

    def __eq__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    def clear(self):
        try:
            while True:
                self.popitem()
        except KeyError:
            pass


def _is_mapping(obj):
    try:
        from _collections_abc import Mapping
    except ImportError:
        return isinstance(obj, (dict, _PlainMapping)) or hasattr(obj, "keys")
    return isinstance(obj, Mapping)


def _abc(name):
    # The weak dictionaries are MutableMappings when collections.abc exists.
    try:
        import _collections_abc
    except ImportError:
        return _PlainMapping
    return getattr(_collections_abc, name)


class WeakMethod(ref):
    """A weak reference to a bound method.

    Holding the bound method itself would keep nothing alive (it is made anew on
    every attribute access); this keeps weak references to the instance and to
    the function, and rebuilds the method when called while both live.
    """

    __slots__ = "_func_ref", "_meth_type", "_alive", "__weakref__"

    def __new__(cls, meth, callback=None):
        try:
            target = meth.__self__
            function = meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not {}"
                            .format(type(meth))) from None

        def _gone(_ref, self_ref=None):
            me = self_ref()
            if me is not None and me._alive:
                me._alive = False
                if callback is not None:
                    callback(me)

        self = ref.__new__(cls, target, lambda r: _gone(r, self_ref))
        self_ref = ref(self)
        self._func_ref = ref(function, lambda r: _gone(r, self_ref))
        self._meth_type = type(meth)
        self._alive = True
        return self

    def __call__(self):
        target = super().__call__()
        function = self._func_ref()
        if target is None or function is None:
            return None
        return self._meth_type(function, target)

    def __eq__(self, other):
        if isinstance(other, WeakMethod):
            if self._alive and other._alive:
                return ref.__eq__(self, other) and self._func_ref == other._func_ref
            return self is other
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, WeakMethod):
            if self._alive and other._alive:
                return ref.__ne__(self, other) or self._func_ref != other._func_ref
            return self is not other
        return NotImplemented

    __hash__ = ref.__hash__


class KeyedRef(ref):
    """A weak reference that also remembers a key.

    WeakValueDictionary stores these, so the callback of a dead value knows
    which entry to drop without searching.
    """

    __slots__ = "key",

    def __new__(cls, ob, callback, key):
        self = ref.__new__(cls, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)


class WeakValueDictionary(_abc("MutableMapping")):
    """A mapping whose values are held by weak references.

    An entry disappears once its value is no longer strongly referenced
    elsewhere.
    """

    def __init__(self, other=(), /, **kw):
        def _value_gone(dead, self_ref=ref(self), _drop=_remove_dead_weakref):
            owner = self_ref()
            if owner is None:
                return
            if owner._iterating:
                owner._pending_removals.append(dead.key)
            else:
                # The entry may hold a new value by now: drop it only if it is
                # still a dead reference.
                _drop(owner.data, dead.key)

        self._remove = _value_gone
        self._pending_removals = []
        self._iterating = set()
        self.data = {}
        self.update(other, **kw)

    def _commit_removals(self, _drop=_remove_dead_weakref):
        queued = self._pending_removals
        table = self.data
        while queued:
            key = queued.pop()
            try:
                _drop(table, key)
            except KeyError:
                pass

    def __getitem__(self, key):
        if self._pending_removals:
            self._commit_removals()
        value = self.data[key]()
        if value is None:
            raise KeyError(key)
        return value

    def __delitem__(self, key):
        if self._pending_removals:
            self._commit_removals()
        del self.data[key]

    def __len__(self):
        if self._pending_removals:
            self._commit_removals()
        return len(self.data)

    def __contains__(self, key):
        if self._pending_removals:
            self._commit_removals()
        try:
            value = self.data[key]()
        except KeyError:
            return False
        return value is not None

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def __setitem__(self, key, value):
        if self._pending_removals:
            self._commit_removals()
        self.data[key] = KeyedRef(value, self._remove, key)

    def copy(self):
        if self._pending_removals:
            self._commit_removals()
        clone = WeakValueDictionary()
        with _IterationGuard(self):
            for key, value_ref in self.data.items():
                value = value_ref()
                if value is not None:
                    clone[key] = value
        return clone

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        if self._pending_removals:
            self._commit_removals()
        clone = self.__class__()
        with _IterationGuard(self):
            for key, value_ref in self.data.items():
                value = value_ref()
                if value is not None:
                    clone[deepcopy(key, memo)] = value
        return clone

    def get(self, key, default=None):
        if self._pending_removals:
            self._commit_removals()
        try:
            value_ref = self.data[key]
        except KeyError:
            return default
        value = value_ref()
        return default if value is None else value

    def items(self):
        if self._pending_removals:
            self._commit_removals()
        with _IterationGuard(self):
            for key, value_ref in self.data.items():
                value = value_ref()
                if value is not None:
                    yield key, value

    def keys(self):
        if self._pending_removals:
            self._commit_removals()
        with _IterationGuard(self):
            for key, value_ref in self.data.items():
                if value_ref() is not None:
                    yield key

    __iter__ = keys

    def itervaluerefs(self):
        """Yield the weak references to the values (some may be dead by the
        time they are used)."""
        if self._pending_removals:
            self._commit_removals()
        with _IterationGuard(self):
            yield from self.data.values()

    def valuerefs(self):
        """Return a list of the weak references to the values."""
        if self._pending_removals:
            self._commit_removals()
        return list(self.data.values())

    def values(self):
        if self._pending_removals:
            self._commit_removals()
        with _IterationGuard(self):
            for value_ref in self.data.values():
                value = value_ref()
                if value is not None:
                    yield value

    def popitem(self):
        if self._pending_removals:
            self._commit_removals()
        while True:
            key, value_ref = self.data.popitem()
            value = value_ref()
            if value is not None:
                return key, value

    def pop(self, key, *args):
        if self._pending_removals:
            self._commit_removals()
        try:
            value = self.data.pop(key)()
        except KeyError:
            value = None
        if value is not None:
            return value
        if args:
            return args[0]
        raise KeyError(key)

    def setdefault(self, key, default=None):
        try:
            value = self.data[key]()
        except KeyError:
            value = None
        if value is not None:
            return value
        if self._pending_removals:
            self._commit_removals()
        self.data[key] = KeyedRef(default, self._remove, key)
        return default

    def update(self, other=None, /, **kwargs):
        if self._pending_removals:
            self._commit_removals()
        table = self.data
        if other is not None:
            if not hasattr(other, "items"):
                other = dict(other)
            for key, value in other.items():
                table[key] = KeyedRef(value, self._remove, key)
        for key, value in kwargs.items():
            table[key] = KeyedRef(value, self._remove, key)

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if _is_mapping(other):
            merged = self.copy()
            merged.update(other)
            return merged
        return NotImplemented

    def __ror__(self, other):
        if _is_mapping(other):
            merged = self.__class__()
            merged.update(other)
            merged.update(self)
            return merged
        return NotImplemented


class WeakKeyDictionary(_abc("MutableMapping")):
    """A mapping whose keys are held by weak references.

    An entry disappears once its key is no longer strongly referenced
    elsewhere; it is a way to attach data to objects one does not own.
    """

    def __init__(self, dict=None):
        self.data = {}

        def _key_gone(dead, self_ref=ref(self)):
            owner = self_ref()
            if owner is None:
                return
            if owner._iterating:
                owner._pending_removals.append(dead)
            else:
                try:
                    del owner.data[dead]
                except KeyError:
                    pass

        self._remove = _key_gone
        self._pending_removals = []
        self._iterating = set()
        self._dirty_len = False
        if dict is not None:
            self.update(dict)

    def _commit_removals(self):
        # The dead references compare equal only to themselves, so each is
        # found by identity.
        queued = self._pending_removals
        table = self.data
        while queued:
            try:
                del table[queued.pop()]
            except KeyError:
                pass

    def _scrub_removals(self):
        table = self.data
        self._pending_removals = [k for k in self._pending_removals if k in table]
        self._dirty_len = False

    def __delitem__(self, key):
        self._dirty_len = True
        del self.data[ref(key)]

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __len__(self):
        if self._dirty_len and self._pending_removals:
            self._scrub_removals()
        return len(self.data) - len(self._pending_removals)

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def __setitem__(self, key, value):
        self.data[ref(key, self._remove)] = value

    def copy(self):
        clone = WeakKeyDictionary()
        with _IterationGuard(self):
            for key_ref, value in self.data.items():
                key = key_ref()
                if key is not None:
                    clone[key] = value
        return clone

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        clone = self.__class__()
        with _IterationGuard(self):
            for key_ref, value in self.data.items():
                key = key_ref()
                if key is not None:
                    clone[key] = deepcopy(value, memo)
        return clone

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def __contains__(self, key):
        try:
            key_ref = ref(key)
        except TypeError:
            return False
        return key_ref in self.data

    def items(self):
        with _IterationGuard(self):
            for key_ref, value in self.data.items():
                key = key_ref()
                if key is not None:
                    yield key, value

    def keys(self):
        with _IterationGuard(self):
            for key_ref in self.data:
                key = key_ref()
                if key is not None:
                    yield key

    __iter__ = keys

    def values(self):
        with _IterationGuard(self):
            for key_ref, value in self.data.items():
                if key_ref() is not None:
                    yield value

    def keyrefs(self):
        """Return a list of the weak references to the keys (some may be dead
        by the time they are used)."""
        return list(self.data)

    def popitem(self):
        self._dirty_len = True
        while True:
            key_ref, value = self.data.popitem()
            key = key_ref()
            if key is not None:
                return key, value

    def pop(self, key, *args):
        self._dirty_len = True
        return self.data.pop(ref(key), *args)

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._remove), default)

    def update(self, dict=None, /, **kwargs):
        table = self.data
        if dict is not None:
            if not hasattr(dict, "items"):
                dict = type({})(dict)
            for key, value in dict.items():
                table[ref(key, self._remove)] = value
        if kwargs:
            self.update(kwargs)

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if _is_mapping(other):
            merged = self.copy()
            merged.update(other)
            return merged
        return NotImplemented

    def __ror__(self, other):
        if _is_mapping(other):
            merged = self.__class__()
            merged.update(other)
            merged.update(self)
            return merged
        return NotImplemented


class finalize:
    """Call a function when an object is garbage collected.

    finalize(obj, func, *args, **kwargs) returns a callable finalizer that calls
    func(*args, **kwargs) once: when obj is collected, when the finalizer is
    called, or (if its atexit attribute is true, the default) when the program
    exits. A finalizer stays alive until it has run or been detached.
    """

    __slots__ = ()
    _registry = {}
    _shutdown = False
    _counter = [0]
    _dirty = False
    _registered_with_atexit = False

    class _Info:
        __slots__ = ("weakref", "func", "args", "kwargs", "atexit", "index")

    def __init__(self, obj, func, /, *args, **kwargs):
        if not self._registered_with_atexit:
            import atexit
            atexit.register(self._exitfunc)
            finalize._registered_with_atexit = True
        info = self._Info()
        info.weakref = ref(obj, self)
        info.func = func
        info.args = args
        info.kwargs = kwargs or None
        info.atexit = True
        finalize._counter[0] += 1
        info.index = finalize._counter[0]
        self._registry[self] = info
        finalize._dirty = True

    def __call__(self, _=None):
        """Run the callback unless it was already run or detached; return its
        result."""
        info = self._registry.pop(self, None)
        if info and not self._shutdown:
            return info.func(*info.args, **(info.kwargs or {}))

    def detach(self):
        """Unregister the finalizer; return (obj, func, args, kwargs) if it was
        still alive, else None."""
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is not None and self._registry.pop(self, None):
            return (obj, info.func, info.args, info.kwargs or {})

    def peek(self):
        """Return (obj, func, args, kwargs) if the finalizer is alive, else
        None."""
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is not None:
            return (obj, info.func, info.args, info.kwargs or {})

    @property
    def alive(self):
        """Whether the finalizer is alive."""
        return self in self._registry

    @property
    def atexit(self):
        """Whether the finalizer is to run when the program exits."""
        info = self._registry.get(self)
        return bool(info) and info.atexit

    @atexit.setter
    def atexit(self, value):
        info = self._registry.get(self)
        if info:
            info.atexit = bool(value)

    def __repr__(self):
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is None:
            return '<%s object at %#x; dead>' % (type(self).__name__, id(self))
        return '<%s object at %#x; for %r at %#x>' % (
            type(self).__name__, id(self), type(obj).__name__, id(obj))

    @classmethod
    def _select_for_exit(cls):
        # The finalizers to run at exit, most recently created first.
        chosen = [(f, i) for (f, i) in cls._registry.items() if i.atexit]
        chosen.sort(key=lambda pair: pair[1].index)
        return [f for (f, i) in chosen]

    @classmethod
    def _exitfunc(cls):
        # A finalizer may create others while the exit ones run; those are
        # picked up by looking again whenever the registry changed.
        reenable_gc = False
        try:
            if cls._registry:
                import gc
                if gc.isenabled():
                    reenable_gc = True
                    gc.disable()
                pending = None
                while True:
                    if pending is None or finalize._dirty:
                        pending = cls._select_for_exit()
                        finalize._dirty = False
                    if not pending:
                        break
                    f = pending.pop()
                    try:
                        f()
                    except Exception:
                        sys.excepthook(*sys.exc_info())
                    assert f not in cls._registry
        finally:
            finalize._shutdown = True
            if reenable_gc:
                gc.enable()
