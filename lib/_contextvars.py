"""Context Variables"""

# Kaa's _contextvars, in Python (CPython's is C). A Context holds a mapping
# from ContextVars to values that is never changed in place: setting a
# variable gives the context a new mapping, so copies share the old one
# cheaply. Each thread has its own current context.

import _thread
import types as _types

__all__ = ('Context', 'ContextVar', 'Token', 'copy_context')

_state = _thread._local()


def _current():
    # The thread's current context, made empty on first use.
    ctx = getattr(_state, 'context', None)
    if ctx is None:
        ctx = _state.context = Context()
    return ctx


def _final(cls):
    def refuse(subclass, /, **kwargs):
        raise TypeError("type '_contextvars.%s' is not an acceptable base type" % cls.__name__)
    cls.__init_subclass__ = classmethod(refuse)
    return cls


@_final
class Context:
    __slots__ = ('_data', '_prev', '_entered')

    def __init__(self):
        self._data = {}
        self._prev = None
        self._entered = False

    def run(self, callable, /, *args, **kwargs):
        if self._entered:
            raise RuntimeError('cannot enter context: %r is already entered' % (self,))
        self._prev = getattr(_state, 'context', None)
        self._entered = True
        _state.context = self
        try:
            return callable(*args, **kwargs)
        finally:
            _state.context = self._prev
            self._prev = None
            self._entered = False

    def copy(self):
        twin = Context()
        twin._data = self._data
        return twin

    def __getitem__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError("a ContextVar key was expected, got %r" % (var,))
        return self._data[var]

    def get(self, var, default=None, /):
        if not isinstance(var, ContextVar):
            raise TypeError("a ContextVar key was expected, got %r" % (var,))
        return self._data.get(var, default)

    def __contains__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError("a ContextVar key was expected, got %r" % (var,))
        return var in self._data

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(self._data)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def __eq__(self, other):
        if not isinstance(other, Context):
            return NotImplemented
        return self._data == other._data

    __hash__ = None


Context.__module__ = '_contextvars'


def copy_context():
    return _current().copy()


_NO_DEFAULT = object()


@_final
class ContextVar:
    __slots__ = ('_name', '_default', '__weakref__')

    def __init__(self, name, *, default=_NO_DEFAULT):
        if not isinstance(name, str):
            raise TypeError("context variable name must be a str")
        object.__setattr__(self, '_name', name)
        object.__setattr__(self, '_default', default)

    @property
    def name(self):
        return self._name

    def get(self, default=_NO_DEFAULT, /):
        data = _current()._data
        if self in data:
            return data[self]
        if default is not _NO_DEFAULT:
            return default
        if self._default is not _NO_DEFAULT:
            return self._default
        raise LookupError(self)

    def set(self, value, /):
        ctx = _current()
        data = ctx._data
        old = data.get(self, Token.MISSING)
        updated = dict(data)
        updated[self] = value
        ctx._data = updated
        return Token._make(ctx, self, old)

    def reset(self, token, /):
        if not isinstance(token, Token):
            raise TypeError("expected an instance of Token, got %r" % (token,))
        if token._used:
            raise RuntimeError("%r has already been used once" % (token,))
        if token._var is not self:
            raise ValueError("%r was created by a different ContextVar" % (token,))
        ctx = _current()
        if token._ctx is not ctx:
            raise ValueError("%r was created in a different Context" % (token,))
        updated = dict(ctx._data)
        if token._old_value is Token.MISSING:
            updated.pop(self, None)
        else:
            updated[self] = token._old_value
        ctx._data = updated
        token._used = True

    def __setattr__(self, name, value):
        raise AttributeError("readonly attribute")

    def __repr__(self):
        default = ''
        if self._default is not _NO_DEFAULT:
            default = ' default=%r' % (self._default,)
        return '<ContextVar name=%r%s at 0x%x>' % (self._name, default, id(self))

    __class_getitem__ = classmethod(_types.GenericAlias)


ContextVar.__module__ = '_contextvars'


class _Missing:
    __slots__ = ()

    def __repr__(self):
        return '<Token.MISSING>'


@_final
class Token:
    __slots__ = ('_ctx', '_var', '_old_value', '_used')

    MISSING = _Missing()

    def __init__(self, *args, **kwargs):
        raise RuntimeError("Tokens can only be created by ContextVars")

    @classmethod
    def _make(cls, ctx, var, old):
        token = object.__new__(cls)
        token._ctx, token._var, token._old_value, token._used = ctx, var, old, False
        return token

    @property
    def var(self):
        return self._var

    @property
    def old_value(self):
        return self._old_value

    def __repr__(self):
        used = ' used' if self._used else ''
        return '<Token%s var=%r at 0x%x>' % (used, self._var, id(self))

    __class_getitem__ = classmethod(_types.GenericAlias)


Token.__module__ = '_contextvars'
