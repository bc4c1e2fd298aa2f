"""Container datatypes beyond the builtin dict, list, set and tuple.

* namedtuple   a factory of tuple subclasses whose items have names
* deque        a list-like sequence with fast appends and pops at both ends
* ChainMap     a single view over several mappings
* Counter      a dict that counts hashable objects
* OrderedDict  a dict that also remembers (and can change) its order
* defaultdict  a dict that makes missing values with a factory
* UserDict, UserList, UserString   wrappers that are easy to subclass
"""

__all__ = ['ChainMap', 'Counter', 'OrderedDict', 'UserDict', 'UserList',
           'UserString', 'defaultdict', 'deque', 'namedtuple']

import _collections_abc
import sys as _sys

from abc import update_abstractmethods as _update_abstractmethods

import itertools as _itertools
import operator as _operator
from keyword import iskeyword as _iskeyword

from _collections import deque, defaultdict, _count_elements, _tuplegetter

_collections_abc.MutableSequence.register(deque)  # deque has no ABC base of its own


def _recursion_guarded(fallback):
    """Decorate a __repr__ so that an object met again while its own repr is
    being built shows as fallback (what reprlib.recursive_repr does)."""
    def decorate(method):
        busy = set()

        def __repr__(self):
            mark = id(self)
            if mark in busy:
                return fallback
            busy.add(mark)
            try:
                return method(self)
            finally:
                busy.discard(mark)

        for attr in ('__module__', '__doc__', '__name__', '__qualname__'):
            setattr(__repr__, attr, getattr(method, attr))
        return __repr__
    return decorate


# === OrderedDict ===========================================================

def _ordered_view(base, item, shown):
    # A view class of OrderedDict: base's, plus __reversed__, which walks
    # the keys newest first and yields item(mapping, key) for each, and the
    # repr of CPython's native views (odict_keys([...]) and so on).
    def __reversed__(self):
        od = self._mapping
        for k in reversed(od):
            yield item(od, k)

    def __repr__(self):
        return f'{shown}({list(self)!r})'

    name = '_OrderedDict' + base.__name__
    __reversed__.__qualname__ = f'{name}.__reversed__'
    __repr__.__qualname__ = f'{name}.__repr__'
    return type(name, (base,), {'__module__': __name__, '__reversed__': __reversed__,
                                '__repr__': __repr__})


_OrderedDictKeysView = _ordered_view(_collections_abc.KeysView, lambda od, k: k, 'odict_keys')
_OrderedDictItemsView = _ordered_view(_collections_abc.ItemsView, lambda od, k: (k, od[k]), 'odict_items')
_OrderedDictValuesView = _ordered_view(_collections_abc.ValuesView, lambda od, k: od[k], 'odict_values')


_missing = object()


class OrderedDict(dict):
    'A dict that keeps its keys in the order they were first inserted, and can reorder them.'

    # The order lives in a circular doubly linked list of [prev, next, key]
    # cells beside the dict: __links maps each key to its cell, and __head is
    # the sentinel cell (its next is the oldest key, its prev the newest).

    def __new__(cls, /, *args, **kwds):
        made = dict.__new__(cls)
        head = []
        head[:] = [head, head, None]
        made.__head, made.__links = head, {}
        return made

    def __init__(self, other=(), /, **kwds):
        '''Take the items of other, then of the keyword arguments, in order,
        as dict() does.'''
        self.__update(other, **kwds)

    def __setitem__(self, key, value, dict_setitem=dict.__setitem__):
        if key not in self:
            head = self.__head
            newest = head[0]
            cell = [newest, head, key]
            self.__links[key] = cell
            newest[1] = cell
            head[0] = cell
        dict_setitem(self, key, value)

    def __delitem__(self, key, dict_delitem=dict.__delitem__):
        dict_delitem(self, key)
        prev, nxt, _ = self.__links.pop(key)
        prev[1] = nxt
        nxt[0] = prev

    def __iter__(self):
        head = self.__head
        cell = head[1]
        while cell is not head:
            yield cell[2]
            cell = cell[1]

    def __reversed__(self):
        head = self.__head
        cell = head[0]
        while cell is not head:
            yield cell[2]
            cell = cell[0]

    def clear(self):
        head = self.__head
        head[:] = [head, head, None]
        self.__links.clear()
        dict.clear(self)

    def popitem(self, last=True):
        '''Remove the newest item (the oldest when last is false) and return
        it as a (key, value) pair.'''
        if not self:
            raise KeyError('dictionary is empty')
        head = self.__head
        cell = head[0] if last else head[1]
        key = cell[2]
        popped = dict.pop(self, key)
        del self.__links[key]
        cell[0][1] = cell[1]
        cell[1][0] = cell[0]
        return key, popped

    def move_to_end(self, key, last=True):
        '''Make key the newest key (the oldest when last is false); KeyError
        if it is not present.'''
        cell = self.__links[key]
        prev, nxt, _ = cell
        prev[1] = nxt
        nxt[0] = prev
        head = self.__head
        if last:
            newest = head[0]
            cell[0], cell[1] = newest, head
            newest[1] = head[0] = cell
        else:
            oldest = head[1]
            cell[0], cell[1] = head, oldest
            oldest[0] = head[1] = cell

    def __sizeof__(self):
        n = len(self) + 1
        return (_sys.getsizeof(self.__dict__) + dict.__sizeof__(self)
                + _sys.getsizeof(self.__links) + 4 * n * _sys.getsizeof(None))

    # MutableMapping's update, also under a private name that subclasses
    # overriding update() cannot disturb (__init__ uses that one).
    update = _collections_abc.MutableMapping.update
    __update = update

    # keys(), items() and values() are added after the class: each returns
    # a view that also runs in reverse.

    __ne__ = object.__ne__  # (not dict's: it follows this class's __eq__)

    def pop(self, key, default=_missing):
        '''Remove key and return its value; a missing key gives default, or
        KeyError when there is none.'''
        if key not in self:
            if default is _missing:
                raise KeyError(key)
            return default
        found = self[key]
        del self[key]
        return found

    def setdefault(self, key, default=None):
        '''The value of key, after setting it to default if it was missing.'''
        if key in self:
            return self[key]
        self[key] = default
        return default

    @_recursion_guarded('...')
    def __repr__(self):
        if not self:
            return f'{type(self).__name__}()'
        return f'{type(self).__name__}({dict(self.items())!r})'

    def __reduce__(self):
        own = {k: v for k, v in vars(self).items()
               if k not in ('_OrderedDict__head', '_OrderedDict__links')}
        return type(self), (), own or None, None, iter(self.items())

    def copy(self):
        return type(self)(self)

    @classmethod
    def fromkeys(cls, iterable, value=None):
        '''An ordered dictionary of the keys of iterable, all mapped to value.'''
        made = cls()
        for k in iterable:
            made[k] = value
        return made

    def __eq__(self, other):
        '''Equal items; with another OrderedDict, in the same order too.'''
        plain = dict.__eq__(self, other)
        if isinstance(other, OrderedDict):
            return plain and all(map(_operator.eq, self, other))
        return plain

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if isinstance(other, dict):
            merged = type(self)(self)
            merged.update(other)
            return merged
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, dict):
            merged = type(self)(other)
            merged.update(self)
            return merged
        return NotImplemented


# === namedtuple ============================================================

def _add_ordered_views():
    table = (('keys', _OrderedDictKeysView, "A set-like view of the keys, in order."),
             ('items', _OrderedDictItemsView,
              "A set-like view of the (key, value) pairs, in order."),
             ('values', _OrderedDictValuesView, "A view of the values, in order."))

    def make(name, view, doc):
        def method(self):
            return view(self)
        method.__name__, method.__qualname__ = name, 'OrderedDict.' + name
        method.__doc__ = doc
        return method

    for name, view, doc in table:
        setattr(OrderedDict, name, make(name, view, doc))


_add_ordered_views()
del _add_ordered_views


def _checked_names(typename, field_names, rename):
    """The field names as a list of str, renamed or validated."""
    # One string of names separated by commas or whitespace, or any
    # iterable of names.
    as_text = isinstance(field_names, str)
    names = (field_names.replace(',', ' ').split() if as_text
             else [str(n) for n in field_names])
    if rename:
        taken = set()
        for i, n in enumerate(names):
            if (n in taken or n.startswith('_') or _iskeyword(n)
                    or not n.isidentifier()):
                names[i] = f'_{i}'
            taken.add(n)
    for n in [typename, *names]:
        if type(n) is not str:
            raise TypeError('Type names and field names must be strings')
        if not n.isidentifier():
            raise ValueError(f'Type names and field names must be valid identifiers: {n!r}')
        if _iskeyword(n):
            raise ValueError(f'Type names and field names cannot be a keyword: {n!r}')
    taken = set()
    for n in names:
        if n.startswith('_') and not rename:
            raise ValueError(f'Field names cannot start with an underscore: {n!r}')
        if n in taken:
            raise ValueError(f'Encountered duplicate field name: {n!r}')
        taken.add(n)
    return names


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """Make a tuple subclass named typename whose items are also fields.

    field_names is a sequence of names or one string of names separated by
    spaces or commas.  rename replaces invalid names with _0, _1, ...;
    defaults give the values of the last fields; module sets __module__.

    >>> Pair = namedtuple('Pair', 'left right')
    >>> pair = Pair(1, right=2)
    >>> pair.left + pair[1], pair._replace(left=0), pair._asdict()
    (3, Pair(left=0, right=2), {'left': 1, 'right': 2})
    """
    typename = _sys.intern(str(typename))
    fields = tuple(_sys.intern(n) for n in _checked_names(typename, field_names, rename))
    count = len(fields)

    given = () if defaults is None else tuple(defaults)
    if len(given) > count:
        raise TypeError('Got more default values than field names')
    # The defaults belong to the last fields.
    field_defaults = dict(zip(fields[count - len(given):], given))

    params = ', '.join(fields)
    packed = params + ',' if count == 1 else params
    template = '(' + ', '.join(f'{n}=%r' for n in fields) + ')'
    make_tuple = tuple.__new__

    # __new__ is compiled from source so that its signature names the fields
    # (help(), inspect and the TypeErrors of a bad call show them).
    scope = {'_make_tuple': make_tuple, '__builtins__': {},
             '__name__': f'namedtuple_{typename}'}
    __new__ = eval(f'lambda _cls, {packed}: _make_tuple(_cls, ({packed}))', scope)
    __new__.__name__, __new__.__doc__ = '__new__', f'Create new instance of {typename}({packed})'
    __new__.__defaults__ = None if defaults is None else given

    def _make(cls, iterable):
        made = make_tuple(cls, iterable)
        if len(made) != count:
            raise TypeError(f'Expected {count} arguments, got {len(made)}')
        return made

    _make.__doc__ = f'Make a new {typename} object from a sequence or iterable'

    def _replace(self, /, **kwds):
        made = self._make(map(kwds.pop, fields, self))
        if kwds:
            raise TypeError(f'Got unexpected field names: {list(kwds)!r}')
        return made

    _replace.__doc__ = f'Return a new {typename} object replacing specified fields with new values'

    def __repr__(self):
        'TypeName(field=value, ...)'
        return type(self).__name__ + template % self

    def _asdict(self):
        "A dict of the fields' names and values."
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        'The items as a plain tuple (what copy and pickle rebuild from).'
        return tuple(self)

    for fn in (__new__, _make, _replace, __repr__, _asdict, __getnewargs__):
        fn.__qualname__ = f'{typename}.{fn.__name__}'

    body = dict(__doc__=f'{typename}({packed})', __slots__=(), _fields=fields,
                _field_defaults=field_defaults, __new__=__new__,
                _make=classmethod(_make), __replace__=_replace,
                _replace=_replace, __repr__=__repr__, _asdict=_asdict,
                __getnewargs__=__getnewargs__, __match_args__=fields)
    for i, n in enumerate(fields):
        body[n] = _tuplegetter(i, _sys.intern(f'Alias for field number {i}'))

    cls = type(typename, (tuple,), body)

    # The class belongs to the module that called namedtuple(), unless told
    # otherwise, so that pickle can find it.
    if module is None:
        try:
            caller_globals = _sys._getframe(1).f_globals
        except (ValueError, AttributeError):
            caller_globals = None  # no frames to look at
        if caller_globals is not None:
            module = caller_globals.get('__name__', '__main__')
    if module is not None:
        cls.__module__ = module
    return cls


# === Counter ===============================================================

class Counter(dict):
    '''A dict of counts (a multiset): each key is an element, its value how
    many times it occurs.

    >>> tally = Counter('mississippi')
    >>> tally.most_common(2)
    [('i', 4), ('s', 4)]
    >>> tally['z']                      # absent elements count zero
    0

    The operators +, -, | and & combine two counters and keep only the
    elements whose resulting count is positive.
    '''

    def __init__(self, iterable=None, /, **kwds):
        '''Count the elements of iterable (or take the counts of a mapping),
        then those given as keyword arguments.'''
        super().__init__()
        self.update(iterable, **kwds)

    def __missing__(self, key):
        'An element that was never counted has count zero.'
        return 0

    def total(self):
        'The counts added up.'
        return sum(self.values())

    def most_common(self, n=None):
        '''(element, count) pairs, highest count first (ties in insertion
        order): all of them, or the first n.'''
        ranked = sorted(self.items(), key=_operator.itemgetter(1), reverse=True)
        return ranked if n is None else ranked[:max(n, 0)]

    def elements(self):
        '''Each element, repeated as many times as its count says (elements
        with counts below one do not appear), in insertion order.'''
        return _itertools.chain.from_iterable(_itertools.starmap(_itertools.repeat, self.items()))

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError('Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, iterable=None, /, **kwds):
        '''Add counts: from an iterable of elements, a mapping of counts,
        and keyword arguments.'''
        source = () if iterable is None else iterable
        if not isinstance(source, _collections_abc.Mapping):
            _count_elements(self, source)
        elif self:
            current = self.get
            for elem, n in source.items():
                self[elem] = n + current(elem, 0)
        else:
            # Nothing to add to: take the counts as they are.
            super().update(source)
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        '''Take counts away (they may drop to zero or below): from an
        iterable of elements, a mapping of counts, and keyword arguments.'''
        source = () if iterable is None else iterable
        current = self.get
        if isinstance(source, _collections_abc.Mapping):
            pairs = source.items()
        else:
            pairs = ((elem, 1) for elem in source)
        for elem, n in pairs:
            self[elem] = current(elem, 0) - n
        if kwds:
            self.subtract(kwds)

    def copy(self):
        'A new counter of the same class with the same counts.'
        return type(self)(self)

    def __reduce__(self):
        return type(self), (dict(self),)

    def __delitem__(self, elem):
        'Forget elem; nothing happens when it is not there.'
        if elem in self:
            super().__delitem__(elem)

    # Multiset comparisons (==, !=, <=, <, >=, >) are added after the
    # class, from a table; a missing element counts as zero.
    def _all_counts(self, other, test):
        return all(test(self[e], other[e]) for c in (self, other) for e in c)

    def __repr__(self):
        if not self:
            return f'{type(self).__name__}()'
        try:
            shown = dict(self.most_common())
        except TypeError:
            # counts that cannot be ordered: keep the dict's order
            shown = dict(self)
        return f'{type(self).__name__}({shown!r})'

    # Binary operations build a new Counter of the positive results, the
    # elements of self first, then those only other has.
    def _combine(self, other, pick):
        if not isinstance(other, Counter):
            return NotImplemented
        combined = Counter()
        for elem in [*self, *(e for e in other if e not in self)]:
            n = pick(self[elem], other[elem])
            if n > 0:
                combined[elem] = n
        return combined

    def __add__(self, other):
        return self._combine(other, _operator.add)

    def __sub__(self, other):
        return self._combine(other, _operator.sub)

    def __or__(self, other):
        return self._combine(other, lambda mine, theirs: theirs if mine < theirs else mine)

    def __and__(self, other):
        return self._combine(other, lambda mine, theirs: mine if mine < theirs else theirs)

    def __pos__(self):
        return Counter({e: n for e, n in self.items() if n > 0})

    def __neg__(self):
        return Counter({e: 0 - n for e, n in self.items() if n < 0})

    def _drop_nonpositive(self):
        # drop the elements whose count is not positive
        for elem in [e for e, n in self.items() if not n > 0]:
            del self[elem]
        return self

    # The in-place operators (+=, -=, |=, &=) are added after the class.


# === ChainMap ==============================================================

class ChainMap(_collections_abc.MutableMapping):
    '''Several mappings seen as one: a lookup tries each mapping of the list
    self.maps in turn, while stores and deletions change the first only.'''

    def __init__(self, *maps):
        '''Chain the given mappings (one new empty dict when none are given).'''
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            if key in mapping:
                return mapping[key]
        return self.__missing__(key)

    def get(self, key, default=None):
        if key in self:
            return self[key]  # (through __missing__ if a subclass has one)
        return default

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        # The first mapping's order wins; later ones only add new keys, so
        # build the union from the last mapping to the first.
        merged = {}
        for mapping in reversed(self.maps):
            merged.update(dict.fromkeys(mapping))
        return iter(merged)

    def __contains__(self, key):
        return any(key in mapping for mapping in self.maps)

    def __bool__(self):
        return any(self.maps)

    @_recursion_guarded('...')
    def __repr__(self):
        return f'{type(self).__name__}({", ".join(map(repr, self.maps))})'

    @classmethod
    def fromkeys(cls, iterable, value=None, /):
        'A ChainMap of one dict mapping the keys of iterable to value.'
        return cls(dict.fromkeys(iterable, value))

    def copy(self):
        'A ChainMap of a copy of the first mapping and the others as they are.'
        first, *rest = self.maps
        return self.__class__(first.copy(), *rest)

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        '''A ChainMap of m (a new dict when None, updated with the keyword
        arguments) in front of this one's mappings.'''
        front = kwargs if m is None else m
        if m is not None and kwargs:
            front.update(kwargs)
        return self.__class__(front, *self.maps)

    @property
    def parents(self):
        'A ChainMap of all the mappings but the first.'
        _, *rest = self.maps
        return self.__class__(*rest)

    # Changes go to the first mapping only.

    def __setitem__(self, key, value):
        front = self.maps[0]
        front[key] = value

    def __delitem__(self, key):
        _change_first(self, lambda front: _operator.delitem(front, key),
                      lambda: f'Key not found in the first mapping: {key!r}')

    def popitem(self):
        'Remove some item of the first mapping and return it as a pair.'
        return _change_first(self, lambda front: front.popitem(),
                             lambda: 'No keys found in the first mapping.')

    def pop(self, key, *args):
        'Remove key from the first mapping and return its value.'
        return _change_first(self, lambda front: front.pop(key, *args),
                             lambda: f'Key not found in the first mapping: {key!r}')

    def clear(self):
        'Empty the first mapping (the others are left alone).'
        front = self.maps[0]
        front.clear()

    def __ior__(self, other):
        front = self.maps[0]
        front.update(other)
        return self

    def __or__(self, other):
        if isinstance(other, _collections_abc.Mapping):
            combined = self.copy()
            combined.maps[0].update(other)
            return combined
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, _collections_abc.Mapping):
            merged = dict(other)
            for mapping in reversed(self.maps):
                merged.update(mapping)
            return self.__class__(merged)
        return NotImplemented


def _change_first(chain, change, message):
    # Apply change to the first mapping of chain; a KeyError from it becomes
    # one that says which mapping was looked at (message is made only then).
    try:
        return change(chain.maps[0])
    except KeyError:
        raise KeyError(message())


# === UserDict ==============================================================

class UserDict(_collections_abc.MutableMapping):
    """A dict wrapper meant to be subclassed: the items live in the real
    dict self.data."""

    def __init__(self, dict=None, /, **kwargs):
        self.data = {}
        for source in (dict, kwargs):
            if source:
                self.update(source)

    def __getitem__(self, key):
        store = self.data
        if key in store:
            return store[key]
        missing = getattr(type(self), "__missing__", None)
        if missing is None:
            raise KeyError(key)
        return missing(self, key)

    def __setitem__(self, key, item):
        self.data[key] = item

    def __delitem__(self, key):
        del self.data[key]

    def __contains__(self, key):
        return key in self.data

    def get(self, key, default=None):
        # Through __getitem__, so that a subclass's __missing__ counts.
        if key not in self:
            return default
        return self[key]

    def __or__(self, other):
        plain = _plain_dict(other)
        return NotImplemented if plain is None else type(self)(self.data | plain)

    def __ror__(self, other):
        plain = _plain_dict(other)
        return NotImplemented if plain is None else type(self)(plain | self.data)

    def __ior__(self, other):
        self.data |= other.data if isinstance(other, UserDict) else other
        return self

    def __copy__(self):
        clone = type(self).__new__(type(self))
        vars(clone).update(vars(self))
        vars(clone)['data'] = vars(self)['data'].copy()
        return clone

    def copy(self):
        if type(self) is UserDict:
            return UserDict(self.data.copy())
        # A subclass: copy.copy() keeps its other attributes; the items are
        # added afterwards, through the subclass's own __setitem__.
        import copy
        kept, self.data = self.data, {}
        try:
            clone = copy.copy(self)
        finally:
            self.data = kept
        clone.update(self)
        return clone

    @classmethod
    def fromkeys(cls, iterable, value=None):
        made = cls()
        for k in iterable:
            made[k] = value
        return made


def _plain_dict(obj):
    # The dict behind obj for UserDict's | operators; None when obj is
    # neither a dict nor a UserDict.
    if isinstance(obj, UserDict):
        return obj.data
    return obj if isinstance(obj, dict) else None


# === UserList ==============================================================

def _plain_list(obj):
    return obj.data if isinstance(obj, UserList) else obj


class UserList(_collections_abc.MutableSequence):
    """A list wrapper meant to be subclassed: the items live in the real
    list self.data."""

    def __init__(self, initlist=None):
        if initlist is None:
            items = []
        elif type(initlist) is list:
            items = initlist[:]
        else:
            items = list(_plain_list(initlist))
        self.data = items

    def __contains__(self, item):
        return item in self.data

    def __getitem__(self, i):
        found = self.data[i]
        return type(self)(found) if isinstance(i, slice) else found

    def __setitem__(self, i, item):
        self.data[i] = item

    def __delitem__(self, i):
        del self.data[i]

    def __add__(self, other):
        other = _plain_list(other)
        return type(self)(self.data + (other if isinstance(other, list) else list(other)))

    def __radd__(self, other):
        other = _plain_list(other)
        return type(self)((other if isinstance(other, list) else list(other)) + self.data)

    def __iadd__(self, other):
        other = _plain_list(other)
        self.data += other if isinstance(other, list) else list(other)
        return self

    def __mul__(self, n):
        return type(self)(self.data * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self.data *= n
        return self

    def __copy__(self):
        clone = type(self).__new__(type(self))
        vars(clone).update(vars(self))
        vars(clone)['data'] = vars(self)['data'][:]
        return clone

    def extend(self, other):
        self.data.extend(_plain_list(other))


def _add_list_methods():
    # The UserList methods that only pass their arguments on to self.data,
    # and the comparisons, which see through another UserList.
    def forward(name):
        target = getattr(list, name)

        def method(self, /, *args, **kwargs):
            return target(self.data, *args, **kwargs)
        return method

    for name in ('append', 'insert', 'pop', 'remove', 'clear', 'count', 'index',
                 'reverse', 'sort'):
        method = forward(name)
        method.__name__ = name
        method.__qualname__ = 'UserList.' + name
        setattr(UserList, name, method)

    def compare(op):
        target = getattr(_operator, op)

        def method(self, other):
            return target(self.data, _plain_list(other))
        method.__name__ = op
        method.__qualname__ = 'UserList.' + op
        return method

    for op in ('__lt__', '__le__', '__eq__', '__gt__', '__ge__'):
        setattr(UserList, op, compare(op))

    def copy(self):
        return type(self)(self)

    UserList.copy = copy
    # insert was abstract in MutableSequence until now.
    _update_abstractmethods(UserList)


_add_list_methods()
del _add_list_methods


def _add_counter_inplace():
    # Each changes the counts of self in place, by the counts of other,
    # then drops what is not positive.
    def add_in(self, other):
        for elem, n in other.items():
            self[elem] += n

    def take_out(self, other):
        for elem, n in other.items():
            self[elem] -= n

    def raise_to(self, other):
        for elem, n in other.items():
            if n > self[elem]:
                self[elem] = n

    def lower_to(self, other):
        for elem, n in self.items():
            limit = other[elem]
            if limit < n:
                self[elem] = limit

    def make(name, change):
        def method(self, other):
            change(self, other)
            return self._drop_nonpositive()
        method.__name__, method.__qualname__ = name, 'Counter.' + name
        return method

    for name, change in (('__iadd__', add_in), ('__isub__', take_out),
                         ('__ior__', raise_to), ('__iand__', lower_to)):
        setattr(Counter, name, make(name, change))


_add_counter_inplace()
del _add_counter_inplace


def _add_counter_comparisons():
    # Each compares counters only; any other operand gives NotImplemented.
    rules = {
        '__eq__': lambda a, b: a._all_counts(b, _operator.eq),
        '__ne__': lambda a, b: not a == b,
        '__le__': lambda a, b: a._all_counts(b, _operator.le),
        '__lt__': lambda a, b: a <= b and a != b,
        '__ge__': lambda a, b: a._all_counts(b, _operator.ge),
        '__gt__': lambda a, b: a >= b and a != b,
    }

    def make(name, rule):
        def method(self, other):
            return rule(self, other) if isinstance(other, Counter) else NotImplemented
        method.__name__, method.__qualname__ = name, 'Counter.' + name
        return method

    for name, rule in rules.items():
        setattr(Counter, name, make(name, rule))


_add_counter_comparisons()
del _add_counter_comparisons


def _add_data_conversions():
    # The wrappers' methods that apply a builtin to self.data and return
    # what it gives: len(), iter(), repr(), and UserString's conversions.
    table = {
        UserDict: (len, iter, repr),
        UserList: (len, repr),
        UserString: (len, repr, str, int, float, complex, hash),
    }

    def make(owner, builtin):
        name = f'__{builtin.__name__}__'

        def method(self):
            return builtin(self.data)
        method.__name__, method.__qualname__ = name, f'{owner.__name__}.{name}'
        return method

    for owner, builtins_used in table.items():
        for builtin in builtins_used:
            method = make(owner, builtin)
            setattr(owner, method.__name__, method)
    # (__len__ and __iter__ were abstract in the ABCs until now.)
    for owner in table:
        _update_abstractmethods(owner)



# === UserString ============================================================

class UserString(_collections_abc.Sequence):
    """A str wrapper meant to be subclassed: the text is the real str
    self.data, and str's methods return instances of the subclass."""

    def __init__(self, seq):
        if isinstance(seq, str):
            text = seq
        elif isinstance(seq, UserString):
            text = seq.data[:]
        else:
            text = str(seq)
        self.data = text

    def __getnewargs__(self):
        return self.data[:],

    def __contains__(self, char):
        return _plain_str(char) in self.data

    def __getitem__(self, index):
        return type(self)(self.data[index])

    def __add__(self, other):
        tail = other if isinstance(other, str) else _plain_str(other)
        return self.__class__(self.data + (tail if isinstance(tail, str) else str(tail)))

    def __radd__(self, other):
        return self.__class__((other if isinstance(other, str) else str(other)) + self.data)

    def __mul__(self, n):
        return type(self)(self.data * n)

    __rmul__ = __mul__

    def __mod__(self, args):
        return type(self)(self.data % args)

    def __rmod__(self, template):
        return type(self)(str(template) % self)

    def encode(self, encoding='utf-8', errors='strict'):
        return self.data.encode('utf-8' if encoding is None else encoding,
                                'strict' if errors is None else errors)

    def format(self, /, *args, **kwds):
        return self.data.format(*args, **kwds)

    maketrans = str.maketrans


def _plain_str(obj):
    return obj.data if isinstance(obj, UserString) else obj


def _add_str_methods():
    # UserString's str methods, made from a table: each calls the same
    # method of self.data, with UserString arguments (where marked) turned
    # into str, and wraps a str result in self's class where str's method
    # returns a new string.
    wrap, plain = True, False
    table = {
        # name: (wraps its result, positions of arguments to unwrap)
        'capitalize': (wrap, ()), 'casefold': (wrap, ()), 'center': (wrap, ()),
        'expandtabs': (wrap, ()), 'ljust': (wrap, ()), 'lower': (wrap, ()),
        'lstrip': (wrap, ()), 'rjust': (wrap, ()), 'rstrip': (wrap, ()),
        'strip': (wrap, ()), 'swapcase': (wrap, ()), 'title': (wrap, ()),
        'translate': (wrap, ()), 'upper': (wrap, ()), 'zfill': (wrap, ()),
        'removeprefix': (wrap, (0,)), 'removesuffix': (wrap, (0,)),
        'replace': (wrap, (0, 1)),
        'count': (plain, (0,)), 'find': (plain, (0,)), 'index': (plain, (0,)),
        'rfind': (plain, (0,)), 'rindex': (plain, (0,)),
        'endswith': (plain, ()), 'startswith': (plain, ()),
        'format_map': (plain, ()), 'join': (plain, ()), 'partition': (plain, ()),
        'rpartition': (plain, ()), 'split': (plain, ()), 'rsplit': (plain, ()),
        'splitlines': (plain, ()),
        'isalpha': (plain, ()), 'isalnum': (plain, ()), 'isascii': (plain, ()),
        'isdecimal': (plain, ()), 'isdigit': (plain, ()), 'isidentifier': (plain, ()),
        'islower': (plain, ()), 'isnumeric': (plain, ()), 'isprintable': (plain, ()),
        'isspace': (plain, ()), 'istitle': (plain, ()), 'isupper': (plain, ()),
    }

    def make(name, wraps, unwrap):
        target = getattr(str, name)

        def method(self, /, *args, **kwargs):
            if unwrap:
                args = tuple(_plain_str(a) if i in unwrap else a for i, a in enumerate(args))
            result = target(self.data, *args, **kwargs)
            return self.__class__(result) if wraps else result

        method.__name__ = name
        method.__qualname__ = 'UserString.' + name
        method.__doc__ = target.__doc__
        return method

    for name, (wraps, unwrap) in table.items():
        setattr(UserString, name, make(name, wraps, unwrap))

    def compare(op):
        target = getattr(_operator, op)

        def method(self, string):
            return target(self.data, _plain_str(string))

        method.__name__ = op
        method.__qualname__ = 'UserString.' + op
        return method

    for op in ('__eq__', '__lt__', '__le__', '__gt__', '__ge__'):
        setattr(UserString, op, compare(op))


_add_str_methods()
del _add_str_methods

_add_data_conversions()
del _add_data_conversions
