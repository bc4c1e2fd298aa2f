"""The abstract base classes of collections.abc (PEP 3119).

Importing collections pulls in a good deal; this module is the light half
that other modules need early, so it lives under its own name and passes
itself off as collections.abc.

A word on evolving these classes: a class registered with an ABC does not
inherit its mixins, so a method added to an ABC later would be missing
from registered classes and break the promise isinstance() makes.  New
behaviour therefore goes into new ABCs, never into these.
"""

from abc import ABCMeta, abstractmethod
import sys

GenericAlias = type(tuple[int])
EllipsisType = type(Ellipsis)


def _plain_function():
    pass


FunctionType = type(_plain_function)
del _plain_function

__all__ = [
    # asynchronous
    "Awaitable", "Coroutine", "AsyncIterable", "AsyncIterator", "AsyncGenerator",
    # one method each, or close to it
    "Hashable", "Iterable", "Iterator", "Generator", "Reversible", "Sized",
    "Container", "Callable", "Collection",
    # the collections proper
    "Set", "MutableSet", "Mapping", "MutableMapping", "MappingView",
    "KeysView", "ItemsView", "ValuesView", "Sequence", "MutableSequence",
    "ByteString", "Buffer",
]

# The classes say they come from collections.abc, their public home.
__name__ = 'collections.abc'

# The builtin types with no public name, found by making one of each, so
# that they can be registered below (isinstance(iter(b''), Iterator), ...).
for _name, _sample in {
        'bytes_iterator': iter(b''),
        'bytearray_iterator': iter(bytearray()),
        'dict_keyiterator': iter({}),
        'dict_valueiterator': iter({}.values()),
        'dict_itemiterator': iter({}.items()),
        'list_iterator': iter([]),
        'list_reverseiterator': reversed([]),
        'range_iterator': iter(range(0)),
        'longrange_iterator': iter(range(2 ** 1000)),
        'set_iterator': iter(set()),
        'str_iterator': iter(''),
        'tuple_iterator': iter(()),
        'zip_iterator': zip(),
        'dict_keys': {}.keys(),
        'dict_values': {}.values(),
        'dict_items': {}.items(),
        'mappingproxy': vars(type)}.items():
    globals()[_name] = type(_sample)
del _name, _sample


def _locals_type():
    frame = sys._getframe()
    return type(frame.f_locals)


framelocalsproxy = _locals_type()
del _locals_type


def _make_generator():
    yield


generator = type(_make_generator())


async def _make_coroutine():
    pass


_sample = _make_coroutine()
coroutine = type(_sample)
_sample.close()


async def _make_async_generator():
    yield


async_generator = type(_make_async_generator())
del _sample, _make_generator, _make_coroutine, _make_async_generator


def _check_methods(C, *methods):
    """True when every name in methods is defined somewhere along C's MRO
    (the first definition found decides: None there means "explicitly not
    supported"); NotImplemented otherwise, leaving the decision to the
    usual subclass rules."""
    namespaces = [klass.__dict__ for klass in C.__mro__]
    for name in methods:
        where = next((ns for ns in namespaces if name in ns), None)
        if where is None or where[name] is None:
            return NotImplemented
    return True


# --- ABCs defined by the methods a class has ----------------------------------
#
# Each of these answers issubclass() structurally: a class that defines the
# listed methods (and does not set one of them to None) counts as a subclass
# without registering.  Only the ABC named answers so; a class derived from
# it is judged by the ordinary rules.

def _protocol_hook(methods):
    def __subclasshook__(cls, C):
        # A subclass of the ABC is judged by the usual rules instead.
        mine = cls.__dict__.get('__subclasshook__') is hook
        return _check_methods(C, *methods) if mine else NotImplemented
    hook = classmethod(__subclasshook__)
    return hook


def _stub(name, result=None, generator=False):
    # An abstract method standing for name; calling it through super()
    # gives a neutral answer, as the ABC's documentation promises.
    if generator:
        def method(self, *args):
            return
            yield
    else:
        def method(self, *args):
            if isinstance(result, type) and issubclass(result, BaseException):
                raise result
            return result
    method.__name__ = name
    return abstractmethod(method)


def _default_raises(error, awaited=False):
    """Decorator making an abstract method whose inherited body (what a
    subclass reaches through super()) only raises error (when awaited, for
    an async method).  The decorated
    function just describes the method: name, signature and docstring."""
    def make(spec):
        if awaited:
            async def method(self, *args):
                raise error
        else:
            def method(self, *args):
                raise error
        for attr in ('__module__', '__name__', '__qualname__', '__doc__'):
            setattr(method, attr, getattr(spec, attr))
        method.__wrapped__ = spec   # inspect.signature() shows spec's
        return abstractmethod(method)
    return make


def _abc(name, bases, methods, *, stubs=None, generic=False, **extra):
    """Make the ABC name whose subclass hook asks for methods."""
    ns = {'__slots__': (), '__module__': __name__, '__qualname__': name,
          '__subclasshook__': _protocol_hook(methods)}
    for meth, stub in (stubs or {}).items():
        ns[meth] = stub
    if generic:
        ns['__class_getitem__'] = classmethod(GenericAlias)
    ns.update(extra)
    return ABCMeta(name, bases, ns)


Hashable = _abc('Hashable', (), ('__hash__',),
                stubs={'__hash__': _stub('__hash__', 0)})
Awaitable = _abc('Awaitable', (), ('__await__',), generic=True,
                 stubs={'__await__': _stub('__await__', generator=True)})


def _throw_default(kind, value, trace):
    # What throw() does for generator-likes that keep no state of their
    # own: raise the exception described by its (old-style) arguments.
    if value is None and trace is None:
        raise kind
    exc = kind() if value is None else value
    raise exc if trace is None else exc.with_traceback(trace)


# The abstract methods of the generator-like ABCs (marked abstract where the
# classes are made); through super() they end the iteration.

@_default_raises(StopIteration)
def _send(self, value):
    """Send value in; return what comes out next, or raise StopIteration."""


def _throw(self, typ, val=None, tb=None):
    """Raise an exception inside; return what comes out next, or raise
    StopIteration."""
    _throw_default(typ, val, tb)


def _closer(what):
    def close(self):
        """Throw GeneratorExit in, which must end it."""
        try:
            self.throw(GeneratorExit)
        except (StopIteration, GeneratorExit):
            return  # it finished, as it should
        raise RuntimeError(what + " ignored GeneratorExit")
    return close


Coroutine = _abc('Coroutine', (Awaitable,), ('__await__', 'send', 'throw', 'close'),
                 send=_send, throw=abstractmethod(_throw),
                 close=_closer("coroutine"))

AsyncIterable = _abc('AsyncIterable', (), ('__aiter__',), generic=True,
                     stubs={'__aiter__': abstractmethod(lambda self: AsyncIterator())})
AsyncIterable.__aiter__.__name__ = '__aiter__'


@_default_raises(StopAsyncIteration, awaited=True)
async def _anext_stub(self):
    """Return the next item, or raise StopAsyncIteration at the end."""


def _self(self):
    return self


AsyncIterator = _abc('AsyncIterator', (AsyncIterable,), ('__anext__', '__aiter__'),
                     __anext__=_anext_stub, __aiter__=_self)


async def _agen_anext(self):
    """Return the next item, or raise StopAsyncIteration at the end."""
    return await self.asend(None)


@_default_raises(StopAsyncIteration, awaited=True)
async def _asend(self, value):
    """Send value in; return what comes out next, or raise
    StopAsyncIteration."""


async def _athrow(self, typ, val=None, tb=None):
    """Raise an exception inside; return what comes out next, or raise
    StopAsyncIteration."""
    _throw_default(typ, val, tb)


async def _aclose(self):
    """Throw GeneratorExit in, which must end it."""
    try:
        await self.athrow(GeneratorExit)
    except (StopAsyncIteration, GeneratorExit):
        return  # it finished, as it should
    raise RuntimeError("asynchronous generator ignored GeneratorExit")


AsyncGenerator = _abc('AsyncGenerator', (AsyncIterator,),
                      ('__aiter__', '__anext__', 'asend', 'athrow', 'aclose'),
                      __anext__=_agen_anext, asend=_asend,
                      athrow=abstractmethod(_athrow), aclose=_aclose)

Iterable = _abc('Iterable', (), ('__iter__',), generic=True,
                stubs={'__iter__': _stub('__iter__', generator=True)})


@_default_raises(StopIteration)
def _next_stub(self):
    """The next item; StopIteration once there are no more."""


Iterator = _abc('Iterator', (Iterable,), ('__iter__', '__next__'),
                __next__=_next_stub, __iter__=_self)

for _it in (bytes_iterator, bytearray_iterator, dict_keyiterator,
            dict_valueiterator, dict_itemiterator, list_iterator,
            list_reverseiterator, range_iterator, longrange_iterator,
            set_iterator, str_iterator, tuple_iterator, zip_iterator):
    Iterator.register(_it)
del _it

Reversible = _abc('Reversible', (Iterable,), ('__reversed__', '__iter__'),
                  stubs={'__reversed__': _stub('__reversed__', generator=True)})


def _gen_next(self):
    """Return the next item, or raise StopIteration at the end."""
    return self.send(None)


Generator = _abc('Generator', (Iterator,), ('__iter__', '__next__', 'send', 'throw', 'close'),
                 __next__=_gen_next, send=_send, throw=abstractmethod(_throw),
                 close=_closer("generator"))

Sized = _abc('Sized', (), ('__len__',), stubs={'__len__': _stub('__len__', 0)})
Container = _abc('Container', (), ('__contains__',), generic=True,
                 stubs={'__contains__': _stub('__contains__', False)})
Collection = _abc('Collection', (Sized, Iterable, Container),
                  ('__len__', '__iter__', '__contains__'))
Buffer = _abc('Buffer', (), ('__buffer__',),
              stubs={'__buffer__': _stub('__buffer__', NotImplementedError)})


# --- Callable[[args], result] -------------------------------------------

def _is_param_expr(obj):
    """Whether obj can stand for a parameter list: ..., a list of types, or
    typing's ParamSpec or Concatenate[...]."""
    if obj is Ellipsis or isinstance(obj, list):
        return True
    kind = type(obj)
    return kind.__module__ == 'typing' and kind.__name__ in ('ParamSpec', '_ConcatenateGenericAlias')


def _type_repr(obj):
    """How a type argument is shown in the alias's repr (typing's rules,
    repeated here so that this module need not import typing)."""
    if obj is ...:
        return '...'
    if isinstance(obj, type):
        home, qual = obj.__module__, obj.__qualname__
        return qual if home == 'builtins' else f'{home}.{qual}'
    return obj.__name__ if isinstance(obj, FunctionType) else repr(obj)


class _CallableGenericAlias(GenericAlias):
    """Callable[[A, B], R]: its __args__ are the parameter types flattened,
    then the result type: (A, B, R)."""

    __slots__ = ()

    def __new__(cls, origin, args):
        if type(args) is not tuple and not isinstance(args, tuple) or len(args) != 2:
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        params, result = args
        if isinstance(params, (tuple, list)):
            flat = (*params, result)
        elif _is_param_expr(params):
            flat = args
        else:
            raise TypeError("Expected a list of types, an ellipsis, ParamSpec, "
                            f"or Concatenate. Got {params}")
        return GenericAlias.__new__(cls, origin, flat)

    def _plain(self):
        # Whether __args__ is (parameter expression, result) as given,
        # rather than a flattened list of parameter types.
        flat = self.__args__
        return len(flat) == 2 and _is_param_expr(flat[0])

    def __repr__(self):
        if self._plain():
            return GenericAlias.__repr__(self)
        *params, result = self.__args__
        shown = ", ".join([_type_repr(p) for p in params])
        return f'collections.abc.Callable[[{shown}], {_type_repr(result)}]'

    def __reduce__(self):
        flat = self.__args__
        if not self._plain():
            flat = list(flat[:-1]), flat[-1]
        return _CallableGenericAlias, (Callable, flat)

    def __getitem__(self, item):
        # Substituting type variables: GenericAlias does the work, and the
        # result is regrouped into (parameters, result) again.
        flat = GenericAlias.__getitem__(self, item if isinstance(item, tuple) else (item,)).__args__
        if not isinstance(flat[0], (tuple, list)):
            flat = (flat[:-1], flat[-1])
        return _CallableGenericAlias(Callable, tuple(flat))


Callable = _abc('Callable', (), ('__call__',),
                stubs={'__call__': _stub('__call__', False)},
                __class_getitem__=classmethod(_CallableGenericAlias))


def _drain(take_one, empty_error):
    # The mixins' clear(): take items out one at a time until the container
    # says, with empty_error, that it is empty.
    while True:
        try:
            take_one()
        except empty_error:
            return


# --- sets ------------------------------------------------------------------

def _as_set(s, other):
    # other as something with a fast "in": itself when it is a Set, else a
    # set of s's kind built from it; None when it is not even iterable.
    if isinstance(other, Set):
        return other
    if isinstance(other, Iterable):
        return s._from_iterable(other)
    return None


def _change_each(s, it, change, items):
    # The loop of s ^= it and s -= it: change(s, x) for each x of items().
    # With it the set itself, both just empty it (and could not walk a set
    # that changes as they go).
    if it is s:
        s.clear()
    else:
        for x in items():
            change(s, x)
    return s


def _toggle(s, x):
    if x in s:
        s.discard(x)
    else:
        s.add(x)


def _take_out(s, x):
    s.discard(x)


def _subset(small, big):
    return len(small) <= len(big) and all(x in big for x in small)


class Set(Collection):
    """A finite iterable container with set semantics.

    Subclasses supply __contains__, __iter__ and __len__ and inherit the
    comparisons and the operators &, |, -, ^.  Overriding __le__ and __ge__
    (for speed) is enough for the other comparisons to follow.
    """

    __slots__ = ()

    def __le__(self, rhs):
        return _subset(self, rhs) if isinstance(rhs, Set) else NotImplemented

    def __ge__(self, rhs):
        return _subset(rhs, self) if isinstance(rhs, Set) else NotImplemented

    def __lt__(self, rhs):
        return (len(self) < len(rhs) and self.__le__(rhs)
                if isinstance(rhs, Set) else NotImplemented)

    def __gt__(self, rhs):
        return (len(self) > len(rhs) and self.__ge__(rhs)
                if isinstance(rhs, Set) else NotImplemented)

    def __eq__(self, rhs):
        return (len(self) == len(rhs) and self.__le__(rhs)
                if isinstance(rhs, Set) else NotImplemented)

    @classmethod
    def _from_iterable(cls, it):
        """Build a set of this class from an iterable: the operators make
        their results this way.  Override it when the constructor wants
        something other than one iterable."""
        return cls(it)

    def isdisjoint(self, other):
        'True when the two sets have no element in common.'
        return not any(x in self for x in other)

    # The operators take any iterable; their results are made by
    # _from_iterable.  Each gives NotImplemented for a non-iterable operand.

    def __and__(self, rhs):
        return (self._from_iterable(x for x in rhs if x in self)
                if isinstance(rhs, Iterable) else NotImplemented)

    def __or__(self, rhs):
        return (self._from_iterable(x for part in (self, rhs) for x in part)
                if isinstance(rhs, Iterable) else NotImplemented)

    def __sub__(self, rhs):
        others = _as_set(self, rhs)
        return (NotImplemented if others is None
                else self._from_iterable(x for x in self if x not in others))

    def __rsub__(self, lhs):
        others = _as_set(self, lhs)
        return (NotImplemented if others is None
                else self._from_iterable(x for x in others if x not in self))

    def __xor__(self, rhs):
        others = _as_set(self, rhs)
        return NotImplemented if others is None else (self - others) | (others - self)

    __rand__, __ror__, __rxor__ = __and__, __or__, __xor__

    def _hash(self):
        """A hash for the set computed as frozenset's is, so that equal sets
        of any kind hash alike.  Set defines no __hash__ (a mutable set must
        not have one); a hashable set's __hash__ may return this."""
        width = sys.maxsize.bit_length() + 1
        mask = (1 << width) - 1
        h = (1927868237 * (len(self) + 1)) & mask
        for item in self:
            x = hash(item)
            h = (h ^ ((x ^ (x << 16) ^ 89869747) * 3644798167)) & mask
        h = h ^ (h >> 11) ^ (h >> 25)
        h = (h * 69069 + 907133923) & mask
        if h >> (width - 1):
            h -= 1 << width
        return 590923713 if h == -1 else h


class MutableSet(Set):
    """A Set that can change: subclasses add add() and discard(), and get
    remove, pop, clear and the in-place operators from here."""

    __slots__ = ()

    @_default_raises(NotImplementedError)
    def add(self, value):
        """Put value in the set."""

    @_default_raises(NotImplementedError)
    def discard(self, value):
        """Take value out of the set if it is there."""

    def remove(self, value):
        """Take value out of the set; KeyError if it is not there."""
        if value in self:
            self.discard(value)
        else:
            raise KeyError(value)

    def pop(self):
        """Take some element out and return it; KeyError if the set is empty."""
        for element in self:
            self.discard(element)
            return element
        raise KeyError

    def clear(self):
        """Take every element out (one pop at a time)."""
        _drain(self.pop, KeyError)

    def __ior__(self, it):
        for x in it:
            self.add(x)
        return self

    def __iand__(self, it):
        for x in self - it:
            self.discard(x)
        return self

    def __ixor__(self, it):
        return _change_each(self, it, _toggle, lambda: _as_set(self, it))

    def __isub__(self, it):
        return _change_each(self, it, _take_out, lambda: it)


# --- mappings ----------------------------------------------------------------

_absent = object()


def _lookup(mapping, key):
    # mapping[key], or _absent where that raises KeyError: the mixins' one
    # way of asking a mapping for a key.
    try:
        return mapping[key]
    except KeyError:
        return _absent


class Mapping(Collection):
    """A read-only container of key/value pairs.

    Subclasses supply __getitem__, __iter__ and __len__; get, keys, items,
    values, "in" and == come from here.
    """

    __slots__ = ()

    # Py_TPFLAGS_MAPPING: instances match mapping patterns.
    __abc_tpflags__ = 1 << 6

    @_default_raises(KeyError)
    def __getitem__(self, key):
        """The value stored under key; KeyError if there is none."""

    def get(self, key, default=None):
        'The value for key if key is present, else default.'
        found = _lookup(self, key)
        return default if found is _absent else found

    def __contains__(self, key):
        return _lookup(self, key) is not _absent

    def keys(self):
        "A set-like view of the mapping's keys."
        return KeysView(self)

    def items(self):
        "A set-like view of the mapping's (key, value) pairs."
        return ItemsView(self)

    def values(self):
        "A view of the mapping's values."
        return ValuesView(self)

    def __eq__(self, rhs):
        return (dict(self.items()) == dict(rhs.items())
                if isinstance(rhs, Mapping) else NotImplemented)

    # Mappings are not reversible, whatever __getitem__ suggests.
    __reversed__ = None


class MappingView(Sized):
    """A view of a mapping (its keys, items or values), live: it shows the
    mapping as it is when used."""

    __slots__ = '_mapping',

    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return f'{type(self).__name__}({self._mapping!r})'

    __class_getitem__ = classmethod(GenericAlias)


def _to_builtin_set(cls, it):
    # Key and item views make plain sets from their operators.
    return {*it}


class KeysView(MappingView, Set):
    """The keys of a mapping, as a set."""

    __slots__ = ()
    _from_iterable = classmethod(_to_builtin_set)

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        yield from self._mapping


class ItemsView(MappingView, Set):
    """The (key, value) pairs of a mapping, as a set."""

    __slots__ = ()
    _from_iterable = classmethod(_to_builtin_set)

    def __contains__(self, item):
        k, v = item
        found = _lookup(self._mapping, k)
        return found is not _absent and (found is v or found == v)

    def __iter__(self):
        m = self._mapping
        for k in m:
            yield (k, m[k])


class ValuesView(MappingView, Collection):
    """The values of a mapping (not a set: they may repeat)."""

    __slots__ = ()

    def __contains__(self, value):
        return any(v is value or v == value for v in self)

    def __iter__(self):
        m = self._mapping
        for k in m:
            yield m[k]


class MutableMapping(Mapping):
    """A Mapping that can change: subclasses add __setitem__ and
    __delitem__, and get pop, popitem, clear, update and setdefault."""

    __slots__ = ()

    @_default_raises(KeyError)
    def __setitem__(self, key, value):
        """Store value under key."""

    @_default_raises(KeyError)
    def __delitem__(self, key):
        """Remove key and its value; KeyError if key is absent."""

    def pop(self, key, default=_absent):
        """Remove key and return its value.  A missing key gives default if
        one was passed, else KeyError."""
        try:
            found = self[key]
        except KeyError:
            if default is _absent:
                raise
            return default
        del self[key]
        return found

    def popitem(self):
        """Remove some (key, value) pair and return it; KeyError if the
        mapping is empty."""
        for k in self:
            v = self[k]
            del self[k]
            return k, v
        raise KeyError

    def clear(self):
        'Remove every item.'
        _drain(self.popitem, KeyError)

    def update(self, other=(), /, **kwds):
        """Add the items of other and then of the keyword arguments.  other
        may be a mapping, an object with keys() and __getitem__, or an
        iterable of (key, value) pairs."""
        if isinstance(other, Mapping) or hasattr(other, "keys"):
            for k in (other if isinstance(other, Mapping) else other.keys()):
                self[k] = other[k]
        else:
            for k, v in other:
                self[k] = v
        for k, v in kwds.items():
            self[k] = v

    def setdefault(self, key, default=None):
        'The value for key; when key is missing, set it to default first.'
        found = _lookup(self, key)
        if found is _absent:
            self[key] = found = default
        return found


# --- sequences ---------------------------------------------------------------

def _walk(seq, n):
    # (index, item) pairs of seq from index n on, until indexing raises
    # IndexError: how the mixins go through a sequence.
    while True:
        try:
            item = seq[n]
        except IndexError:
            return
        yield n, item
        n += 1


class Sequence(Reversible, Collection):
    """A read-only sequence: subclasses supply __getitem__ and __len__, and
    get iteration, "in", reversed(), index and count from here."""

    __slots__ = ()

    # Py_TPFLAGS_SEQUENCE: instances match sequence patterns.
    __abc_tpflags__ = 1 << 5

    @_default_raises(IndexError)
    def __getitem__(self, index):
        """The item at index; IndexError past the end."""

    def __iter__(self):
        for _, item in _walk(self, 0):
            yield item

    def __contains__(self, value):
        return any(v is value or v == value for v in self)

    def __reversed__(self):
        for n in range(len(self) - 1, -1, -1):
            yield self[n]

    def index(self, value, start=0, stop=None):
        """The first position of value, searching from start up to stop
        (negative ones count from the end); ValueError if it is absent.
        Subclasses need not support start and stop, but should."""
        # (len() is asked only for a bound counted from the end.)
        if (start or 0) < 0:
            start = max(0, len(self) + start)
        if (stop or 0) < 0:
            stop = len(self) + stop
        for n, item in _walk(self, start):
            if stop is not None and n >= stop:
                break
            if item is value or item == value:
                return n
        raise ValueError

    def count(self, value):
        'How many items are value (or equal to it).'
        return sum(v is value or v == value for v in self)


def _warn_bytestring():
    try:
        from warnings import _deprecated
    except ImportError:
        return      # too early in start-up for warnings
    _deprecated("collections.abc.ByteString", remove=(3, 14))


class _DeprecateByteStringMeta(ABCMeta):
    # ByteString is deprecated: subclassing it or testing against it warns.
    def __new__(mcls, name, bases, ns, **kwargs):
        if name != "ByteString":
            _warn_bytestring()
        return super().__new__(mcls, name, bases, ns, **kwargs)

    def __instancecheck__(cls, obj):
        _warn_bytestring()
        return super().__instancecheck__(obj)


class ByteString(Sequence, metaclass=_DeprecateByteStringMeta):
    """bytes and bytearray, as one ABC (deprecated)."""

    __slots__ = ()


class MutableSequence(Sequence):
    """A Sequence that can change: subclasses supply __setitem__,
    __delitem__ and insert, and get append, clear, reverse, extend, pop,
    remove and += from here."""

    __slots__ = ()

    @_default_raises(IndexError)
    def __setitem__(self, index, value):
        """Replace the item at index with value."""

    @_default_raises(IndexError)
    def __delitem__(self, index):
        """Remove the item at index."""

    @_default_raises(IndexError)
    def insert(self, index, value):
        'Put value in before position index.'

    def append(self, value):
        'Put value at the end.'
        self.insert(len(self), value)

    def clear(self):
        'Remove every item.'
        _drain(self.pop, IndexError)

    def reverse(self):
        'Reverse the items where they are.'
        lo, hi = 0, len(self) - 1
        while lo < hi:
            self[lo], self[hi] = self[hi], self[lo]
            lo += 1
            hi -= 1

    def extend(self, values):
        'Append the items of an iterable.'
        # (A copy first when extending by itself, which would never end.)
        for item in (list(values) if values is self else values):
            self.append(item)

    def pop(self, index=-1):
        """Remove the item at index (the last by default) and return it;
        IndexError if there is none."""
        item = self[index]
        del self[index]
        return item

    def remove(self, value):
        """Remove the first item that is value (or equal to it); ValueError
        if there is none."""
        del self[self.index(value)]

    def __iadd__(self, values):
        self.extend(values)
        return self


# The builtin types that fit these ABCs without inheriting from them.  (bytes,
# bytearray and memoryview also have __buffer__ for Buffer's check to find; the
# registration answers without it.)
for _abc_, _members in ((Set, (frozenset,)), (MutableSet, (set,)),
                        (Mapping, (mappingproxy, framelocalsproxy)),
                        (KeysView, (dict_keys,)), (ItemsView, (dict_items,)),
                        (ValuesView, (dict_values,)), (MutableMapping, (dict,)),
                        (Sequence, (tuple, str, range, memoryview)),
                        (ByteString, (bytes, bytearray)),
                        (MutableSequence, (list, bytearray)),
                        (Buffer, (bytes, bytearray, memoryview))):
    for _m in _members:
        _abc_.register(_m)
for _abc_, _m in ((Coroutine, coroutine), (AsyncGenerator, async_generator),
                  (Generator, generator)):
    _abc_.register(_m)
del _abc_, _members, _m
