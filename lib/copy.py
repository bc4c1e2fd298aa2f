"""Shallow and deep copies of Python objects.

    copy(x)            a shallow copy: a new container holding the same items
    deepcopy(x, memo)  a deep copy: items copied too, recursively; memo maps
                       id(original) to copy, so shared and recursive
                       structures keep their shape
    replace(x, **kw)   a modified copy, through the type's __replace__

A class controls its copies with __copy__(self) and __deepcopy__(self, memo),
or else through the pickle protocol (__reduce_ex__ / __reduce__ and
__getstate__ / __setstate__); copyreg.dispatch_table takes precedence over a
type's own reduction. Modules, classes, functions and other immutable or
unique objects are their own copies. The copy.Error exception is raised for
objects that cannot be copied."""

from copyreg import dispatch_table


class Error(Exception):
    """An object cannot be copied."""


error = Error   # the old name

__all__ = ["Error", "copy", "deepcopy", "replace"]


def _reduced(x, kind, how):
    # The object's reduction, the way pickle would ask for it.
    custom = dispatch_table.get(kind)
    if custom is not None:
        return custom(x)
    for name, argument in (("__reduce_ex__", (4,)), ("__reduce__", ())):
        method = getattr(x, name, None)
        if method:
            return method(*argument)
    raise Error(f"un({how})copyable object of type {kind}")


def copy(x):
    """Return a shallow copy of x (see the module's documentation)."""
    kind = type(x)
    handler = _copy_dispatch.get(kind)
    if handler is None and issubclass(kind, type):
        handler = _copy_immutable
    if handler is None:
        handler = getattr(kind, "__copy__", None)
    if handler is not None:
        return handler(x)
    parts = _reduced(x, kind, "shallow")
    return x if isinstance(parts, str) else _reconstruct(x, None, *parts)


def _copy_immutable(x):
    return x


def deepcopy(x, memo=None, _nil=[]):
    """Return a deep copy of x (see the module's documentation)."""
    memo = {} if memo is None else memo
    ident = id(x)
    earlier = memo.get(ident, _nil)
    if earlier is not _nil:
        return earlier
    kind = type(x)
    handler = _deepcopy_dispatch.get(kind)
    if handler is None and issubclass(kind, type):
        handler = _deepcopy_atomic
    if handler is not None:
        result = handler(x, memo)
    else:
        own = getattr(x, "__deepcopy__", None)
        if own is not None:
            result = own(memo)
        else:
            parts = _reduced(x, kind, "deep")
            result = x if isinstance(parts, str) else _reconstruct(x, memo, *parts)
    if result is not x:
        # Remember the copy, and keep x alive as long as memo is, so that
        # its id is not reused by another object meanwhile.
        memo[ident] = result
        _keep_alive(x, memo)
    return result


def _deepcopy_atomic(x, memo):
    return x


def _deepcopy_list(x, memo):
    out = []
    memo[id(x)] = out
    out.extend(deepcopy(item, memo) for item in x)
    return out


def _deepcopy_tuple(x, memo):
    items = [deepcopy(item, memo) for item in x]
    # A tuple that contains itself (through a list) was copied meanwhile.
    if id(x) in memo:
        return memo[id(x)]
    unchanged = all(new is old for new, old in zip(items, x))
    return x if unchanged else tuple(items)


def _deepcopy_dict(x, memo):
    out = {}
    memo[id(x)] = out
    for k, v in x.items():
        out[deepcopy(k, memo)] = deepcopy(v, memo)
    return out


def _deepcopy_method(x, memo):
    # A bound method: the same function bound to a copy of the instance.
    instance = deepcopy(x.__self__, memo)
    return type(x)(x.__func__, instance)


def _tables():
    import types
    import weakref
    immutable = (type(None), int, float, bool, complex, str, tuple, bytes, frozenset,
                 type, range, slice, property, types.BuiltinFunctionType, type(Ellipsis),
                 type(NotImplemented), types.FunctionType, types.CodeType, weakref.ref)
    shallow = dict.fromkeys(immutable, _copy_immutable)
    shallow.update((kind, kind.copy) for kind in (list, dict, set, bytearray))
    atomic = (type(None), type(Ellipsis), type(NotImplemented), int, float, bool,
              complex, bytes, str, types.CodeType, type, range,
              types.BuiltinFunctionType, types.FunctionType, weakref.ref, property)
    deep = dict.fromkeys(atomic, _deepcopy_atomic)
    deep.update({list: _deepcopy_list, tuple: _deepcopy_tuple, dict: _deepcopy_dict,
                 types.MethodType: _deepcopy_method})
    return shallow, deep


_copy_dispatch, _deepcopy_dispatch = _tables()
del _tables


def _keep_alive(x, memo):
    """Keep a reference to x in memo, under memo's own id.

    The originals of the copies made are held this way: an original that
    died in between could have its id taken by a new object, which memo
    would then mistake for one already copied."""
    memo.setdefault(id(memo), []).append(x)


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None,
                 *, deepcopy=deepcopy):
    # Rebuild an object from the parts its reduction names: func(*args),
    # then the state, then the list items and dict items to add. memo is
    # None for a shallow copy.
    if memo is None:
        dup = _copy_immutable
    else:
        def dup(value):
            return deepcopy(value, memo)
    made = func(*(dup(args) if args and memo is not None else args))
    if memo is not None:
        memo[id(x)] = made
    if state is not None:
        _restore(made, dup(state))
    for item in listiter or ():
        made.append(dup(item))
    for k, v in dictiter or ():
        made[dup(k)] = dup(v)
    return made


def _restore(made, state):
    # __setstate__, or the instance dict updated, and the slots set when the
    # state is a (dict, slots) pair.
    setter = getattr(made, '__setstate__', None)
    if setter is not None:
        setter(state)
        return
    slots = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slots = state
    if state is not None:
        made.__dict__.update(state)
    if slots is not None:
        for name, value in slots.items():
            setattr(made, name, value)


def replace(obj, /, **changes):
    """Return a copy of obj with the given fields changed, made by its
    class's __replace__ (named tuples, frozen dataclasses, dates...)."""
    cls = obj.__class__
    maker = getattr(cls, '__replace__', None)
    if maker is None:
        raise TypeError(f"replace() does not support {cls.__name__} objects")
    return maker(obj, **changes)
