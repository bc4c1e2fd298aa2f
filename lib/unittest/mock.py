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
from functools import wraps, partial
from types import FunctionType, MethodType, ModuleType

from unittest.util import safe_repr

__unittest = True

FILTER_DIR = True


# -- sentinels -----------------------------------------------------------------

class _SentinelObject(object):
    "A named unique object."

    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return 'sentinel.%s' % self.name

    def __reduce__(self):
        return 'sentinel.%s' % self.name


class _Sentinel(object):
    """Attribute access makes (once) a unique named object."""

    def __init__(self):
        self._sentinels = {}

    def __getattr__(self, name):
        if name == '__bases__':
            raise AttributeError
        return self._sentinels.setdefault(name, _SentinelObject(name))

    def __reduce__(self):
        return 'sentinel'


sentinel = _Sentinel()
DEFAULT = sentinel.DEFAULT
_missing = sentinel.MISSING
_deleted = sentinel.DELETED


class _ANY(object):
    "Equal to everything."

    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    def __repr__(self):
        return '<ANY>'


ANY = _ANY()


# -- call objects ----------------------------------------------------------------

def _format_call_signature(name, args, kwargs):
    shown = [repr(a) for a in args]
    shown += ['%s=%r' % item for item in kwargs.items()]
    return '%s(%s)' % (name, ', '.join(shown))


class _Call(tuple):
    """A recorded call: (args, kwargs), (name, args, kwargs) and the forms
    without name or kwargs, comparing equal across forms.  call.x(1)
    builds the call of a child; call(1).x() of a return value's child."""

    def __new__(cls, value=(), name='', parent=None, two=False,
                from_kall=True):
        args, kwargs = (), {}
        n = len(value)
        if n == 3:
            name, args, kwargs = value
        elif n == 2:
            first, second = value
            if isinstance(first, str):
                name = first
                if isinstance(second, tuple):
                    args = second
                else:
                    kwargs = second
            else:
                args, kwargs = first, second
        elif n == 1:
            value, = value
            if isinstance(value, str):
                name = value
            elif isinstance(value, tuple):
                args = value
            else:
                kwargs = value
        if two:
            return tuple.__new__(cls, (args, kwargs))
        return tuple.__new__(cls, (name, args, kwargs))

    def __init__(self, value=(), name=None, parent=None, two=False,
                 from_kall=True):
        self._mock_name = name
        self._mock_parent = parent
        self._mock_from_kall = from_kall

    def __eq__(self, other):
        try:
            n = len(other)
        except TypeError:
            return NotImplemented
        if len(self) == 2:
            my_name = ''
            my_args, my_kwargs = self
        else:
            my_name, my_args, my_kwargs = self
        if (getattr(self, '_mock_parent', None) and getattr(other, '_mock_parent', None)
                and self._mock_parent != other._mock_parent):
            return False
        their_name = ''
        if n == 0:
            their_args, their_kwargs = (), {}
        elif n == 3:
            their_name, their_args, their_kwargs = other
        elif n == 1:
            value, = other
            if isinstance(value, tuple):
                their_args, their_kwargs = value, {}
            elif isinstance(value, str):
                their_name = value
                their_args, their_kwargs = (), {}
            else:
                their_args, their_kwargs = (), value
        elif n == 2:
            first, second = other
            if isinstance(first, str):
                their_name = first
                if isinstance(second, tuple):
                    their_args, their_kwargs = second, {}
                else:
                    their_args, their_kwargs = (), second
            else:
                their_args, their_kwargs = first, second
        else:
            return False
        if my_name and their_name != my_name:
            return False
        # The other side first: an ANY there must get to compare.
        return (their_args, their_kwargs) == (my_args, my_kwargs)

    __ne__ = object.__ne__

    def __call__(self, /, *args, **kwargs):
        if self._mock_name is None:
            return _Call(('', args, kwargs), name='()')
        return _Call((self._mock_name, args, kwargs), name=self._mock_name + '()',
                     parent=self)

    def __getattr__(self, attr):
        if self._mock_name is None:
            return _Call(name=attr, from_kall=False)
        return _Call(name=f'{self._mock_name}.{attr}', parent=self, from_kall=False)

    def __getattribute__(self, attr):
        if attr in tuple.__dict__:
            raise AttributeError
        return tuple.__getattribute__(self, attr)

    def _get_call_arguments(self):
        if len(self) == 2:
            return self
        return self[1], self[2]

    @property
    def args(self):
        return self._get_call_arguments()[0]

    @property
    def kwargs(self):
        return self._get_call_arguments()[1]

    def __repr__(self):
        if not self._mock_from_kall:
            name = self._mock_name or 'call'
            if name.startswith('()'):
                name = 'call%s' % name
            return name
        if len(self) == 2:
            name = 'call'
            args, kwargs = self
        else:
            name, args, kwargs = self
            if not name:
                name = 'call'
            elif not name.startswith('()'):
                name = 'call.%s' % name
            else:
                name = 'call%s' % name
        return _format_call_signature(name, args, kwargs)

    def call_list(self):
        """The calls this chained call is made of, as a list."""
        chain = []
        node = self
        while node is not None:
            if node._mock_from_kall:
                chain.append(node)
            node = node._mock_parent
        return _CallList(reversed(chain))


call = _Call(from_kall=False)


class _CallList(list):
    """A list of calls; `in` also finds a contiguous sub-list."""

    def __contains__(self, value):
        if not isinstance(value, list):
            return list.__contains__(self, value)
        size = len(value)
        for start in range(len(self) - size + 1):
            if self[start:start + size] == value:
                return True
        return False

    def __repr__(self):
        return pprint.pformat(list(self))


# -- the mocks -------------------------------------------------------------------

def _is_instance_mock(obj):
    return issubclass(type(obj), NonCallableMock)


def _is_exception(obj):
    return (isinstance(obj, BaseException) or
            isinstance(obj, type) and issubclass(obj, BaseException))


def _check_and_set_parent(parent, value, name, new_name):
    if not _is_instance_mock(value):
        return False
    if (value._mock_name or value._mock_new_name or value._mock_parent is not None
            or value._mock_new_parent is not None):
        return False
    # A mock cannot become its own ancestor.
    node = parent
    while node is not None:
        if node is value:
            return False
        node = node._mock_new_parent
    if new_name:
        value._mock_new_parent = parent
        value._mock_new_name = new_name
    if name:
        value._mock_parent = parent
        value._mock_name = name
    return True


_ASSERT_TYPOS = ('assert', 'assret', 'asert', 'aseert', 'assrt')


class NonCallableMock(object):
    """A mock that cannot be called: attributes spring into existence as
    child mocks (unless a spec limits them) and every use is recorded."""

    def __new__(cls, /, *args, **kw):
        # Each instance gets its own class, so that magic methods can be
        # set on one mock without affecting others.
        sub = type(cls.__name__, (cls,), {'__doc__': cls.__doc__})
        return object.__new__(sub)

    def __init__(self, spec=None, wraps=None, name=None, spec_set=None,
                 parent=None, _spec_state=None, _new_name='', _new_parent=None,
                 _spec_as_instance=False, _eat_self=None, unsafe=False, **kwargs):
        if _new_parent is None:
            _new_parent = parent
        d = self.__dict__
        d['_mock_parent'] = parent
        d['_mock_name'] = name
        d['_mock_new_name'] = _new_name
        d['_mock_new_parent'] = _new_parent
        d['_mock_sealed'] = False
        if spec_set is not None:
            spec = spec_set
            spec_set = True
        self._mock_add_spec(spec, spec_set)
        d['_mock_children'] = {}
        d['_mock_wraps'] = wraps
        d['_mock_delegate'] = None
        d['_mock_called'] = False
        d['_mock_call_args'] = None
        d['_mock_call_count'] = 0
        d['_mock_call_args_list'] = _CallList()
        d['_mock_mock_calls'] = _CallList()
        d['method_calls'] = _CallList()
        d['_mock_unsafe'] = unsafe
        if kwargs:
            self.configure_mock(**kwargs)

    def attach_mock(self, mock, attribute):
        """Make mock a child of this one under the name attribute."""
        for attr in ('_mock_parent', '_mock_new_parent', '_mock_name', '_mock_new_name'):
            object.__setattr__(mock, attr, None if 'parent' in attr else '')
        setattr(self, attribute, mock)

    def mock_add_spec(self, spec, spec_set=False):
        """Limit the mock's attributes to those of spec (a list of names
        or an object)."""
        self._mock_add_spec(spec, spec_set)

    def _mock_add_spec(self, spec, spec_set):
        cls = None
        names = None
        if spec is not None and type(spec) not in (list, tuple):
            cls = spec if isinstance(spec, type) else type(spec)
            names = dir(spec)
        elif spec is not None:
            names = list(spec)
        d = self.__dict__
        d['_spec_class'] = cls
        d['_spec_set'] = spec_set
        d['_mock_methods'] = names

    def __get_return_value(self):
        value = self._mock_return_value
        if self._mock_delegate is not None:
            value = self._mock_delegate.return_value
        if value is DEFAULT and self._mock_wraps is None:
            # A wrapping mock returns what the wrapped object returns.
            value = self._get_child_mock(_new_parent=self, _new_name='()')
            self.return_value = value
        return value

    def __set_return_value(self, value):
        if self._mock_delegate is not None:
            self._mock_delegate.return_value = value
        else:
            self.__dict__['_mock_return_value'] = value
            _check_and_set_parent(self, value, None, '()')

    return_value = property(__get_return_value, __set_return_value,
                            doc="The value the mock returns when called.")

    @property
    def __class__(self):
        if self._spec_class is None:
            return type(self)
        return self._spec_class

    def _delegated(name):
        key = '_mock_' + name

        def get(self):
            if self._mock_delegate is None:
                return self.__dict__[key]
            return getattr(self._mock_delegate, name)

        def put(self, value):
            if self._mock_delegate is None:
                self.__dict__[key] = value
            else:
                setattr(self._mock_delegate, name, value)
        return property(get, put)

    called = _delegated('called')
    call_count = _delegated('call_count')
    call_args = _delegated('call_args')
    call_args_list = _delegated('call_args_list')
    mock_calls = _delegated('mock_calls')
    del _delegated

    def __get_side_effect(self):
        other = self._mock_delegate
        if other is None:
            return self._mock_side_effect
        effect = other.side_effect
        if (effect is not None and not callable(effect)
                and not isinstance(effect, _MockIter) and not _is_exception(effect)):
            effect = _MockIter(effect)
            other.side_effect = effect
        return effect

    def __set_side_effect(self, value):
        value = _try_iter(value)
        if self._mock_delegate is None:
            self.__dict__['_mock_side_effect'] = value
        else:
            self._mock_delegate.side_effect = value

    side_effect = property(__get_side_effect, __set_side_effect)

    def reset_mock(self, visited=None, *, return_value=False, side_effect=False):
        """Forget all calls (of this mock and its children); optionally the
        configured return value and side effect too."""
        if visited is None:
            visited = []
        if id(self) in visited:
            return
        visited.append(id(self))
        self.called = False
        self.call_args = None
        self.call_count = 0
        self.mock_calls = _CallList()
        self.call_args_list = _CallList()
        self.method_calls = _CallList()
        if return_value:
            self.__dict__['_mock_return_value'] = DEFAULT
        if side_effect:
            self.__dict__['_mock_side_effect'] = None
        for child in self._mock_children.values():
            if isinstance(child, _SpecState) or child is _deleted:
                continue
            child.reset_mock(visited, return_value=return_value, side_effect=side_effect)
        ret = self.__dict__.get('_mock_return_value', DEFAULT)
        if _is_instance_mock(ret) and ret is not self:
            ret.reset_mock(visited)

    def configure_mock(self, /, **kwargs):
        """Set attributes, dotted names reaching into children
        ('method.return_value': 3)."""
        for key, value in sorted(kwargs.items(), key=lambda item: item[0].count('.')):
            *path, last = key.split('.')
            target = self
            for part in path:
                target = getattr(target, part)
            setattr(target, last, value)

    def __getattr__(self, name):
        if name in {'_mock_methods', '_mock_unsafe'}:
            raise AttributeError(name)
        if self._mock_methods is not None:
            if name not in self._mock_methods or name in _all_magics:
                raise AttributeError("Mock object has no attribute %r" % name)
        elif _is_magic(name):
            raise AttributeError(name)
        if not self._mock_unsafe and (not self._mock_methods or name not in self._mock_methods):
            if name.startswith(_ASSERT_TYPOS) or name in _ATTRIB_DENY_LIST:
                raise AttributeError(
                    f"{name!r} is not a valid assertion. Use a spec "
                    f"for the mock if {name!r} is meant to be an attribute.")
        with NonCallableMock._lock:
            result = self._mock_children.get(name)
            if result is _deleted:
                raise AttributeError(name)
            if result is None:
                wraps = None
                if self._mock_wraps is not None:
                    wraps = getattr(self._mock_wraps, name)
                result = self._get_child_mock(parent=self, name=name, wraps=wraps,
                                              _new_name=name, _new_parent=self)
                self._mock_children[name] = result
        return result

    def _extract_mock_name(self):
        # The dotted path from the root mock: 'mock.a().b', or the root's
        # own name in place of 'mock'.
        pieces = [self._mock_new_name]
        glue = '' if self._mock_new_name == '()' else '.'
        top = self
        node = self._mock_new_parent
        while node is not None:
            top = node
            pieces.append(node._mock_new_name + glue)
            glue = '' if node._mock_new_name == '()' else '.'
            node = node._mock_new_parent
        pieces.reverse()
        head = top._mock_name or 'mock'
        if len(pieces) > 1 and pieces[1] not in ('()', '().'):
            head += '.'
        pieces[0] = head
        return ''.join(pieces)

    def __repr__(self):
        name = self._extract_mock_name()
        name_text = ''
        if name not in ('mock', 'mock.'):
            name_text = ' name=%r' % name
        spec_text = ''
        if self._spec_class is not None:
            spec_text = ' spec=%r'
            if self._spec_set:
                spec_text = ' spec_set=%r'
            spec_text = spec_text % self._spec_class.__name__
        return "<%s%s%s id='%s'>" % (type(self).__name__, name_text, spec_text, id(self))

    def __dir__(self):
        """Standard attributes, the spec's, and the children made so far."""
        if not FILTER_DIR:
            return object.__dir__(self)
        extras = self._mock_methods or []
        from_type = dir(type(self))
        from_dict = [k for k in self.__dict__ if not k.startswith('_mock_')]
        children = [k for k, v in self._mock_children.items() if v is not _deleted]
        from_type = [e for e in from_type if not e.startswith('_') or _is_magic(e)]
        return sorted(set(extras + from_type + from_dict + children))

    def __setattr__(self, name, value):
        if name in _allowed_names:
            return object.__setattr__(self, name, value)
        if name == '__class__':
            # Assigning __class__ changes what isinstance() sees.
            self.__dict__['_spec_class'] = value
            return None
        if (self._spec_set and self._mock_methods is not None and
                name not in self._mock_methods and name not in self.__dict__):
            raise AttributeError("Mock object has no attribute '%s'" % name)
        if name in _unsupported_magics:
            raise AttributeError(f'Attempting to set unsupported magic method {name!r}.')
        if name in _all_magics:
            if self._mock_methods is not None and name not in self._mock_methods:
                raise AttributeError("Mock object has no attribute '%s'" % name)
            if not _is_instance_mock(value):
                setattr(type(self), name, _get_method(name, value))
                original = value
                value = lambda *args, **kw: original(self, *args, **kw)
            else:
                _check_and_set_parent(self, value, None, name)
                setattr(type(self), name, value)
                self._mock_children[name] = value
        elif name == '_mock_methods':
            self.__dict__[name] = value
            return
        elif _check_and_set_parent(self, value, name, name):
            self._mock_children[name] = value
        if self._mock_sealed and not hasattr(self, name):
            raise AttributeError(f'Cannot set {self._extract_mock_name()}.{name}')
        return object.__setattr__(self, name, value)

    def __delattr__(self, name):
        if name in _all_magics and name in type(self).__dict__:
            delattr(type(self), name)
            if name not in self.__dict__:
                return
        obj = self._mock_children.get(name, _missing)
        if name in self.__dict__:
            object.__delattr__(self, name)
        elif obj is _deleted:
            raise AttributeError(name)
        if obj is not _missing:
            del self._mock_children[name]
        self._mock_children[name] = _deleted

    def _format_mock_call_signature(self, args, kwargs):
        return _format_call_signature(self._mock_name or 'mock', args, kwargs)

    def _format_mock_failure_message(self, args, kwargs, action='call'):
        expected = self._format_mock_call_signature(args, kwargs)
        actual = self._format_mock_call_signature(*self.call_args)
        return f'expected {action} not found.\nExpected: {expected}\n  Actual: {actual}'

    def _call_matcher(self, _call):
        return _call

    def _calls_repr(self):
        if not self.mock_calls:
            return ""
        return f"\nCalls: {safe_repr(self.mock_calls)}."

    def assert_not_called(self):
        """Fail if the mock was called."""
        if self.call_count != 0:
            raise AssertionError("Expected '%s' to not have been called. Called %s times.%s"
                                 % (self._mock_name or 'mock', self.call_count,
                                    self._calls_repr()))

    def assert_called(self):
        """Fail unless the mock was called."""
        if self.call_count == 0:
            raise AssertionError("Expected '%s' to have been called." %
                                 (self._mock_name or 'mock'))

    def assert_called_once(self):
        """Fail unless the mock was called exactly once."""
        if self.call_count != 1:
            raise AssertionError("Expected '%s' to have been called once. Called %s times.%s"
                                 % (self._mock_name or 'mock', self.call_count,
                                    self._calls_repr()))

    def assert_called_with(self, /, *args, **kwargs):
        """Fail unless the last call had these arguments."""
        if self.call_args is None:
            expected = self._format_mock_call_signature(args, kwargs)
            raise AssertionError('expected call not found.\nExpected: %s\n  Actual: %s'
                                 % (expected, 'not called.'))
        if self.call_args != _Call((args, kwargs), two=True):
            raise AssertionError(self._format_mock_failure_message(args, kwargs))

    def assert_called_once_with(self, /, *args, **kwargs):
        """Fail unless the mock was called once, with these arguments."""
        if self.call_count != 1:
            raise AssertionError("Expected '%s' to be called once. Called %s times.%s"
                                 % (self._mock_name or 'mock', self.call_count,
                                    self._calls_repr()))
        return self.assert_called_with(*args, **kwargs)

    def assert_has_calls(self, calls, any_order=False):
        """Fail unless mock_calls contains calls in sequence (or, with
        any_order, each of them somewhere)."""
        wanted = list(calls)
        made = _CallList(self.mock_calls)
        if not any_order:
            if wanted not in made:
                raise AssertionError(f'Calls not found.\n'
                                     f'Expected: {_CallList(calls)}\n'
                                     f'  Actual: {safe_repr(self.mock_calls)}')
            return
        remaining = list(made)
        missing = []
        for kall in wanted:
            try:
                remaining.remove(kall)
            except ValueError:
                missing.append(kall)
        if missing:
            raise AssertionError('%r does not contain all of %r in its call list, '
                                 'found %r instead' % (self._mock_name or 'mock',
                                                       tuple(missing), remaining))

    def assert_any_call(self, /, *args, **kwargs):
        """Fail unless some call had these arguments."""
        expected = _Call((args, kwargs), two=True)
        # The recorded call on the left, so that an ANY in expected compares.
        if not any(c == expected for c in self.call_args_list):
            raise AssertionError('%s call not found' %
                                 self._format_mock_call_signature(args, kwargs))

    def _get_child_mock(self, /, **kw):
        """Make a child mock (overridable): of the same class, or Mock for a
        non-callable one."""
        if self._mock_sealed:
            attribute = f".{kw['name']}" if 'name' in kw else "()"
            raise AttributeError(self._extract_mock_name() + attribute)
        kind = type(self)
        if not issubclass(kind, CallableMixin):
            if issubclass(kind, NonCallableMagicMock):
                kind = MagicMock
            elif issubclass(kind, NonCallableMock):
                kind = Mock
        else:
            kind = kind.__mro__[1]
        return kind(**kw)


NonCallableMock._lock = threading.RLock()

_allowed_names = {'return_value', '_mock_return_value', 'side_effect',
                  '_mock_side_effect', '_mock_parent', '_mock_new_parent',
                  '_mock_name', '_mock_new_name',
                  # the delegated call-recording properties
                  'called', 'call_count', 'call_args', 'call_args_list',
                  'mock_calls'}
_ATTRIB_DENY_LIST = frozenset({
    name.removeprefix("assert_") for name in dir(NonCallableMock)
    if name.startswith("assert_")})


class _MockIter(object):
    def __init__(self, obj):
        self.obj = iter(obj)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self.obj)


def _try_iter(obj):
    if obj is None or _is_exception(obj) or callable(obj):
        return obj
    try:
        return iter(obj)
    except TypeError:
        return obj


class CallableMixin(object):

    def __init__(self, spec=None, side_effect=None, return_value=DEFAULT,
                 wraps=None, name=None, spec_set=None, parent=None,
                 _spec_state=None, _new_name='', _new_parent=None, **kwargs):
        self.__dict__['_mock_return_value'] = return_value
        super().__init__(spec, wraps, name, spec_set, parent, _spec_state,
                         _new_name, _new_parent, **kwargs)
        self.side_effect = side_effect

    def _mock_check_sig(self, /, *args, **kwargs):
        pass

    def __call__(self, /, *args, **kwargs):
        self._mock_check_sig(*args, **kwargs)
        self._increment_mock_call(*args, **kwargs)
        return self._mock_call(*args, **kwargs)

    def _mock_call(self, /, *args, **kwargs):
        return self._execute_mock_call(*args, **kwargs)

    def _increment_mock_call(self, /, *args, **kwargs):
        self.called = True
        self.call_count += 1
        this = _Call((args, kwargs), two=True)
        self.call_args = this
        self.call_args_list.append(this)
        # Record the call on every ancestor, with the dotted path to us.
        do_method_calls = self._mock_parent is not None
        method_name = self._mock_name
        mock_name = self._mock_new_name
        is_a_call = mock_name == '()'
        self.mock_calls.append(_Call(('', args, kwargs)))
        node = self._mock_new_parent
        while node is not None:
            if do_method_calls:
                node.method_calls.append(_Call((method_name, args, kwargs)))
                do_method_calls = node._mock_parent is not None
                if do_method_calls:
                    method_name = node._mock_name + '.' + method_name
            node.mock_calls.append(_Call((mock_name, args, kwargs)))
            if node._mock_new_parent is not None:
                if is_a_call:
                    dot = ''
                else:
                    dot = '.'
                is_a_call = node._mock_new_name == '()'
                mock_name = node._mock_new_name + dot + mock_name
            node = node._mock_new_parent

    def _execute_mock_call(self, /, *args, **kwargs):
        effect = self.side_effect
        if effect is not None:
            if _is_exception(effect):
                raise effect
            if not callable(effect):
                result = next(effect)
                if _is_exception(result):
                    raise result
            else:
                result = effect(*args, **kwargs)
            if result is not DEFAULT:
                return result
        if self._mock_return_value is not DEFAULT:
            return self.return_value
        if self._mock_delegate and self._mock_delegate.return_value is not DEFAULT:
            return self.return_value
        if self._mock_wraps is not None:
            return self._mock_wraps(*args, **kwargs)
        return self.return_value


class Mock(CallableMixin, NonCallableMock):
    """A callable mock.  Options: spec/spec_set (allowed attributes),
    side_effect (an exception to raise, an iterable of results, or a
    function called with the arguments), return_value, wraps (an object
    calls and attributes pass through to), name (for the repr), unsafe
    (allow attribute names starting with assert), and attributes to set."""


# -- magic methods -------------------------------------------------------------------

magic_methods = (
    "lt le gt ge eq ne getitem setitem delitem len contains iter hash str sizeof "
    "enter exit divmod rdivmod neg pos abs invert complex int float index "
    "round trunc floor ceil bool next fspath aiter"
)
numerics = "add sub mul matmul truediv floordiv mod lshift rshift and xor or pow"
inplace = ' '.join('i%s' % n for n in numerics.split())
right = ' '.join('r%s' % n for n in numerics.split())

_non_defaults = {
    '__get__', '__set__', '__delete__', '__reversed__', '__missing__',
    '__reduce__', '__reduce_ex__', '__getinitargs__', '__getnewargs__',
    '__getstate__', '__setstate__', '__getformat__', '__repr__', '__dir__',
    '__subclasses__', '__format__', '__getnewargs_ex__',
}
_magics = {'__%s__' % m for m in ' '.join([magic_methods, numerics, inplace, right]).split()}
_async_method_magics = {"__aenter__", "__aexit__", "__anext__"}
_sync_async_magics = {"__aiter__"}
_async_magics = _async_method_magics | _sync_async_magics
_all_sync_magics = _magics | _non_defaults
_all_magics = _all_sync_magics | _async_magics
_unsupported_magics = {'__getattr__', '__setattr__', '__init__', '__new__',
                       '__prepare__', '__instancecheck__', '__subclasscheck__',
                       '__del__'}


def _is_magic(name):
    return len(name) > 4 and name.startswith('__') and name.endswith('__') and \
        name[2:-2].isidentifier() and '__' not in name[2:-2]


def _get_method(name, func):
    "A method calling func with self, named name."
    def method(self, /, *args, **kw):
        return func(self, *args, **kw)
    method.__name__ = name
    return method


_calculate_return_value = {
    '__hash__': lambda self: object.__hash__(self),
    '__str__': lambda self: object.__str__(self),
    '__sizeof__': lambda self: object.__sizeof__(self),
    '__fspath__': lambda self: f"{type(self).__name__}/{self._extract_mock_name()}/{id(self)}",
}
_return_values = {
    '__lt__': NotImplemented, '__gt__': NotImplemented,
    '__le__': NotImplemented, '__ge__': NotImplemented,
    '__int__': 1, '__contains__': False, '__len__': 0, '__exit__': False,
    '__complex__': 1j, '__float__': 1.0, '__bool__': True, '__index__': 1,
    '__aexit__': False,
}


def _get_eq(self):
    def __eq__(other):
        configured = self.__eq__._mock_return_value
        if configured is not DEFAULT:
            return configured
        return True if self is other else NotImplemented
    return __eq__


def _get_ne(self):
    def __ne__(other):
        if self.__ne__._mock_return_value is not DEFAULT:
            return DEFAULT
        return False if self is other else NotImplemented
    return __ne__


def _get_iter(self):
    def __iter__():
        configured = self.__iter__._mock_return_value
        return iter([]) if configured is DEFAULT else iter(configured)
    return __iter__


_side_effect_methods = {'__eq__': _get_eq, '__ne__': _get_ne, '__iter__': _get_iter}


def _set_return_value(mock, method, name):
    fixed = _return_values.get(name, DEFAULT)
    if fixed is not DEFAULT:
        method.return_value = fixed
        return
    compute = _calculate_return_value.get(name)
    if compute is not None:
        method.return_value = compute(mock)
        return
    effect = _side_effect_methods.get(name)
    if effect is not None:
        method.side_effect = effect(mock)


class MagicMixin(Base := object):
    def __init__(self, /, *args, **kw):
        self._mock_set_magics()
        super().__init__(*args, **kw)
        self._mock_set_magics()

    def _mock_set_magics(self):
        wanted = _magics | _async_method_magics
        if getattr(self, "_mock_methods", None) is not None:
            wanted = _magics.intersection(self._mock_methods)
            for name in _magics - wanted:
                if name in type(self).__dict__:
                    delattr(self, name)
        for name in wanted - set(type(self).__dict__):
            setattr(type(self), name, MagicProxy(name, self))


del Base


class NonCallableMagicMock(MagicMixin, NonCallableMock):
    """A non-callable MagicMock."""

    def mock_add_spec(self, spec, spec_set=False):
        self._mock_add_spec(spec, spec_set)
        self._mock_set_magics()


class MagicMock(MagicMixin, Mock):
    """A Mock with the magic methods preconfigured (len() is 0, iteration
    is empty, with works, comparisons by identity, int() is 1, ...)."""

    def mock_add_spec(self, spec, spec_set=False):
        self._mock_add_spec(spec, spec_set)
        self._mock_set_magics()


class MagicProxy(Base := object):
    def __init__(self, name, parent):
        self.name = name
        self.parent = parent

    def create_mock(self):
        parent = self.parent
        made = parent._get_child_mock(name=self.name, parent=parent,
                                      _new_name=self.name, _new_parent=parent)
        setattr(parent, self.name, made)
        _set_return_value(parent, made, self.name)
        return made

    def __get__(self, obj, _type=None):
        return self.create_mock()


del Base


class PropertyMock(Mock):
    """A mock to set on a class as a property: getting the attribute calls
    it with no arguments, setting it calls it with the value."""

    def _get_child_mock(self, /, **kwargs):
        return MagicMock(**kwargs)

    def __get__(self, obj, obj_type=None):
        return self()

    def __set__(self, obj, val):
        self(val)


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
    if isinstance(obj, type):
        return True
    if isinstance(obj, (staticmethod, classmethod, MethodType)):
        return _callable(obj.__func__)
    return getattr(obj, '__call__', None) is not None


def create_autospec(spec, spec_set=False, instance=False, _parent=None,
                    _name=None, *, unsafe=False, **kwargs):
    """Not available yet: it needs the inspect module."""
    raise NotImplementedError("create_autospec needs the inspect module, "
                              "which Kaa does not have yet")


def seal(mock):
    """Forbid new attributes on mock and its children (recursively)."""
    mock._mock_sealed = True
    for name in dir(mock):
        try:
            child = getattr(mock, name)
        except AttributeError:
            continue
        if not isinstance(child, NonCallableMock):
            continue
        if isinstance(mock._mock_children.get(name), _SpecState):
            continue
        if child._mock_new_parent is mock:
            seal(child)


class _SpecState(object):
    def __init__(self, spec, spec_set=False, parent=None, name=None, ids=None,
                 instance=False):
        self.spec = spec
        self.ids = ids
        self.spec_set = spec_set
        self.parent = parent
        self.instance = instance
        self.name = name


# -- patching -----------------------------------------------------------------------

def _importer(target):
    parts = target.split('.')
    name = parts.pop(0)
    found = __import__(name)
    for part in parts:
        name += '.' + part
        try:
            found = getattr(found, part)
        except AttributeError:
            __import__(name)
            found = getattr(found, part)
    return found


def _get_target(target):
    try:
        owner, attribute = target.rsplit('.', 1)
    except (TypeError, ValueError, AttributeError):
        raise TypeError(f"Need a valid target to patch. You supplied: {target!r}")
    return partial(_importer, owner), attribute


def _instance_callable(obj):
    # Whether obj (or, for a class, its instances) can be called.
    if not isinstance(obj, type):
        return getattr(obj, '__call__', None) is not None
    return any(klass.__dict__.get('__call__') is not None for klass in obj.__mro__)


def _check_spec_arg_typos(kwargs):
    for typo in ("autospect", "auto_spec", "set_spec"):
        if typo in kwargs:
            raise RuntimeError(f"{typo!r} might be a typo; use unsafe=True if this is intended")


def _is_started(patcher):
    return hasattr(patcher, 'is_local')


class _patch(object):
    attribute_name = None
    _active_patches = []

    def __init__(self, getter, attribute, new, spec, create, spec_set,
                 autospec, new_callable, kwargs, *, unsafe=False):
        if not unsafe:
            _check_spec_arg_typos(kwargs)
        if new_callable is not None:
            if new is not DEFAULT:
                raise ValueError("Cannot use 'new' and 'new_callable' together")
            if autospec is not None:
                raise ValueError("Cannot use 'autospec' and 'new_callable' together")
        self.getter = getter
        self.attribute = attribute
        self.new = new
        self.new_callable = new_callable
        self.spec = spec
        self.create = create
        self.has_local = False
        self.spec_set = spec_set
        self.autospec = autospec
        self.kwargs = kwargs
        self.additional_patchers = []
        self.unsafe = unsafe

    def copy(self):
        twin = _patch(self.getter, self.attribute, self.new, self.spec,
                      self.create, self.spec_set, self.autospec,
                      self.new_callable, self.kwargs)
        twin.attribute_name = self.attribute_name
        twin.additional_patchers = [p.copy() for p in self.additional_patchers]
        return twin

    def __call__(self, func):
        if isinstance(func, type):
            return self.decorate_class(func)
        return self.decorate_callable(func)

    def decorate_class(self, klass):
        for attr in dir(klass):
            if not attr.startswith(patch.TEST_PREFIX):
                continue
            value = getattr(klass, attr)
            if not hasattr(value, "__call__"):
                continue
            setattr(klass, attr, self.copy()(value))
        return klass

    def decorate_callable(self, func):
        if hasattr(func, 'patchings'):
            func.patchings.append(self)
            return func

        @wraps(func)
        def patched(*args, **keywargs):
            extra = []
            entered = []
            try:
                for patching in patched.patchings:
                    arg = patching.__enter__()
                    entered.append(patching)
                    if patching.attribute_name is not None:
                        keywargs.update(arg)
                    elif patching.new is DEFAULT:
                        extra.append(arg)
                return func(*args, *extra, **keywargs)
            finally:
                info = sys.exc_info()
                for patching in reversed(entered):
                    patching.__exit__(*info)

        patched.patchings = [self]
        return patched

    def get_original(self):
        target = self.getter()
        name = self.attribute
        original = DEFAULT
        local = False
        try:
            original = target.__dict__[name]
        except (AttributeError, KeyError):
            original = getattr(target, name, DEFAULT)
        else:
            local = True
        if name in _builtins and isinstance(target, ModuleType):
            self.create = True
        if not self.create and original is DEFAULT:
            raise AttributeError("%s does not have the attribute %r" % (target, name))
        return original, local

    def __enter__(self):
        """Apply the patch; return the replacement."""
        new, spec, spec_set = self.new, self.spec, self.spec_set
        autospec, kwargs = self.autospec, self.kwargs
        new_callable = self.new_callable
        self.target = self.getter()
        if spec is False:
            spec = None
        if spec_set is False:
            spec_set = None
        if autospec is False:
            autospec = None
        if spec is not None and autospec is not None:
            raise TypeError("Can't specify spec and autospec")
        original, local = self.get_original()
        if new is DEFAULT and autospec is None:
            if spec is True:
                spec = original
            if spec_set is True:
                spec_set = original
                spec = None
            factory = new_callable
            base = spec if spec_set is None else spec_set
            if factory is None:
                factory = MagicMock
                if base is not None:
                    if type(base) in (list, tuple):
                        callable_spec = '__call__' in base
                    else:
                        callable_spec = callable(base)
                    if not callable_spec:
                        factory = NonCallableMagicMock
            options = dict(kwargs)
            if spec is not None:
                options['spec'] = spec
            if spec_set is not None:
                options['spec_set'] = spec_set
            if isinstance(factory, type) and issubclass(factory, NonCallableMock) \
                    and 'name' not in options:
                options['name'] = self.attribute
            new = factory(**options)
            if isinstance(base, type) and _is_instance_mock(new):
                # Mocking a class: what calling it returns is specced like an
                # instance (callable only if instances are).
                options.pop('name', None)
                kind = factory if _instance_callable(base) else NonCallableMagicMock
                new.return_value = kind(_new_parent=new, _new_name='()', **options)
        elif autospec is not None:
            raise NotImplementedError("autospec needs the inspect module, "
                                      "which Kaa does not have yet")
        elif kwargs:
            raise TypeError("Can't pass kwargs to a mock we aren't creating")
        new_attr = new
        self.temp_original = original
        self.is_local = local
        self._exit_stack = None
        setattr(self.target, self.attribute, new_attr)
        try:
            if self.attribute_name is not None:
                extra = {}
                if self.new is DEFAULT:
                    extra[self.attribute_name] = new
                for patching in self.additional_patchers:
                    arg = patching.__enter__()
                    self._extra_entered = getattr(self, '_extra_entered', []) + [patching]
                    if patching.new is DEFAULT:
                        extra.update(arg)
                return extra
            return new
        except:
            if not self.__exit__(*sys.exc_info()):
                raise

    def __exit__(self, *exc_info):
        """Undo the patch."""
        if self.is_local and self.temp_original is not DEFAULT:
            setattr(self.target, self.attribute, self.temp_original)
        else:
            delattr(self.target, self.attribute)
            if not self.create and (not hasattr(self.target, self.attribute) or
                                    self.attribute in ('__doc__', '__module__',
                                                       '__defaults__', '__annotations__',
                                                       '__kwdefaults__')):
                setattr(self.target, self.attribute, self.temp_original)
        for patching in reversed(getattr(self, '_extra_entered', [])):
            patching.__exit__(*exc_info)
        self._extra_entered = []
        del self.temp_original
        del self.is_local
        del self.target
        return False

    def start(self):
        """Apply the patch (remembered for patch.stopall)."""
        result = self.__enter__()
        self._active_patches.append(self)
        return result

    def stop(self):
        """Undo a patch applied with start()."""
        try:
            self._active_patches.remove(self)
        except ValueError:
            pass
        if not _is_started(self):
            return None
        return self.__exit__(None, None, None)


def _patch_object(target, attribute, new=DEFAULT, spec=None, create=False,
                  spec_set=None, autospec=None, new_callable=None, *,
                  unsafe=False, **kwargs):
    """patch(), naming the object to patch and the attribute separately."""
    if type(target) is str:
        raise TypeError(f"{target!r} must be the actual object to be patched, not a str")
    return _patch(lambda: target, attribute, new, spec, create, spec_set,
                  autospec, new_callable, kwargs, unsafe=unsafe)


def _patch_multiple(target, spec=None, create=False, spec_set=None,
                    autospec=None, new_callable=None, **kwargs):
    """Patch several attributes of target at once (name=value keywords;
    DEFAULT values become mocks passed as keyword arguments)."""
    if type(target) is str:
        getter = partial(_importer, target)
    else:
        getter = lambda: target
    if not kwargs:
        raise ValueError('Must supply at least one keyword argument with patch.multiple')
    items = list(kwargs.items())
    attribute, new = items[0]
    first = _patch(getter, attribute, new, spec, create, spec_set, autospec,
                   new_callable, {})
    first.attribute_name = attribute
    for attribute, new in items[1:]:
        more = _patch(getter, attribute, new, spec, create, spec_set, autospec,
                      new_callable, {})
        more.attribute_name = attribute
        first.additional_patchers.append(more)
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


class _patch_dict(object):
    """Set items of a dictionary (or a dotted name of one) for the duration,
    restoring its whole previous content afterwards (and clearing it first
    when clear is true)."""

    def __init__(self, in_dict, values=(), clear=False, **kwargs):
        self.in_dict = in_dict
        self.values = dict(values)
        self.values.update(kwargs)
        self.clear = clear
        self._original = None

    def __call__(self, f):
        if isinstance(f, type):
            return self.decorate_class(f)
        @wraps(f)
        def _inner(*args, **kw):
            self._patch_dict()
            try:
                return f(*args, **kw)
            finally:
                self._unpatch_dict()
        return _inner

    def decorate_class(self, klass):
        for attr in dir(klass):
            value = getattr(klass, attr)
            if attr.startswith(patch.TEST_PREFIX) and hasattr(value, "__call__"):
                twin = _patch_dict(self.in_dict, self.values, self.clear)
                setattr(klass, attr, twin(value))
        return klass

    def __enter__(self):
        self._patch_dict()
        return self.in_dict

    def _patch_dict(self):
        if isinstance(self.in_dict, str):
            self.in_dict = _importer(self.in_dict)
        target = self.in_dict
        try:
            saved = target.copy()
        except AttributeError:
            saved = {key: target[key] for key in target}
        self._original = saved
        if self.clear:
            _clear_dict(target)
        try:
            target.update(self.values)
        except AttributeError:
            for key in self.values:
                target[key] = self.values[key]

    def _unpatch_dict(self):
        target = self.in_dict
        _clear_dict(target)
        try:
            target.update(self._original)
        except AttributeError:
            for key in self._original:
                target[key] = self._original[key]

    def __exit__(self, *args):
        if self._original is not None:
            self._unpatch_dict()
        return False

    def start(self):
        result = self.__enter__()
        _patch._active_patches.append(self)
        return result

    def stop(self):
        try:
            _patch._active_patches.remove(self)
        except ValueError:
            return None
        return self.__exit__(None, None, None)


def _clear_dict(in_dict):
    try:
        in_dict.clear()
    except AttributeError:
        for key in list(in_dict):
            del in_dict[key]


def _patch_stopall():
    """Stop every patch started with start(), most recent first."""
    for patcher in reversed(_patch._active_patches):
        patcher.stop()


patch.object = _patch_object
patch.dict = _patch_dict
patch.multiple = _patch_multiple
patch.stopall = _patch_stopall
patch.TEST_PREFIX = 'test'

_builtins = {name for name in dir(builtins) if not name.startswith('_')}


# -- mock_open ---------------------------------------------------------------------------

file_spec = None
open_spec = None


def _to_stream(read_data):
    if isinstance(read_data, bytes):
        return io.BytesIO(read_data)
    return io.StringIO(read_data)


def mock_open(mock=None, read_data=''):
    """A MagicMock standing in for open(): the handle it returns reads
    read_data (read, readline, readlines, iteration; each open() starts
    over) and records writes.  Return values set on the handle's read
    methods take precedence over read_data."""
    global file_spec, open_spec
    empty = type(read_data)()
    state = {'stream': _to_stream(read_data), 'lines': None}

    def configured(method):
        value = method.return_value
        return value is not None, value

    def read(*args, **kwargs):
        given, value = configured(handle.read)
        return value if given else state['stream'].read(*args, **kwargs)

    def readlines(*args, **kwargs):
        given, value = configured(handle.readlines)
        return value if given else state['stream'].readlines(*args, **kwargs)

    def lines():
        given, value = configured(handle.readline)
        if given:
            while True:
                yield handle.readline.return_value
        yield from state['stream']

    def readline_source(*args, **kwargs):
        yield from lines()
        while True:
            yield state['stream'].readline(*args, **kwargs)

    def next_line():
        given, value = configured(handle.readline)
        return value if given else next(state['stream'])

    def on_exit(exctype, excinst, exctb):
        handle.close()

    if file_spec is None:
        file_spec = list(set(dir(io.TextIOWrapper)).union(set(dir(io.BytesIO))))
    if open_spec is None:
        open_spec = list(set(dir(io.open)))
    if mock is None:
        mock = MagicMock(name='open', spec=open_spec)
    handle = MagicMock(spec=file_spec)
    handle.__enter__.return_value = handle
    for name in ('write', 'read', 'readline', 'readlines'):
        getattr(handle, name).return_value = None
    handle.read.side_effect = read
    state['lines'] = readline_source()
    handle.readline.side_effect = state['lines']
    handle.readlines.side_effect = readlines
    handle.__iter__.side_effect = lines
    handle.__next__.side_effect = next_line
    handle.__exit__.side_effect = on_exit

    def reopen(*args, **kwargs):
        state['stream'] = _to_stream(read_data)
        if handle.readline.side_effect == state['lines']:
            state['lines'] = readline_source()
            handle.readline.side_effect = state['lines']
        return DEFAULT

    mock.side_effect = reopen
    mock.return_value = handle
    return mock
