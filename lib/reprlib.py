"""repr() with limits: long strings, big numbers, large and deeply nested
containers come out shortened, with a filler ('...') where parts were left
out."""

__all__ = ['Repr', 'repr', 'recursive_repr']

import builtins
from itertools import islice

try:
    from _thread import get_ident
except ImportError:
    def get_ident():
        """The current thread's identifier (this build has one thread)."""
        return 1


def recursive_repr(fillvalue='...'):
    """Decorate a __repr__ so that, when it is reached again for the same
    object in the same thread while still running (a container holding
    itself), it returns fillvalue instead of recursing."""

    def decorate(method):
        in_progress = set()

        def guarded(self):
            token = id(self), get_ident()
            if token in in_progress:
                return fillvalue  # already being shown further out
            in_progress.add(token)
            try:
                return method(self)
            finally:
                in_progress.discard(token)

        # Copied by hand: functools imports this module, so wraps() is not
        # available here.
        for attr in ('__module__', '__doc__', '__name__', '__qualname__'):
            setattr(guarded, attr, getattr(method, attr))
        guarded.__annotations__ = getattr(method, '__annotations__', {})
        guarded.__type_params__ = getattr(method, '__type_params__', ())
        guarded.__wrapped__ = method
        return guarded

    return decorate


def _elide(text, limit, fill):
    # Keep the start and the end of text, at most limit characters in all
    # counting the filler, when it is longer than limit.
    if len(text) <= limit:
        return text
    head = max(0, (limit - 3) // 2)
    tail = max(0, limit - 3 - head)
    return text[:head] + fill + text[len(text) - tail:]


def _sorted_if_possible(items):
    # Sets and dicts are shown sorted when their items can be compared.
    try:
        return sorted(items)
    except Exception:
        return list(items)


class Repr:
    """Holds the limits; repr() applies them.  A subclass can add a method
    repr_TYPENAME(obj, level) for more types."""

    def __init__(self, *, maxlevel=6,
                 maxtuple=6, maxlist=6, maxarray=5, maxdict=4, maxset=6,
                 maxfrozenset=6, maxdeque=6,
                 maxstring=30, maxlong=40, maxother=30,
                 fillvalue='...', indent=None):
        # Every keyword argument becomes the attribute of the same name.
        settings = dict(locals())
        del settings['self']
        vars(self).update(settings)

    def repr(self, x):
        """The limited repr of x, from the top level."""
        return self.repr1(x, self.maxlevel)

    def repr1(self, x, level):
        """The limited repr of x with level levels of nesting still allowed:
        repr_TYPENAME when there is one (spaces in the type's name become
        underscores), else repr_instance."""
        method_name = 'repr_' + '_'.join(type(x).__name__.split())
        return getattr(self, method_name, self.repr_instance)(x, level)

    def _join(self, pieces, level):
        unit = self.indent
        if unit is None:
            return ', '.join(pieces)  # everything on one line
        if not pieces:
            return ''
        if isinstance(unit, int):
            if unit < 0:
                raise ValueError(f'Repr.indent cannot be negative int (was {unit!r})')
            unit = ' ' * unit
        depth = self.maxlevel - level + 1
        try:
            between = ',\n' + depth * unit
        except TypeError as exc:
            raise TypeError(f'Repr.indent must be a str, int or None, not {type(unit)}') from exc
        # One piece per line, each after a separator, and the closing
        # bracket on a line of its own one level out.
        joined = between.join(('', *pieces, ''))
        return joined[1:-len(unit) or None]

    def _shown_items(self, rendered, total, limit):
        # The first pieces, and the filler when some were left out.
        return [*rendered, self.fillvalue] if total > limit else list(rendered)

    def _repr_iterable(self, x, level, left, right, maxiter, trail=''):
        total = len(x)
        if total and level <= 0:
            return f'{left}{self.fillvalue}{right}'
        below = level - 1
        pieces = self._shown_items(
            (self.repr1(item, below) for item in islice(x, maxiter)), total, maxiter)
        # A one-item tuple keeps its comma when shown on one line.
        closing = trail + right if total == 1 and trail and self.indent is None else right
        return left + self._join(pieces, level) + closing

    def repr_array(self, x, level):
        if not x:
            return f"array('{x.typecode}')"
        return self._repr_iterable(x, level, f"array('{x.typecode}', [", '])', self.maxarray)

    def repr_dict(self, x, level):
        if not x:
            return '{}'
        if level <= 0:
            return '{%s}' % self.fillvalue
        below = level - 1
        pairs = (f'{self.repr1(k, below)}: {self.repr1(x[k], below)}'
                 for k in islice(_sorted_if_possible(x), self.maxdict))
        return '{%s}' % self._join(self._shown_items(pairs, len(x), self.maxdict), level)

    def repr_str(self, x, level):
        limit = self.maxstring
        shown = builtins.repr(x[:limit])
        if len(shown) <= limit:
            return shown
        # Too long even when cut: show both ends of the text, quoted as one.
        head = max(0, (limit - 3) // 2)
        tail = max(0, limit - 3 - head)
        shown = builtins.repr(x[:head] + x[len(x) - tail:])
        return shown[:head] + self.fillvalue + shown[len(shown) - tail:]

    def repr_int(self, x, level):
        return _elide(builtins.repr(x), self.maxlong, self.fillvalue)

    def repr_instance(self, x, level):
        try:
            shown = builtins.repr(x)
        except Exception:
            # A broken __repr__: describe the object instead.
            return f'<{x.__class__.__name__} instance at {id(x):#x}>'
        return _elide(shown, self.maxother, self.fillvalue)


def _add_container_reprs():
    # repr_tuple, repr_list, repr_deque, repr_set and repr_frozenset: each
    # shows at most its limit of items between its brackets (sets sorted
    # when they can be); an empty set is shown by name.
    table = [
        ('tuple', '(', ')', 'maxtuple', ',', False, None),
        ('list', '[', ']', 'maxlist', '', False, None),
        ('deque', 'deque([', '])', 'maxdeque', '', False, None),
        ('set', '{', '}', 'maxset', '', True, 'set()'),
        ('frozenset', 'frozenset({', '})', 'maxfrozenset', '', True, 'frozenset()'),
    ]
    def make(left, right, limit, trail, sort, empty):
        def method(self, x, level):
            if empty is not None and not x:
                return empty
            items = _sorted_if_possible(x) if sort else x
            return self._repr_iterable(items, level, left, right, getattr(self, limit), trail)
        return method

    for name, *spec in table:
        method = make(*spec)
        method.__name__ = 'repr_' + name
        method.__qualname__ = 'Repr.repr_' + name
        setattr(Repr, method.__name__, method)


_add_container_reprs()
del _add_container_reprs

aRepr = Repr()
repr = aRepr.repr
