"""Classes whose special methods are written from their annotated fields.

@dataclass reads a class's annotations (in definition order, bases first),
turns each into a Field, and adds __init__, __repr__, __eq__ and, as asked,
ordering, hashing, immutability, __match_args__ and __slots__. The methods
are compiled from generated source text, so they run as fast as written ones.
"""

import sys
import copy
import types
import keyword
import itertools
import abc
from reprlib import recursive_repr

__all__ = ['dataclass',
           'field',
           'Field',
           'FrozenInstanceError',
           'InitVar',
           'KW_ONLY',
           'MISSING',

           # Helper functions.
           'fields',
           'asdict',
           'astuple',
           'make_dataclass',
           'replace',
           'is_dataclass',
           ]


class FrozenInstanceError(AttributeError):
    pass


class _HAS_DEFAULT_FACTORY_CLASS:
    # The default of an __init__ parameter whose field has a factory.
    def __repr__(self):
        return '<factory>'


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


class _MISSING_TYPE:
    pass


# "No value given": None may be a legitimate default.
MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


# Annotating a pseudo-field with this makes the fields after it keyword-only.
KW_ONLY = _KW_ONLY_TYPE()

_EMPTY_METADATA = types.MappingProxyType({})


class _FIELD_BASE:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


# What kind of field a Field is.
_FIELD = _FIELD_BASE('_FIELD')
_FIELD_CLASSVAR = _FIELD_BASE('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FIELD_BASE('_FIELD_INITVAR')

# Class attributes where a dataclass keeps its fields and parameters.
_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'
_POST_INIT_NAME = '__post_init__'

# Values asdict/astuple return as they are (no deep copy needed).
_ATOMIC_TYPES = frozenset({
    types.NoneType, bool, int, float, str, complex, bytes,
    types.EllipsisType, types.NotImplementedType, types.CodeType,
    types.BuiltinFunctionType, types.FunctionType, type, range, property,
})


class InitVar:
    """A pseudo-field passed to __init__ and __post_init__, not stored."""

    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        if isinstance(self.type, type):
            shown = self.type.__name__
        else:
            shown = repr(self.type)
        return f'dataclasses.InitVar[{shown}]'

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    """One field of a dataclass (made by field() or from a plain default)."""

    __slots__ = ('name',
                 'type',
                 'default',
                 'default_factory',
                 'repr',
                 'hash',
                 'init',
                 'compare',
                 'metadata',
                 'kw_only',
                 '_field_type',
                 )

    def __init__(self, default, default_factory, init, repr, hash, compare,
                 metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = (_EMPTY_METADATA if metadata is None
                         else types.MappingProxyType(metadata))
        self.kw_only = kw_only
        self._field_type = None

    @recursive_repr()
    def __repr__(self):
        return ('Field('
                f'name={self.name!r},'
                f'type={self.type!r},'
                f'default={self.default!r},'
                f'default_factory={self.default_factory!r},'
                f'init={self.init!r},'
                f'repr={self.repr!r},'
                f'hash={self.hash!r},'
                f'compare={self.compare!r},'
                f'metadata={self.metadata!r},'
                f'kw_only={self.kw_only!r},'
                f'_field_type={self._field_type}'
                ')')

    def __set_name__(self, owner, name):
        # A default that is a descriptor learns its name too.
        hook = getattr(type(self.default), '__set_name__', None)
        if hook:
            hook(self.default, owner, name)

    __class_getitem__ = classmethod(types.GenericAlias)


class _DataclassParams:
    __slots__ = ('init',
                 'repr',
                 'eq',
                 'order',
                 'unsafe_hash',
                 'frozen',
                 'match_args',
                 'kw_only',
                 'slots',
                 'weakref_slot',
                 )

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen,
                 match_args, kw_only, slots, weakref_slot):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen
        self.match_args = match_args
        self.kw_only = kw_only
        self.slots = slots
        self.weakref_slot = weakref_slot

    def __repr__(self):
        return ('_DataclassParams(' + ','.join(
            f'{name}={getattr(self, name)!r}' for name in self.__slots__) + ')')


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    """Describe a field beyond its default.

    default is the default value; default_factory a function of no
    arguments making it (for mutable defaults); init, repr and compare say
    whether the field is an __init__ parameter, shown by __repr__ and
    compared by __eq__ and the order methods; hash whether __hash__ uses it
    (None: as compare); metadata a mapping for third parties; kw_only
    whether it is a keyword-only parameter.
    """
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare,
                 metadata, kw_only)


def _fields_in_init_order(fields):
    positional = tuple(f for f in fields if f.init and not f.kw_only)
    keyword_only = tuple(f for f in fields if f.init and f.kw_only)
    return positional, keyword_only


def _tuple_str(obj_name, fields):
    # Source of a tuple of obj_name's fields: "(self.x,self.y,)".
    if not fields:
        return '()'
    return '(' + ','.join(f'{obj_name}.{f.name}' for f in fields) + ',)'


class _MethodMaker:
    """Compiles the generated methods of one class, then installs them."""

    def __init__(self, globals):
        self.globals = globals
        self.made = []          # (name, function, overwrite error)

    def add(self, name, params, body, *, locals=None, return_type=MISSING,
            decorator=None, overwrite_error=None):
        scope = dict(locals or {})
        annotation = ''
        if return_type is not MISSING:
            scope['__dataclass_return_type__'] = return_type
            annotation = ' -> __dataclass_return_type__'
        head = f'  {decorator}\n' if decorator else ''
        text = (f'{head}  def {name}({", ".join(params)}){annotation}:\n'
                + '\n'.join('  ' + line for line in body))
        outer = ', '.join(scope)
        source = f'def __dataclass_make__({outer}):\n{text}\n  return {name}\n'
        namespace = {}
        exec(source, self.globals, namespace)
        fn = namespace['__dataclass_make__'](**scope)
        self.made.append((name, fn, overwrite_error))

    def install(self, cls):
        for name, fn, error in self.made:
            fn.__qualname__ = f'{cls.__qualname__}.{fn.__name__}'
            if _set_new_attribute(cls, name, fn) and error:
                message = f'Cannot overwrite attribute {fn.__name__} in class {cls.__name__}'
                if error is not True:
                    message = f'{message} {error}'
                raise TypeError(message)


def _field_assign(frozen, name, value, self_name):
    # Frozen instances refuse __setattr__: go around it.
    if frozen:
        return f'__dataclass_builtins_object__.__setattr__({self_name},{name!r},{value})'
    return f'{self_name}.{name}={value}'


def _field_init(f, frozen, scope, self_name, slots):
    # The __init__ line storing field f (None: nothing to store).
    default_name = f'__dataclass_dflt_{f.name}__'
    if f.default_factory is not MISSING:
        scope[default_name] = f.default_factory
        if f.init:
            value = (f'{default_name}() if {f.name} is '
                     f'__dataclass_HAS_DEFAULT_FACTORY__ else {f.name}')
        else:
            value = f'{default_name}()'
    elif f.init:
        if f.default is not MISSING:
            scope[default_name] = f.default
        value = f.name
    elif slots and f.default is not MISSING:
        # A slot cannot have a class-level default: store it here.
        scope[default_name] = f.default
        value = default_name
    else:
        return None
    if f._field_type is _FIELD_INITVAR:
        return None
    return _field_assign(frozen, f.name, value, self_name)


def _init_param(f):
    if f.default is not MISSING:
        default = f'=__dataclass_dflt_{f.name}__'
    elif f.default_factory is not MISSING:
        default = '=__dataclass_HAS_DEFAULT_FACTORY__'
    else:
        default = ''
    return f'{f.name}:__dataclass_type_{f.name}__{default}'


def _init_fn(fields, std_fields, kw_only_fields, frozen, has_post_init,
             self_name, maker, slots):
    last_default = None
    for f in std_fields:
        if f.default is not MISSING or f.default_factory is not MISSING:
            last_default = f
        elif last_default is not None:
            raise TypeError(f'non-default argument {f.name!r} follows '
                            f'default argument {last_default.name!r}')
    scope = {f'__dataclass_type_{f.name}__': f.type for f in fields}
    scope['__dataclass_HAS_DEFAULT_FACTORY__'] = _HAS_DEFAULT_FACTORY
    scope['__dataclass_builtins_object__'] = object
    body = []
    for f in fields:
        line = _field_init(f, frozen, scope, self_name, slots)
        if line:
            body.append('  ' + line)
    if has_post_init:
        passed = ','.join(f.name for f in fields if f._field_type is _FIELD_INITVAR)
        body.append(f'  {self_name}.{_POST_INIT_NAME}({passed})')
    if not body:
        body = ['  pass']
    params = [_init_param(f) for f in std_fields]
    if kw_only_fields:
        params.append('*')
        params.extend(_init_param(f) for f in kw_only_fields)
    maker.add('__init__', [self_name] + params, body, locals=scope,
              return_type=None)


def _frozen_get_del_attr(cls, fields, maker):
    scope = {'cls': cls, 'FrozenInstanceError': FrozenInstanceError}
    test = 'type(self) is cls'
    if fields:
        test += ' or name in {' + ', '.join(repr(f.name) for f in fields) + '}'
    maker.add('__setattr__', ('self', 'name', 'value'),
              [f'  if {test}:',
               '   raise FrozenInstanceError(f"cannot assign to field {name!r}")',
               '  super(cls, self).__setattr__(name, value)'],
              locals=scope, overwrite_error=True)
    maker.add('__delattr__', ('self', 'name'),
              [f'  if {test}:',
               '   raise FrozenInstanceError(f"cannot delete field {name!r}")',
               '  super(cls, self).__delattr__(name)'],
              locals=scope, overwrite_error=True)


def _is_classvar(a_type, typing):
    return (a_type is typing.ClassVar
            or (type(a_type) is getattr(typing, '_GenericAlias', None)
                and a_type.__origin__ is typing.ClassVar))


def _is_initvar(a_type, dataclasses):
    return a_type is dataclasses.InitVar or type(a_type) is dataclasses.InitVar


def _is_kw_only(a_type, dataclasses):
    return a_type is dataclasses.KW_ONLY


def _split_annotation(text):
    # "[module.]name..." of a string annotation: (module or None, name), or
    # None when it does not start that way.
    def word(s):
        i = 0
        while i < len(s) and (s[i].isalnum() or s[i] == '_'):
            i += 1
        return s[:i], s[i:]
    first, rest = word(text.lstrip())
    if not first:
        return None
    rest = rest.lstrip()
    if rest.startswith('.'):
        second, _ = word(rest[1:].lstrip())
        if second:
            return first, second
    return None, first


def _is_type(annotation, cls, a_module, a_type, is_type_predicate):
    """Whether the string annotation names a_type (of module a_module) as
    the class's module sees it: "InitVar[int]" with InitVar imported, or
    "dataclasses.InitVar[int]" with the module imported."""
    parts = _split_annotation(annotation)
    if parts is None:
        return False
    module_name, name = parts
    home = sys.modules.get(cls.__module__)
    ns = None
    if module_name is None:
        ns = home.__dict__ if home else None
    elif home and home.__dict__.get(module_name) is a_module:
        ns = home.__dict__
    return bool(ns) and is_type_predicate(ns.get(name), a_module)


def _get_field(cls, a_name, a_type, default_kw_only):
    # The Field of annotation a_name: a_type, from its class attribute.
    default = getattr(cls, a_name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        if isinstance(default, types.MemberDescriptorType):
            default = MISSING       # a slot, not a default
        f = field(default=default)
    f.name = a_name
    f.type = a_type
    f._field_type = _FIELD
    typing = sys.modules.get('typing')
    if typing:
        if (_is_classvar(a_type, typing)
                or (isinstance(f.type, str)
                    and _is_type(f.type, cls, typing, typing.ClassVar, _is_classvar))):
            f._field_type = _FIELD_CLASSVAR
    if f._field_type is _FIELD:
        this = sys.modules[__name__]
        if (_is_initvar(a_type, this)
                or (isinstance(f.type, str)
                    and _is_type(f.type, cls, this, this.InitVar, _is_initvar))):
            f._field_type = _FIELD_INITVAR
    if f._field_type in (_FIELD_CLASSVAR, _FIELD_INITVAR):
        if f.default_factory is not MISSING:
            raise TypeError(f'field {f.name} cannot have a default factory')
    if f._field_type in (_FIELD, _FIELD_INITVAR):
        if f.kw_only is MISSING:
            f.kw_only = default_kw_only
    elif f.kw_only is not MISSING:
        raise TypeError(f'field {f.name} is a ClassVar but specifies kw_only')
    if f._field_type is _FIELD and f.default.__class__.__hash__ is None:
        raise ValueError(f'mutable default {type(f.default)} for field '
                         f'{f.name} is not allowed: use default_factory')
    return f


def _set_qualname(cls, value):
    if isinstance(value, types.FunctionType):
        value.__qualname__ = f'{cls.__qualname__}.{value.__name__}'
    return value


def _set_new_attribute(cls, name, value):
    # Set unless the class defines it itself; True when it did.
    if name in cls.__dict__:
        return True
    _set_qualname(cls, value)
    setattr(cls, name, value)
    return False


def _hash_set_none(cls, fields, maker):
    return None


def _hash_add(cls, fields, maker):
    used = [f for f in fields if (f.compare if f.hash is None else f.hash)]
    scope = {}
    maker_one = _MethodMaker(maker.globals)
    maker_one.add('__hash__', ('self',), [f'  return hash({_tuple_str("self", used)})'],
                  locals=scope)
    fn = maker_one.made[0][1]
    return _set_qualname(cls, fn)


def _hash_exception(cls, fields, maker):
    raise TypeError(f'Cannot overwrite attribute __hash__ in class {cls.__name__}')


# What __hash__ becomes, by (unsafe_hash, eq, frozen, the class defines
# __hash__): None leaves it alone.
_hash_action = {}
for _key in itertools.product((False, True), repeat=4):
    _unsafe, _eq, _frozen, _explicit = _key
    if _unsafe:
        _hash_action[_key] = _hash_exception if _explicit else _hash_add
    elif _eq and not _explicit:
        _hash_action[_key] = _hash_add if _frozen else _hash_set_none
    else:
        _hash_action[_key] = None
del _key, _unsafe, _eq, _frozen, _explicit


def _annotation_text(annotation):
    # How inspect shows an annotation in a signature.
    if isinstance(annotation, type):
        if annotation.__module__ == 'builtins':
            return annotation.__qualname__
        return f'{annotation.__module__}.{annotation.__qualname__}'
    if isinstance(annotation, str):
        return repr(annotation)
    return repr(annotation).replace('typing.', '')


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen,
                   match_args, kw_only, slots, weakref_slot):
    fields = {}
    if cls.__module__ in sys.modules:
        globals = sys.modules[cls.__module__].__dict__
    else:
        globals = {}
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash,
                                           frozen, match_args, kw_only, slots,
                                           weakref_slot))
    # The fields of dataclass bases first, the most basic first.
    all_frozen_bases = None
    any_frozen_base = False
    has_dataclass_bases = False
    for base in cls.__mro__[-1:0:-1]:
        inherited = getattr(base, _FIELDS, None)
        if inherited is None:
            continue
        has_dataclass_bases = True
        for f in inherited.values():
            fields[f.name] = f
        frozen_base = getattr(base, _PARAMS).frozen
        all_frozen_bases = frozen_base if all_frozen_bases is None else (
            all_frozen_bases and frozen_base)
        any_frozen_base = any_frozen_base or frozen_base

    annotations = cls.__dict__.get('__annotations__', {})
    this = sys.modules[__name__]
    own = []
    kw_only_marker_seen = False
    for name, a_type in annotations.items():
        if (_is_kw_only(a_type, this)
                or (isinstance(a_type, str)
                    and _is_type(a_type, cls, this, this.KW_ONLY, _is_kw_only))):
            if kw_only_marker_seen:
                raise TypeError(f'{name!r} is KW_ONLY, but KW_ONLY '
                                'has already been specified')
            kw_only_marker_seen = True
            kw_only = True
        else:
            own.append(_get_field(cls, name, a_type, kw_only))
    for f in own:
        fields[f.name] = f
        # The class attribute becomes the plain default (or goes).
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError(f'{name!r} is a field but has no type annotation')
    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a '
                            'frozen one')
        if all_frozen_bases is False and frozen:
            raise TypeError('cannot inherit frozen dataclass from a '
                            'non-frozen one')
    setattr(cls, _FIELDS, fields)

    class_hash = cls.__dict__.get('__hash__', MISSING)
    has_explicit_hash = not (class_hash is MISSING
                             or (class_hash is None and '__eq__' in cls.__dict__))
    if order and not eq:
        raise ValueError('eq must be true if order is true')

    init_fields = [f for f in fields.values()
                   if f._field_type in (_FIELD, _FIELD_INITVAR)]
    std_init_fields, kw_only_init_fields = _fields_in_init_order(init_fields)
    maker = _MethodMaker(globals)
    if init:
        _init_fn(init_fields, std_init_fields, kw_only_init_fields, frozen,
                 hasattr(cls, _POST_INIT_NAME),
                 '__dataclass_self__' if 'self' in fields else 'self',
                 maker, slots)
    _set_new_attribute(cls, '__replace__', _replace)

    field_list = [f for f in fields.values() if f._field_type is _FIELD]
    if repr:
        shown = [f for f in field_list if f.repr]
        text = ', '.join(f'{f.name}={{self.{f.name}!r}}' for f in shown)
        maker.add('__repr__', ('self',),
                  ['  return f"{self.__class__.__qualname__}(' + text + ')"'],
                  locals={'__dataclasses_recursive_repr': recursive_repr},
                  decorator='@__dataclasses_recursive_repr()')
    if eq:
        compared = ' and '.join(f'self.{f.name}==other.{f.name}'
                                for f in field_list if f.compare) or 'True'
        maker.add('__eq__', ('self', 'other'),
                  ['  if self is other:',
                   '   return True',
                   '  if other.__class__ is self.__class__:',
                   f'   return {compared}',
                   '  return NotImplemented'])
    if order:
        compared = [f for f in field_list if f.compare]
        mine = _tuple_str('self', compared)
        theirs = _tuple_str('other', compared)
        for name, op in (('__lt__', '<'), ('__le__', '<='), ('__gt__', '>'),
                         ('__ge__', '>=')):
            maker.add(name, ('self', 'other'),
                      ['  if other.__class__ is self.__class__:',
                       f'   return {mine}{op}{theirs}',
                       '  return NotImplemented'],
                      overwrite_error='Consider using functools.total_ordering')
    if frozen:
        _frozen_get_del_attr(cls, field_list, maker)
    hash_action = _hash_action[bool(unsafe_hash), bool(eq), bool(frozen),
                               has_explicit_hash]
    if hash_action:
        cls.__hash__ = hash_action(cls, field_list, maker)
    maker.install(cls)

    if not getattr(cls, '__doc__'):
        cls.__doc__ = cls.__name__ + _doc_signature(cls, std_init_fields,
                                                    kw_only_init_fields)
    if match_args:
        _set_new_attribute(cls, '__match_args__',
                           tuple(f.name for f in std_init_fields))
    if weakref_slot and not slots:
        raise TypeError('weakref_slot is True but slots is False')
    if slots:
        cls = _add_slots(cls, frozen, weakref_slot)
    abc.update_abstractmethods(cls)
    return cls


def _doc_signature(cls, std_fields, kw_fields):
    # The signature inspect would show for the class (its __init__'s).
    init = cls.__dict__.get('__init__')
    if init is None or not hasattr(init, '__code__'):
        return ''
    if getattr(init, '__qualname__', '') != f'{cls.__qualname__}.__init__':
        return ''

    def param(f):
        text = f.name + ': ' + _annotation_text(f.type)
        if f.default is not MISSING:
            text += ' = ' + repr(f.default)
        elif f.default_factory is not MISSING:
            text += ' = <factory>'
        return text
    if not cls.__dict__.get(_PARAMS).init:
        return ''
    parts = [param(f) for f in std_fields]
    if kw_fields:
        parts.append('*')
        parts.extend(param(f) for f in kw_fields)
    return '(' + ', '.join(parts) + ')'


def _dataclass_getstate(self):
    return [getattr(self, f.name) for f in fields(self)]


def _dataclass_setstate(self, state):
    for f, value in zip(fields(self), state):
        # Frozen: around __setattr__.
        object.__setattr__(self, f.name, value)


def _get_slots(cls):
    declared = cls.__dict__.get('__slots__')
    if declared is None:
        found = []
        if getattr(cls, '__weakrefoffset__', -1) != 0:
            found.append('__weakref__')
        if getattr(cls, '__dictoffset__', -1) != 0:
            found.append('__dict__')
        yield from found
    elif isinstance(declared, str):
        yield declared
    elif not hasattr(declared, '__next__'):
        yield from declared
    else:
        raise TypeError(f"Slots of '{cls.__name__}' cannot be determined")


def _add_slots(cls, is_frozen, weakref_slot):
    # A class cannot gain __slots__: make it again with them.
    body = dict(cls.__dict__)
    names = tuple(f.name for f in fields(cls))
    inherited = set(itertools.chain.from_iterable(
        map(_get_slots, cls.__mro__[1:-1])))
    wanted = names + (('__weakref__',) if weakref_slot else ())
    body['__slots__'] = tuple(n for n in wanted if n not in inherited)
    for name in names:
        body.pop(name, None)
    body.pop('__dict__', None)
    body.pop('__weakref__', None)
    qualname = getattr(cls, '__qualname__', None)
    cls = type(cls)(cls.__name__, cls.__bases__, body)
    if qualname is not None:
        cls.__qualname__ = qualname
    if is_frozen:
        if '__getstate__' not in body:
            cls.__getstate__ = _dataclass_getstate
        if '__setstate__' not in body:
            cls.__setstate__ = _dataclass_setstate
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True,
              kw_only=False, slots=False, weakref_slot=False):
    """Add __init__, __repr__, __eq__ and the rest to a class from its
    annotated fields.

    init, repr and eq ask for those methods; order for __lt__ and the other
    comparisons; unsafe_hash for a __hash__ even when the class is mutable;
    frozen for instances whose fields cannot be assigned; match_args for
    __match_args__; kw_only makes every field keyword-only; slots gives the
    class __slots__ (weakref_slot adds __weakref__ to them).
    """
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash,
                              frozen, match_args, kw_only, slots, weakref_slot)
    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    """The Fields of a dataclass or instance (not ClassVars or InitVars)."""
    try:
        found = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in found.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    """Whether obj is a dataclass or an instance of one."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def asdict(obj, *, dict_factory=dict):
    """A dataclass instance as a dict of its fields, nested dataclasses,
    lists, tuples and dicts converted too, other values deep-copied."""
    if not _is_dataclass_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    kind = type(obj)
    if kind in _ATOMIC_TYPES:
        return obj
    if hasattr(kind, _FIELDS):
        pairs = [(f.name, _asdict_inner(getattr(obj, f.name), dict_factory))
                 for f in fields(obj)]
        return dict(pairs) if dict_factory is dict else dict_factory(pairs)
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        # A named tuple takes its items as arguments.
        return kind(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return kind(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        if hasattr(kind, 'default_factory'):
            out = kind(getattr(obj, 'default_factory'))
            for k, v in obj.items():
                out[_asdict_inner(k, dict_factory)] = _asdict_inner(v, dict_factory)
            return out
        return kind((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory))
                    for k, v in obj.items())
    return copy.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    """A dataclass instance as a tuple of its fields, converted as asdict
    converts them."""
    if not _is_dataclass_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    kind = type(obj)
    if kind in _ATOMIC_TYPES:
        return obj
    if hasattr(kind, _FIELDS):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory)
                              for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return kind(*[_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return kind(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        if hasattr(kind, 'default_factory'):
            out = kind(getattr(obj, 'default_factory'))
            for k, v in obj.items():
                out[_astuple_inner(k, tuple_factory)] = _astuple_inner(v, tuple_factory)
            return out
        return kind((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory))
                    for k, v in obj.items())
    return copy.deepcopy(obj)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True,
                   repr=True, eq=True, order=False, unsafe_hash=False,
                   frozen=False, match_args=True, kw_only=False, slots=False,
                   weakref_slot=False, module=None):
    """Make a dataclass named cls_name.

    fields holds names, (name, type) or (name, type, Field or default)
    items; bases and namespace are those of the class; the other arguments
    are dataclass()'s, and module its __module__.
    """
    if namespace is None:
        namespace = {}
    seen = set()
    annotations = {}
    defaults = {}
    for item in fields:
        if isinstance(item, str):
            name, tp = item, 'typing.Any'
        elif len(item) == 2:
            name, tp = item
        elif len(item) == 3:
            name, tp, spec = item
            defaults[name] = spec
        else:
            raise TypeError(f'Invalid field: {item!r}')
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError(f'Field names must be valid identifiers: {name!r}')
        if keyword.iskeyword(name):
            raise TypeError(f'Field names must not be keywords: {name!r}')
        if name in seen:
            raise TypeError(f'Field name duplicated: {name!r}')
        seen.add(name)
        annotations[name] = tp

    def fill(ns):
        ns.update(namespace)
        ns.update(defaults)
        ns['__annotations__'] = annotations

    cls = types.new_class(cls_name, bases, {}, fill)
    if module is None:
        try:
            module = sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            pass
    if module is not None:
        cls.__module__ = module
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order,
                     unsafe_hash=unsafe_hash, frozen=frozen,
                     match_args=match_args, kw_only=kw_only, slots=slots,
                     weakref_slot=weakref_slot)


def replace(obj, /, **changes):
    """A new instance like obj, with the fields in changes replaced."""
    if not _is_dataclass_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    return _replace(obj, **changes)


def _replace(self, /, **changes):
    for f in getattr(self, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise TypeError(f'field {f.name} is declared with '
                                f'init=False, it cannot be specified with '
                                f'replace()')
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise TypeError(f'InitVar {f.name!r} '
                                f'must be specified with replace()')
            changes[f.name] = getattr(self, f.name)
    return self.__class__(**changes)
