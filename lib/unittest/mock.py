"""Mock objects for tests: Mock and MagicMock record how they are used and
answer with configurable values; patch swaps them in for real objects.

Kaa's mock covers the core of CPython's unittest.mock: sentinel, DEFAULT,
ANY, call, Mock, MagicMock, NonCallableMock, NonCallableMagicMock,
PropertyMock, patch (as decorator, context manager or start/stop, with
.object, .dict, .multiple, .stopall), mock_open and seal.  Specs restrict
attributes (from dir() of the spec) but signatures are not checked, and
create_autospec and AsyncMock need the inspect and asyncio modules, which
Kaa does not have yet."""

__all__ = (
    'Mock', 'MagicMock', 'patch', 'sentinel', 'DEFAULT', 'ANY', 'call',
    'create_autospec', 'AsyncMock', 'ThreadingMock', 'FILTER_DIR',
    'NonCallableMock', 'NonCallableMagicMock', 'mock_open', 'PropertyMock',
    'seal',
)

import builtins
import io
import pprint
import sys
import threading
from functools import partial, wraps
from functools import reduce as _reduce
from types import MethodType, ModuleType

from unittest.util import safe_repr

__unittest = True

# Whether dir() of a mock leaves out what users rarely want to see.
FILTER_DIR = True


# -- sentinels -----------------------------------------------------------------

class _SentinelObject:
    "A unique object with a name, made by attribute access on sentinel."

    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f'sentinel.{self.name}'

    # Pickled by reference: unpickling looks the name up in this module.
    __reduce__ = __repr__


class _Sentinel:
    """sentinel.NAME is the same unique object every time it is asked for."""

    def __init__(self):
        self._made = {}

    def __getattr__(self, name):
        if name == '__bases__':
            # copy and pickle probe for this: do not make a sentinel.
            raise AttributeError
        made = self._made
        if name not in made:
            made[name] = _SentinelObject(name)
        return made[name]

    def __reduce__(self):
        return 'sentinel'


sentinel = _Sentinel()
DEFAULT = sentinel.DEFAULT
# Markers for "no value" and "deleted child".
_missing, _deleted = sentinel.MISSING, sentinel.DELETED


class _ANY:
    "Compares equal to anything."

    def __eq__(self, _):
        return True

    def __ne__(self, _):
        return False

    def __repr__(self):
        return '<ANY>'


ANY = _ANY()


# -- call objects ----------------------------------------------------------------

def _signature_text(name, args, kwargs):
    shown = [repr(a) for a in args]
    shown += ['%s=%r' % item for item in kwargs.items()]
    return f"{name}({', '.join(shown)})"


def _unpack_call(value):
    """(name or None, args, kwargs) from the shapes a call may be given in:
    (), (name,), (args,), (kwargs,), (name, args), (name, kwargs),
    (args, kwargs) and (name, args, kwargs).  None for longer ones."""
    size = len(value)
    if size == 0:
        return None, (), {}
    if size == 3:
        return value[0], value[1], value[2]
    if size > 3:
        return None
    *head, last = value
    if head and not isinstance(head[0], str):
        return None, head[0], last
    if not head and isinstance(last, str):
        return last, (), {}
    label = head[0] if head else None
    if isinstance(last, tuple):
        return label, last, {}
    return label, (), last


def _call_label(name):
    # How a recorded call's name shows in its repr.
    if not name:
        return 'call'
    if name[:2] == '()':
        return 'call' + name
    return 'call.' + name


class _Call(tuple):
    """A recorded call: (args, kwargs), (name, args, kwargs) and the forms
    without name or kwargs, comparing equal across forms.  call.x(1)
    builds the call of a child; call(1).x() of a return value's child."""

    def __new__(cls, value=(), name='', parent=None, two=False,
                from_kall=True):
        found, args, kwargs = _unpack_call(value) or (None, (), {})
        if found is not None:
            name = found
        parts = (args, kwargs) if two else (name, args, kwargs)
        return tuple.__new__(cls, parts)

    def __init__(self, value=(), name=None, parent=None, two=False,
                 from_kall=True):
        self._mock_name, self._mock_parent, self._mock_from_kall = name, parent, from_kall

    def __eq__(self, other):
        try:
            len(other)
        except TypeError:
            return NotImplemented
        mine = ('', *self) if len(self) == 2 else tuple(self)
        own_parent = getattr(self, '_mock_parent', None)
        their_parent = getattr(other, '_mock_parent', None)
        if own_parent and their_parent and own_parent != their_parent:
            return False
        theirs = _unpack_call(other)
        if theirs is None:
            return False
        their_name, their_args, their_kwargs = theirs
        if mine[0] and (their_name or '') != mine[0]:
            return False
        # The other side first: an ANY there must get to compare.
        return (their_args, their_kwargs) == mine[1:]

    __ne__ = object.__ne__

    def __call__(self, /, *args, **kwargs):
        own = self._mock_name
        if own is None:
            # call(...) itself.
            return _Call(('', args, kwargs), name='()')
        return _Call((own, args, kwargs), name=f'{own}()', parent=self)

    def __getattr__(self, attr):
        own = self._mock_name
        if own is None:
            return _Call(name=attr, from_kall=False)
        return _Call(name=f'{own}.{attr}', parent=self, from_kall=False)

    def __getattribute__(self, attr):
        # tuple's own methods (count, index, ...) would hide call.count:
        # let __getattr__ make calls of those names instead.
        if attr in tuple.__dict__:
            raise AttributeError
        return tuple.__getattribute__(self, attr)

    def _arguments(self):
        return tuple(self[-2:])

    args = property(lambda self: self._arguments()[0])
    kwargs = property(lambda self: self._arguments()[1])

    def __repr__(self):
        if self._mock_from_kall:
            name, args, kwargs = ('', *self) if len(self) == 2 else self
            return _signature_text(_call_label(name), args, kwargs)
        # call.x, call().y: not calls themselves.
        shown = self._mock_name or 'call'
        return 'call' + shown if shown[:2] == '()' else shown

    def call_list(self):
        """The calls this chained call is made of, as a list."""
        chain = []
        node = self
        while node is not None:
            if node._mock_from_kall:
                chain.insert(0, node)
            node = node._mock_parent
        return _CallList(chain)


call = _Call(from_kall=False)


class _CallList(list):
    """A list of calls; `in` also finds a contiguous sub-list."""

    def __contains__(self, value):
        if isinstance(value, list):
            width = len(value)
            return any(self[at:at + width] == value
                       for at in range(len(self) - width + 1))
        return super().__contains__(value)

    def __repr__(self):
        return pprint.pformat(list(self))


# -- the mocks -------------------------------------------------------------------

def _a_mock(obj):
    # type(), not isinstance: a spec'd mock's __class__ is the spec.
    return NonCallableMock in type(obj).__mro__


def _exception_like(obj):
    if isinstance(obj, BaseException):
        return True
    return isinstance(obj, type) and issubclass(obj, BaseException)


def _has_ancestor(node, candidate):
    while node is not None:
        if node is candidate:
            return True
        node = node._mock_new_parent
    return False


def _adopt(parent, value, name, new_name):
    """Adopt value (a mock without a parent or name yet) as a child of
    parent; False when it is not adopted."""
    if not _a_mock(value):
        return False
    placed = (value._mock_name, value._mock_new_name,
              value._mock_parent is not None, value._mock_new_parent is not None)
    # Nor may a mock become its own ancestor.
    if any(placed) or _has_ancestor(parent, value):
        return False
    state = vars(value)
    if new_name:
        state['_mock_new_parent'], state['_mock_new_name'] = parent, new_name
    if name:
        state['_mock_parent'], state['_mock_name'] = parent, name
    return True


# Prefixes of attribute names taken for misspelt assertions.
_ASSERT_TYPOS = ('assert', 'assret', 'asert', 'aseert', 'assrt')


def _delegating(name):
    """A property reading and writing _mock_<name>, or the same attribute of
    the delegate mock when there is one."""
    own = '_mock_' + name

    def read(self):
        source = self._mock_delegate
        return vars(self)[own] if source is None else getattr(source, name)

    def write(self, value):
        source = self._mock_delegate
        if source is None:
            vars(self)[own] = value
        else:
            setattr(source, name, value)
    return property(read, write)


class NonCallableMock(object):
    """A mock that cannot be called: attributes spring into existence as
    child mocks (unless a spec limits them) and every use is recorded."""

    def __new__(cls, /, *args, **kw):
        # Each instance gets its own class, so that magic methods can be
        # set on one mock without affecting others.
        own_class = type(cls.__name__, (cls,), {'__doc__': cls.__doc__})
        return object.__new__(own_class)

    def __init__(self, spec=None, wraps=None, name=None, spec_set=None,
                 parent=None, _spec_state=None, _new_name='', _new_parent=None,
                 _spec_as_instance=False, _eat_self=None, unsafe=False, **kwargs):
        state = vars(self)
        state.update(_mock_parent=parent, _mock_name=name,
                     _mock_new_name=_new_name, _mock_sealed=False,
                     _mock_new_parent=parent if _new_parent is None else _new_parent)
        if spec_set is not None:
            spec, spec_set = spec_set, True
        self._mock_add_spec(spec, spec_set)
        state.update(_mock_children={}, _mock_wraps=wraps, _mock_delegate=None,
                     _mock_called=False, _mock_call_args=None,
                     _mock_call_count=0, _mock_unsafe=unsafe)
        for record in ('_mock_call_args_list', '_mock_mock_calls', 'method_calls'):
            state[record] = _CallList()
        if kwargs:
            self.configure_mock(**kwargs)

    def attach_mock(self, mock, attribute):
        """Make mock a child of this one under the name attribute."""
        # Forget its old place first, so that it can be adopted.
        for field, blank in (('_mock_parent', None), ('_mock_new_parent', None),
                             ('_mock_name', ''), ('_mock_new_name', '')):
            object.__setattr__(mock, field, blank)
        setattr(self, attribute, mock)

    def mock_add_spec(self, spec, spec_set=False):
        """Limit the mock's attributes to those of spec (a list of names
        or an object)."""
        self._mock_add_spec(spec, spec_set)

    def _mock_add_spec(self, spec, spec_set):
        spec_class = allowed = None
        if spec is not None:
            if type(spec) in (list, tuple):
                allowed = list(spec)
            else:
                spec_class = spec if isinstance(spec, type) else type(spec)
                allowed = dir(spec)
        vars(self).update(_spec_class=spec_class, _spec_set=spec_set,
                          _mock_methods=allowed)

    def _read_return_value(self):
        source = self._mock_delegate
        value = self._mock_return_value if source is None else source.return_value
        if value is DEFAULT and self._mock_wraps is None:
            # Made on first use: a child standing for the call's result.
            # (A wrapping mock returns what the wrapped object returns.)
            value = self._get_child_mock(_new_parent=self, _new_name='()')
            self.return_value = value
        return value

    def _write_return_value(self, value):
        source = self._mock_delegate
        if source is not None:
            source.return_value = value
            return
        vars(self)['_mock_return_value'] = value
        _adopt(self, value, None, '()')

    return_value = property(_read_return_value, _write_return_value,
                            doc="The value the mock returns when called.")

    @property
    def __class__(self):
        # What isinstance() sees: the spec's class, when there is one.
        spec_class = self._spec_class
        return type(self) if spec_class is None else spec_class

    called = _delegating('called')
    call_count = _delegating('call_count')
    call_args = _delegating('call_args')
    call_args_list = _delegating('call_args_list')
    mock_calls = _delegating('mock_calls')

    def _read_side_effect(self):
        source = self._mock_delegate
        if source is None:
            return self._mock_side_effect
        effect = source.side_effect
        plain_iterable = not (effect is None or callable(effect) or
                              isinstance(effect, _MockIter) or _exception_like(effect))
        if plain_iterable:
            effect = source.side_effect = _MockIter(effect)
        return effect

    def _write_side_effect(self, value):
        value = _iterate_if_possible(value)
        source = self._mock_delegate
        if source is not None:
            source.side_effect = value
        else:
            vars(self)['_mock_side_effect'] = value

    side_effect = property(_read_side_effect, _write_side_effect)

    def reset_mock(self, visited=None, *, return_value=False, side_effect=False):
        """Forget all calls (of this mock and its children); optionally the
        configured return value and side effect too."""
        seen = [] if visited is None else visited
        if id(self) in seen:
            return
        seen.append(id(self))
        self.called, self.call_args, self.call_count = False, None, 0
        for record in ('mock_calls', 'call_args_list', 'method_calls'):
            setattr(self, record, _CallList())
        state = vars(self)
        for asked, key, blank in ((return_value, '_mock_return_value', DEFAULT),
                                  (side_effect, '_mock_side_effect', None)):
            if asked:
                state[key] = blank
        kids = self._mock_children
        for child in kids.values():
            if child is _deleted or isinstance(child, _SpecState):
                continue
            child.reset_mock(seen, return_value=return_value,
                             side_effect=side_effect)
        made = state.get('_mock_return_value', DEFAULT)
        if made is not self and _a_mock(made):
            made.reset_mock(seen)

    def configure_mock(self, /, **kwargs):
        """Set attributes, dotted names reaching into children
        ('method.return_value': 3)."""
        # Shallower names first: 'a' is set before 'a.b' is reached.
        for dotted in sorted(kwargs, key=lambda key: key.count('.')):
            *path, last = dotted.split('.')
            owner = _reduce(getattr, path, self)
            setattr(owner, last, kwargs[dotted])

    def _vet_attribute(self, name):
        # Raise AttributeError for names that must not become children.
        allowed = self._mock_methods
        if allowed is None:
            if _is_magic(name):
                raise AttributeError(name)
        elif name not in allowed or name in _all_magics:
            raise AttributeError("Mock object has no attribute %r" % name)
        if self._mock_unsafe or (allowed and name in allowed):
            return
        if name.startswith(_ASSERT_TYPOS) or name in _ATTRIB_DENY_LIST:
            raise AttributeError(
                f"{name!r} is not a valid assertion. Use a spec "
                f"for the mock if {name!r} is meant to be an attribute.")

    def __getattr__(self, name):
        if name in ('_mock_methods', '_mock_unsafe'):
            # Asked for before __init__ has run (by copy or pickle).
            raise AttributeError(name)
        self._vet_attribute(name)
        with NonCallableMock._lock:
            known = self._mock_children
            child = known.get(name)
            if child is _deleted:
                raise AttributeError(name)
            if child is None:
                inner = self._mock_wraps
                child = self._get_child_mock(
                    parent=self, name=name, _new_name=name, _new_parent=self,
                    wraps=None if inner is None else getattr(inner, name))
                known[name] = child
        return child

    def _extract_mock_name(self):
        # The dotted path from the root mock ('mock.a().b'), led by the
        # root's own name when it has one.
        steps = []
        node = self
        while node._mock_new_parent is not None:
            steps.append(node._mock_new_name)
            node = node._mock_new_parent
        text = node._mock_name or 'mock'
        for step in reversed(steps):
            text += step if step == '()' else '.' + step
        return text

    def __repr__(self):
        path = self._extract_mock_name()
        described = [type(self).__name__]
        if path not in ('mock', 'mock.'):
            described.append(f' name={path!r}')
        spec_class = self._spec_class
        if spec_class is not None:
            key = 'spec_set' if self._spec_set else 'spec'
            described.append(f' {key}={spec_class.__name__!r}')
        return f"<{''.join(described)} id='{id(self)}'>"

    def __dir__(self):
        """Standard attributes, the spec's, and the children made so far."""
        if not FILTER_DIR:
            return object.__dir__(self)
        names = set(self._mock_methods or ())
        names.update(n for n in dir(type(self)) if _is_magic(n) or n[:1] != '_')
        names.update(n for n in vars(self) if not n.startswith('_mock_'))
        names.update(n for n, child in self._mock_children.items()
                     if child is not _deleted)
        return sorted(names)

    def _install_magic(self, name, value):
        """Put a configured magic method on the mock's own class; return
        what the instance attribute is set to."""
        own_class = type(self)
        if _a_mock(value):
            _adopt(self, value, None, name)
            setattr(own_class, name, value)
            self._mock_children[name] = value
            return value
        setattr(own_class, name, _forwarding_method(name, value))
        # Called through the instance, value still gets the mock first.
        return lambda *args, **kw: value(self, *args, **kw)

    def __setattr__(self, name, value):
        if name in _allowed_names:
            return object.__setattr__(self, name, value)
        if name == '__class__':
            # Assigning __class__ changes what isinstance() sees.
            vars(self)['_spec_class'] = value
            return None
        allowed = self._mock_methods
        outside_spec = allowed is not None and name not in allowed
        if self._spec_set and outside_spec and name not in vars(self):
            raise AttributeError("Mock object has no attribute '%s'" % name)
        if name in _unsupported_magics:
            raise AttributeError(f'Attempting to set unsupported magic method {name!r}.')
        if name in _all_magics:
            if outside_spec:
                raise AttributeError("Mock object has no attribute '%s'" % name)
            value = self._install_magic(name, value)
        elif name == '_mock_methods':
            vars(self)[name] = value
            return None
        elif _adopt(self, value, name, name):
            self._mock_children[name] = value
        if self._mock_sealed and not hasattr(self, name):
            raise AttributeError(f'Cannot set {self._extract_mock_name()}.{name}')
        return object.__setattr__(self, name, value)

    def __delattr__(self, name):
        own_class = type(self)
        if name in _all_magics and name in vars(own_class):
            delattr(own_class, name)
            if name not in vars(self):
                # Only the class had it: a configured magic method.
                return
        kids = self._mock_children
        before = kids.pop(name, _missing)
        kids[name] = _deleted
        if name in vars(self):
            object.__delattr__(self, name)
        elif before is _deleted:
            raise AttributeError(name)

    def _call_text(self, args, kwargs):
        return _signature_text(self._mock_name or 'mock', args, kwargs)

    def _mismatch_message(self, args, kwargs, action='call'):
        wanted = self._call_text(args, kwargs)
        got = self._call_text(*self.call_args)
        return f'expected {action} not found.\nExpected: {wanted}\n  Actual: {got}'

    def _made_calls_text(self):
        if self.mock_calls:
            return f"\nCalls: {safe_repr(self.mock_calls)}."
        return ""

    def _check_count(self, ok, expectation, *, with_count=True):
        if ok:
            return
        text = f"Expected '{self._mock_name or 'mock'}' {expectation}."
        if with_count:
            text += f" Called {self.call_count} times.{self._made_calls_text()}"
        raise AssertionError(text)

    def assert_not_called(self):
        """Fail if the mock was called."""
        self._check_count(self.call_count == 0, "to not have been called")

    def assert_called(self):
        """Fail unless the mock was called."""
        self._check_count(self.call_count != 0, "to have been called",
                          with_count=False)

    def assert_called_once(self):
        """Fail unless the mock was called exactly once."""
        self._check_count(self.call_count == 1, "to have been called once")

    def assert_called_with(self, /, *args, **kwargs):
        """Fail unless the last call had these arguments."""
        if self.call_args is None:
            wanted = self._call_text(args, kwargs)
            raise AssertionError('expected call not found.\n'
                                 f'Expected: {wanted}\n  Actual: not called.')
        if self.call_args != _Call((args, kwargs), two=True):
            raise AssertionError(self._mismatch_message(args, kwargs))

    def assert_called_once_with(self, /, *args, **kwargs):
        """Fail unless the mock was called once, with these arguments."""
        self._check_count(self.call_count == 1, "to be called once")
        return self.assert_called_with(*args, **kwargs)

    def assert_has_calls(self, calls, any_order=False):
        """Fail unless mock_calls contains calls in sequence (or, with
        any_order, each of them somewhere)."""
        wanted = list(calls)
        made = _CallList(self.mock_calls)
        if any_order:
            self._check_unordered(wanted, list(made))
        elif wanted not in made:
            raise AssertionError(f'Calls not found.\n'
                                 f'Expected: {_CallList(calls)}\n'
                                 f'  Actual: {safe_repr(self.mock_calls)}')

    def _check_unordered(self, wanted, pool):
        # Each wanted call uses up one equal recorded call.
        absent = []
        for one in wanted:
            if one in pool:
                pool.remove(one)
            else:
                absent.append(one)
        if absent:
            raise AssertionError(
                '%r does not contain all of %r in its call list, found %r instead'
                % (self._mock_name or 'mock', tuple(absent), pool))

    def assert_any_call(self, /, *args, **kwargs):
        """Fail unless some call had these arguments."""
        expected = _Call((args, kwargs), two=True)
        # The recorded call on the left, so that an ANY in expected compares.
        for recorded in self.call_args_list:
            if recorded == expected:
                return
        raise AssertionError('%s call not found' %
                             self._call_text(args, kwargs))

    def _get_child_mock(self, /, **kw):
        """Make a child mock (overridable): of the same class, or Mock for a
        non-callable one."""
        if self._mock_sealed:
            where = f".{kw['name']}" if 'name' in kw else "()"
            raise AttributeError(self._extract_mock_name() + where)
        kind = type(self)
        if issubclass(kind, CallableMixin):
            # The class behind the per-instance one __new__ made.
            return kind.__mro__[1](**kw)
        for plain, callable_kind in ((NonCallableMagicMock, MagicMock),
                                     (NonCallableMock, Mock)):
            if issubclass(kind, plain):
                return callable_kind(**kw)
        return kind(**kw)


NonCallableMock._lock = threading.RLock()

# Set on the instance directly, bypassing __setattr__'s checks.
_allowed_names = {
    'return_value', '_mock_return_value', 'side_effect', '_mock_side_effect',
    '_mock_parent', '_mock_new_parent', '_mock_name', '_mock_new_name',
    # the delegated call-recording properties
    'called', 'call_count', 'call_args', 'call_args_list', 'mock_calls',
}
# assert_x minus its prefix: also refused as attribute names (typos).
_ATTRIB_DENY_LIST = frozenset(
    name[len("assert_"):] for name in dir(NonCallableMock)
    if name.startswith("assert_"))


class _MockIter:
    """side_effect given as an iterable: one item per call."""

    def __init__(self, obj):
        self._items = iter(obj)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._items)


def _iterate_if_possible(obj):
    if obj is None or callable(obj) or _exception_like(obj):
        return obj
    try:
        return iter(obj)
    except TypeError:
        return obj


class CallableMixin(object):

    def __init__(self, spec=None, side_effect=None, return_value=DEFAULT,
                 wraps=None, name=None, spec_set=None, parent=None,
                 _spec_state=None, _new_name='', _new_parent=None, **kwargs):
        vars(self)['_mock_return_value'] = return_value
        super().__init__(spec=spec, wraps=wraps, name=name, spec_set=spec_set,
                         parent=parent, _spec_state=_spec_state,
                         _new_name=_new_name, _new_parent=_new_parent, **kwargs)
        self.side_effect = side_effect

    def __call__(self, /, *args, **kwargs):
        self._increment_mock_call(*args, **kwargs)
        return self._mock_call(*args, **kwargs)

    def _mock_call(self, /, *args, **kwargs):
        return self._produce_result(*args, **kwargs)

    def _increment_mock_call(self, /, *args, **kwargs):
        # (Tests replace __call__ with functions calling this.)
        self.called = True
        self.call_count += 1
        self.call_args = latest = _Call((args, kwargs), two=True)
        self.call_args_list.append(latest)
        self.mock_calls.append(_Call(('', args, kwargs)))
        # Every ancestor records the call as well, under the path leading
        # here; method_calls follow attribute links only.
        method_path = self._mock_name
        tracking_methods = self._mock_parent is not None
        leading = path = self._mock_new_name
        node = self._mock_new_parent
        while node is not None:
            if tracking_methods:
                node.method_calls.append(_Call((method_path, args, kwargs)))
                tracking_methods = node._mock_parent is not None
                if tracking_methods:
                    method_path = f'{node._mock_name}.{method_path}'
            node.mock_calls.append(_Call((path, args, kwargs)))
            if node._mock_new_parent is not None:
                glue = '' if leading == '()' else '.'
                leading = node._mock_new_name
                path = leading + glue + path
            node = node._mock_new_parent

    @staticmethod
    def _apply_side_effect(effect, args, kwargs):
        if _exception_like(effect):
            raise effect
        if callable(effect):
            return effect(*args, **kwargs)
        # An iterator: its next item is the result (or is raised).
        produced = next(effect)
        if _exception_like(produced):
            raise produced
        return produced

    def _produce_result(self, /, *args, **kwargs):
        effect = self.side_effect
        if effect is not None:
            produced = self._apply_side_effect(effect, args, kwargs)
            if produced is not DEFAULT:
                return produced
        source = self._mock_delegate
        configured = (self._mock_return_value is not DEFAULT or
                      (source and source.return_value is not DEFAULT))
        if not configured and self._mock_wraps is not None:
            # Pass the call through to the wrapped object.
            return self._mock_wraps(*args, **kwargs)
        return self.return_value


class Mock(CallableMixin, NonCallableMock):
    """A callable mock.  Options: spec/spec_set (allowed attributes),
    side_effect (an exception to raise, an iterable of results, or a
    function called with the arguments), return_value, wraps (an object
    calls and attributes pass through to), name (for the repr), unsafe
    (allow attribute names starting with assert), and attributes to set."""


# -- magic methods -------------------------------------------------------------------

def _dunders(words):
    return {f'__{word}__' for word in words.split()}


# The magic methods a MagicMock has from the start, as words: protocol
# methods, then the arithmetic ones with their in-place and reflected forms.
magic_methods = ("lt le gt ge eq ne getitem setitem delitem len contains iter "
                 "hash str sizeof enter exit divmod rdivmod neg pos abs invert "
                 "complex int float index round trunc floor ceil bool next "
                 "fspath aiter")
numerics = "add sub mul matmul truediv floordiv mod lshift rshift and xor or pow"
inplace = ' '.join(f'i{op}' for op in numerics.split())
right = ' '.join(f'r{op}' for op in numerics.split())

_magics = set().union(*map(_dunders, (magic_methods, numerics, inplace, right)))

# Supported when set explicitly, but not configured by default.
_non_defaults = _dunders(
    "get set delete reversed missing reduce reduce_ex getinitargs "
    "getnewargs getstate setstate getformat repr dir subclasses format "
    "getnewargs_ex")
_async_method_magics = _dunders("aenter aexit anext")
_sync_async_magics = _dunders("aiter")
_async_magics = _async_method_magics | _sync_async_magics
_all_sync_magics = _magics | _non_defaults
_all_magics = _all_sync_magics | _async_magics
# These cannot be mocked at all.
_unsupported_magics = _dunders(
    "getattr setattr init new prepare instancecheck subclasscheck del")


def _is_magic(name):
    core = name[2:-2]
    return (len(name) > 4 and name[:2] == name[-2:] == '__' and
            core.isidentifier() and '__' not in core)


def _forwarding_method(name, func):
    "A method calling func with self, named name."
    def forward(self, /, *args, **kw):
        return func(self, *args, **kw)
    forward.__name__ = name
    return forward


# Default results of the configured magic methods: computed per mock...
_calculate_return_value = {
    '__hash__': lambda mock: object.__hash__(mock),
    '__str__': lambda mock: object.__str__(mock),
    '__sizeof__': lambda mock: object.__sizeof__(mock),
    '__fspath__': lambda mock: (f"{type(mock).__name__}/"
                                f"{mock._extract_mock_name()}/{id(mock)}"),
}
# ... or fixed.
_return_values = dict.fromkeys(('__lt__', '__gt__', '__le__', '__ge__'),
                               NotImplemented)
_return_values.update(__int__=1, __contains__=False, __len__=0,
                      __exit__=False, __complex__=1j, __float__=1.0,
                      __bool__=True, __index__=1, __aexit__=False)


def _identity_eq(mock):
    def compare(other):
        configured = mock.__eq__._mock_return_value
        if configured is not DEFAULT:
            return configured
        return True if other is mock else NotImplemented
    return compare


def _identity_ne(mock):
    def compare(other):
        if mock.__ne__._mock_return_value is not DEFAULT:
            # The configured return value answers.
            return DEFAULT
        return False if other is mock else NotImplemented
    return compare


def _configured_iter(mock):
    def iterate():
        configured = mock.__iter__._mock_return_value
        return iter([] if configured is DEFAULT else configured)
    return iterate


_side_effect_methods = {'__eq__': _identity_eq, '__ne__': _identity_ne,
                        '__iter__': _configured_iter}


def _configure_magic(mock, method, name):
    if name in _return_values:
        method.return_value = _return_values[name]
    elif name in _calculate_return_value:
        method.return_value = _calculate_return_value[name](mock)
    elif name in _side_effect_methods:
        method.side_effect = _side_effect_methods[name](mock)


class MagicMixin:
    def __init__(self, /, *args, **kw):
        # Before __init__, so that keyword arguments can configure them;
        # after, because a spec given there may remove some.
        self._install_magic_proxies()
        super().__init__(*args, **kw)
        self._install_magic_proxies()

    def _install_magic_proxies(self):
        own_class = type(self)
        wanted = _magics | _async_method_magics
        allowed = getattr(self, "_mock_methods", None)
        if allowed is not None:
            wanted = _magics.intersection(allowed)
            # Magic methods outside the spec go away.
            for name in _magics - wanted:
                if name in vars(own_class):
                    delattr(self, name)
        for name in wanted.difference(vars(own_class)):
            setattr(own_class, name, MagicProxy(name, self))

    def mock_add_spec(self, spec, spec_set=False):
        self._mock_add_spec(spec, spec_set)
        self._install_magic_proxies()


class NonCallableMagicMock(MagicMixin, NonCallableMock):
    """A non-callable MagicMock."""


class MagicMock(MagicMixin, Mock):
    """A Mock with the magic methods preconfigured (len() is 0, iteration
    is empty, with works, comparisons by identity, int() is 1, ...)."""


class MagicProxy:
    """Stands on a MagicMock's class for a magic method not used yet: the
    first access makes the child mock."""

    def __init__(self, name, parent):
        self.name, self.parent = name, parent

    def create_mock(self):
        owner, entry = self.parent, self.name
        made = owner._get_child_mock(name=entry, parent=owner,
                                     _new_name=entry, _new_parent=owner)
        setattr(owner, entry, made)
        _configure_magic(owner, made, entry)
        return made

    def __get__(self, obj, _type=None):
        return self.create_mock()


class PropertyMock(Mock):
    """A mock to set on a class as a property: getting the attribute calls
    it with no arguments, setting it calls it with the value."""

    def _get_child_mock(self, /, **kwargs):
        return MagicMock(**kwargs)

    def __get__(self, obj, obj_type=None):
        return self()

    def __set__(self, obj, value):
        self(value)


class InvalidSpecError(Exception):
    """Raised for a spec that cannot be used (a Mock as spec, for one)."""


class _Unavailable:
    # Names whose implementation needs modules Kaa lacks: importable, but
    # making one raises.
    _why = ''

    def __init__(self, *args, **kwargs):
        raise NotImplementedError(f"unittest.mock.{type(self).__name__} is not "
                                  f"available in Kaa yet ({self._why})")


class AsyncMock(_Unavailable):
    _why = 'it needs asyncio'


class ThreadingMock(_Unavailable):
    _why = 'not written yet'


def _callable(obj):
    while isinstance(obj, (staticmethod, classmethod, MethodType)):
        obj = obj.__func__
    return isinstance(obj, type) or getattr(obj, '__call__', None) is not None


def create_autospec(spec, spec_set=False, instance=False, _parent=None,
                    _name=None, *, unsafe=False, **kwargs):
    """Not available yet: it needs the inspect module."""
    raise NotImplementedError("create_autospec needs the inspect module, "
                              "which Kaa does not have yet")


def seal(mock):
    """Forbid new attributes on mock and its children (recursively)."""
    mock._mock_sealed = True
    for name in dir(mock):
        child = getattr(mock, name, None)
        if not isinstance(child, NonCallableMock):
            continue
        if isinstance(mock._mock_children.get(name), _SpecState):
            continue
        # Only what mock made itself, not mocks merely attached to it.
        if child._mock_new_parent is mock:
            seal(child)


class _SpecState:
    def __init__(self, spec, spec_set=False, parent=None, name=None, ids=None,
                 instance=False):
        vars(self).update(spec=spec, spec_set=spec_set, parent=parent,
                          name=name, ids=ids, instance=instance)


# -- patching -----------------------------------------------------------------------

def _import_dotted(dotted):
    """The object a dotted name leads to, importing submodules as needed."""
    head, *rest = dotted.split('.')
    found = __import__(head)
    reached = head
    for part in rest:
        reached = f'{reached}.{part}'
        try:
            found = getattr(found, part)
        except AttributeError:
            __import__(reached)
            found = getattr(found, part)
    return found


def _get_target(target):
    owner, dot, attribute = target.rpartition('.') if isinstance(target, str) else ('', '', '')
    if not dot:
        raise TypeError(f"Need a valid target to patch. You supplied: {target!r}")
    return partial(_import_dotted, owner), attribute


def _instances_callable(obj):
    # Whether obj (or, for a class, its instances) can be called.
    if not isinstance(obj, type):
        return getattr(obj, '__call__', None) is not None
    return any(vars(klass).get('__call__') is not None for klass in obj.__mro__)


def _check_spec_arg_typos(kwargs):
    for typo in ("autospect", "auto_spec", "set_spec"):
        if typo in kwargs:
            raise RuntimeError(f"{typo!r} might be a typo; use unsafe=True if this is intended")


def _is_started(patcher):
    # Only a patch in effect has is_local (set by __enter__).
    return hasattr(patcher, 'is_local')


def _spec_is_callable(spec):
    if type(spec) in (list, tuple):
        return '__call__' in spec
    return callable(spec)


def _specs_for(original, spec, spec_set):
    """(spec, spec_set) to make the mock with: True for either means the
    original object (spec_set winning)."""
    if spec_set is True:
        return None, original
    return (original if spec is True else spec), spec_set


def _decorate_tests(klass, fresh_patcher):
    """Decorate every test method of klass with a patcher of its own."""
    tests = [name for name in dir(klass) if name.startswith(patch.TEST_PREFIX)]
    for name in tests:
        value = getattr(klass, name)
        if hasattr(value, "__call__"):
            setattr(klass, name, fresh_patcher()(value))
    return klass


def _enter_patchings(patchings, entered, keywargs):
    """Enter each patching (noting it in entered); return the created mocks
    to pass as extra positional arguments.  patch.multiple ones go into
    keywargs instead."""
    extra = []
    for patching in patchings:
        given = patching.__enter__()
        entered.append(patching)
        if patching.attribute_name is None:
            if patching.new is DEFAULT:
                extra.append(given)
        else:
            # patch.multiple: a dict of the mocks it made.
            keywargs.update(given)
    return extra


class _Startable:
    # start()/stop() shared by the patchers; the ones started are kept in
    # _patch._active_patches for patch.stopall().

    def start(self):
        """Apply the patch until stop() (or patch.stopall())."""
        applied = self.__enter__()
        _patch._active_patches.append(self)
        return applied

    def _forget(self):
        """Leave the active patches; False when it was not among them."""
        try:
            _patch._active_patches.remove(self)
        except ValueError:
            return False
        return True


# Attributes put back by assignment even when deleting the patch seemed to
# restore them (the class provides a default).
_RESET_BY_ASSIGNMENT = ('__doc__', '__module__', '__defaults__',
                        '__annotations__', '__kwdefaults__')


class _patch(_Startable):
    attribute_name = None
    _active_patches = []

    def __init__(self, getter, attribute, new, spec, create, spec_set,
                 autospec, new_callable, kwargs, *, unsafe=False):
        if not unsafe:
            _check_spec_arg_typos(kwargs)
        if new_callable is not None:
            for clash, other in ((new is not DEFAULT, 'new'),
                                 (autospec is not None, 'autospec')):
                if clash:
                    raise ValueError(f"Cannot use '{other}' and 'new_callable' together")
        vars(self).update(
            getter=getter, attribute=attribute, new=new, spec=spec,
            create=create, spec_set=spec_set, autospec=autospec,
            new_callable=new_callable, kwargs=kwargs, unsafe=unsafe,
            has_local=False, additional_patchers=[])

    def copy(self):
        twin = _patch(self.getter, self.attribute, self.new, self.spec,
                      self.create, self.spec_set, self.autospec,
                      self.new_callable, self.kwargs)
        twin.attribute_name = self.attribute_name
        twin.additional_patchers = [p.copy() for p in self.additional_patchers]
        return twin

    def __call__(self, func):
        # A class has each of its test methods patched.
        return (_decorate_tests(func, self.copy) if isinstance(func, type)
                else self.decorate_callable(func))

    def decorate_class(self, klass):
        return _decorate_tests(klass, self.copy)

    def decorate_callable(self, func):
        if hasattr(func, 'patchings'):
            # Already patched: its wrapper applies this patch too.
            func.patchings.append(self)
            return func

        @wraps(func)
        def patched(*args, **keywargs):
            entered = []
            try:
                extra = _enter_patchings(patched.patchings, entered, keywargs)
                return func(*args, *extra, **keywargs)
            finally:
                problem = sys.exc_info()
                for patching in reversed(entered):
                    patching.__exit__(*problem)

        patched.patchings = [self]
        return patched

    def get_original(self):
        target, name = self.getter(), self.attribute
        try:
            original, local = target.__dict__[name], True
        except (AttributeError, KeyError):
            original, local = getattr(target, name, DEFAULT), False
        if name in _builtins and isinstance(target, ModuleType):
            # Builtins may be patched in a module that does not have them.
            self.create = True
        if original is DEFAULT and not self.create:
            raise AttributeError("%s does not have the attribute %r" % (target, name))
        return original, local

    def _replacement(self, original, spec, spec_set):
        """The mock made when no new object was given."""
        spec, spec_set = _specs_for(original, spec, spec_set)
        base = spec if spec_set is None else spec_set
        factory = self.new_callable
        if factory is None:
            plain = base is not None and not _spec_is_callable(base)
            factory = NonCallableMagicMock if plain else MagicMock
        options = dict(self.kwargs)
        for key, value in (('spec', spec), ('spec_set', spec_set)):
            if value is not None:
                options[key] = value
        names_itself = isinstance(factory, type) and issubclass(factory, NonCallableMock)
        if names_itself and 'name' not in options:
            options['name'] = self.attribute
        made = factory(**options)
        if isinstance(base, type) and _a_mock(made):
            # Mocking a class: what calling it returns is specced like an
            # instance (callable only if instances are).
            options.pop('name', None)
            kind = factory if _instances_callable(base) else NonCallableMagicMock
            made.return_value = kind(_new_parent=made, _new_name='()', **options)
        return made

    def __enter__(self):
        """Apply the patch; return the replacement."""
        self.target = self.getter()
        spec, spec_set, autospec = (None if given is False else given
                                    for given in (self.spec, self.spec_set,
                                                  self.autospec))
        if spec is not None and autospec is not None:
            raise TypeError("Can't specify spec and autospec")
        original, local = self.get_original()
        replacement = self.new
        if replacement is DEFAULT and autospec is None:
            replacement = self._replacement(original, spec, spec_set)
        elif autospec is not None:
            raise NotImplementedError("autospec needs the inspect module, "
                                      "which Kaa does not have yet")
        elif self.kwargs:
            raise TypeError("Can't pass kwargs to a mock we aren't creating")
        self.temp_original, self.is_local = original, local
        self._exit_stack = None
        setattr(self.target, self.attribute, replacement)
        try:
            if self.attribute_name is None:
                return replacement
            return self._enter_multiple(replacement)
        except:
            if not self.__exit__(*sys.exc_info()):
                raise

    def _enter_multiple(self, replacement):
        # patch.multiple: a dict of the mocks created, by attribute name.
        created = {self.attribute_name: replacement} if self.new is DEFAULT else {}
        for extra_patcher in self.additional_patchers:
            given = extra_patcher.__enter__()
            self._extra_entered = getattr(self, '_extra_entered', []) + [extra_patcher]
            if extra_patcher.new is DEFAULT:
                created.update(given)
        return created

    def __exit__(self, *exc_info):
        """Put the original back."""
        target, name, original = self.target, self.attribute, self.temp_original
        if self.is_local and original is not DEFAULT:
            setattr(target, name, original)
        else:
            delattr(target, name)
            # Proxy objects and some special attributes do not get the
            # original back by deletion alone.
            if not self.create and (not hasattr(target, name) or
                                    name in _RESET_BY_ASSIGNMENT):
                setattr(target, name, original)
        for patching in reversed(getattr(self, '_extra_entered', [])):
            patching.__exit__(*exc_info)
        self._extra_entered = []
        for finished in ('temp_original', 'is_local', 'target'):
            delattr(self, finished)
        return False

    def stop(self):
        """Undo a patch applied with start()."""
        self._forget()
        if _is_started(self):
            return self.__exit__(None, None, None)
        return None


def _getter_for(target):
    if type(target) is not str:
        return lambda: target
    return partial(_import_dotted, target)


def _patch_object(target, attribute, new=DEFAULT, spec=None, create=False,
                  spec_set=None, autospec=None, new_callable=None, *,
                  unsafe=False, **kwargs):
    """patch(), naming the object to patch and the attribute separately."""
    if type(target) is str:
        raise TypeError(f"{target!r} must be the actual object to be patched, not a str")
    return _patch(_getter_for(target), attribute, new, spec, create, spec_set,
                  autospec, new_callable, kwargs, unsafe=unsafe)


def _patch_multiple(target, spec=None, create=False, spec_set=None,
                    autospec=None, new_callable=None, **kwargs):
    """Patch several attributes of target at once (name=value keywords;
    DEFAULT values become mocks passed as keyword arguments)."""
    getter = _getter_for(target)
    if not kwargs:
        raise ValueError('Must supply at least one keyword argument with patch.multiple')
    patchers = []
    for attribute, new in kwargs.items():
        one = _patch(getter, attribute, new, spec, create, spec_set, autospec,
                     new_callable, {})
        one.attribute_name = attribute
        patchers.append(one)
    first, *others = patchers
    first.additional_patchers.extend(others)
    return first


def patch(target, new=DEFAULT, spec=None, create=False, spec_set=None,
          autospec=None, new_callable=None, *, unsafe=False, **kwargs):
    """Replace the object named by target ('package.module.Name') with new
    (a MagicMock by default) while a decorated function runs, inside a with
    block, or between start() and stop().  A created mock is passed to the
    decorated function as an extra argument."""
    getter, attribute = _get_target(target)
    return _patch(getter, attribute, new, spec, create, spec_set, autospec,
                  new_callable, kwargs, unsafe=unsafe)


def _snapshot(mapping):
    # Dict-like objects without copy() must at least iterate over keys.
    try:
        return mapping.copy()
    except AttributeError:
        return {key: mapping[key] for key in mapping}


def _fill(mapping, values):
    try:
        mapping.update(values)
    except AttributeError:
        # Dict-like, without update().
        for key in values:
            mapping[key] = values[key]


class _patch_dict(_Startable):
    """Set items of a dictionary (or a dotted name of one) for the duration,
    restoring its whole previous content afterwards (and clearing it first
    when clear is true)."""

    def __init__(self, in_dict, values=(), clear=False, **kwargs):
        self.in_dict, self.clear = in_dict, clear
        self.values = {**dict(values), **kwargs}
        self._original = None

    def __call__(self, f):
        if not isinstance(f, type):
            return self._wrap_callable(f)
        return self.decorate_class(f)

    def _wrap_callable(self, f):
        @wraps(f)
        def with_dict_patched(*args, **kwargs):
            with self:
                return f(*args, **kwargs)
        return with_dict_patched

    def decorate_class(self, klass):
        return _decorate_tests(
            klass, lambda: _patch_dict(self.in_dict, self.values, self.clear))

    def __enter__(self):
        self._apply()
        return self.in_dict

    def _apply(self):
        if isinstance(self.in_dict, str):
            self.in_dict = _import_dotted(self.in_dict)
        target = self.in_dict
        self._original = _snapshot(target)
        if self.clear:
            _empty(target)
        _fill(target, self.values)

    def _restore(self):
        target = self.in_dict
        _empty(target)
        _fill(target, self._original)

    def __exit__(self, *args):
        if self._original is not None:
            self._restore()
        return False

    def stop(self):
        if self._forget():
            return self.__exit__(None, None, None)
        return None


def _empty(mapping):
    try:
        mapping.clear()
    except AttributeError:
        for key in list(mapping):
            del mapping[key]


def _stop_all():
    """Stop every patch started with start(), most recent first."""
    for patcher in reversed(_patch._active_patches):
        patcher.stop()


patch.object, patch.dict = _patch_object, _patch_dict
patch.multiple, patch.stopall = _patch_multiple, _stop_all
patch.TEST_PREFIX = 'test'

# Names a module can have patched without defining them (create=True).
_builtins = {name for name in dir(builtins) if name[:1] != '_'}


# -- mock_open ---------------------------------------------------------------------------

file_spec = None
open_spec = None


def _to_stream(read_data):
    kind = io.BytesIO if isinstance(read_data, bytes) else io.StringIO
    return kind(read_data)


class _OpenedData:
    """What a mock_open handle reads: read_data, started over by each call
    of the mocked open().  Return values set on the handle's read methods
    take precedence."""

    def __init__(self, handle, read_data):
        self.handle, self.read_data = handle, read_data
        self.stream = _to_stream(read_data)
        self.line_source = None

    def _preset(self, method):
        return getattr(self.handle, method).return_value

    def read(self, *args, **kwargs):
        preset = self._preset('read')
        return self.stream.read(*args, **kwargs) if preset is None else preset

    def readlines(self, *args, **kwargs):
        preset = self._preset('readlines')
        return self.stream.readlines(*args, **kwargs) if preset is None else preset

    def lines(self):
        if self._preset('readline') is not None:
            while True:
                yield self._preset('readline')
        yield from self.stream

    def readline_results(self, *args, **kwargs):
        yield from self.lines()
        while True:
            # Past the end: readline() keeps returning an empty line.
            yield self.stream.readline(*args, **kwargs)

    def next_line(self):
        preset = self._preset('readline')
        return next(self.stream) if preset is None else preset

    def closing_exit(self, exctype, excinst, exctb):
        self.handle.close()

    def reopen(self, *args, **kwargs):
        self.stream = _to_stream(self.read_data)
        # Unless the user replaced it, readline starts over too.
        if self.handle.readline.side_effect == self.line_source:
            self._restart_readline()
        return DEFAULT

    def _restart_readline(self):
        self.line_source = self.readline_results()
        self.handle.readline.side_effect = self.line_source


def mock_open(mock=None, read_data=''):
    """A MagicMock standing in for open(): the handle it returns reads
    read_data (read, readline, readlines, iteration; each open() starts
    over) and records writes.  Return values set on the handle's read
    methods take precedence over read_data."""
    global file_spec, open_spec
    if file_spec is None:
        file_spec = list(set(dir(io.TextIOWrapper)) | set(dir(io.BytesIO)))
    if open_spec is None:
        open_spec = list(set(dir(io.open)))
    if mock is None:
        mock = MagicMock(name='open', spec=open_spec)
    handle = MagicMock(spec=file_spec)
    handle.__enter__.return_value = handle
    for method in ('write', 'read', 'readline', 'readlines'):
        getattr(handle, method).return_value = None
    data = _OpenedData(handle, read_data)
    handle.read.side_effect = data.read
    data._restart_readline()
    handle.readlines.side_effect = data.readlines
    handle.__iter__.side_effect = data.lines
    handle.__next__.side_effect = data.next_line
    handle.__exit__.side_effect = data.closing_exit
    mock.side_effect = data.reopen
    mock.return_value = handle
    return mock
