"""Classes whose special methods are written from their annotated fields.

@dataclass reads a class's annotations (in definition order, bases first),
turns each into a Field, and adds __init__, __repr__, __eq__ and, as asked,
ordering, hashing, immutability, __match_args__ and __slots__. The methods
are compiled from generated source text, so they run as fast as written ones.

Layout of this module: the markers and Field; how one annotation becomes a
Field (_classify, _field_for); the _Source builder that writes and compiles
the methods; one _Maker per decorated class, whose steps run in order;
then the helpers on instances (fields, asdict, astuple, replace) and
make_dataclass.
"""

import abc
import copy
import itertools  # noqa: F401 (CPython's module has it too)
import keyword, sys, types
from reprlib import recursive_repr

__all__ = [
    'dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar',
    'KW_ONLY', 'MISSING',
    'fields', 'asdict', 'astuple', 'make_dataclass', 'replace', 'is_dataclass',
]


class FrozenInstanceError(AttributeError):
    pass


def _marker(class_name, shown=None):
    # One instance of a fresh class, used only for its identity.
    body = {'__module__': __name__}
    if shown is not None:
        body['__repr__'] = lambda self: shown
    return type(class_name, (), body)()


# "No value given" (None can be a real default).
MISSING = _marker('_MISSING_TYPE')
_MISSING_TYPE = type(MISSING)
# Annotating a pseudo-field with this makes the fields after it keyword-only.
KW_ONLY = _marker('_KW_ONLY_TYPE')
_KW_ONLY_TYPE = type(KW_ONLY)
# The __init__ default of a parameter whose field has a default factory.
_HAS_DEFAULT_FACTORY = _marker('_HAS_DEFAULT_FACTORY_CLASS', '<factory>')
_HAS_DEFAULT_FACTORY_CLASS = type(_HAS_DEFAULT_FACTORY)


class _FIELD_BASE:
    """The kind of a Field; shown as the name of its module constant."""

    def __init__(self, label):
        self.name = label

    def __repr__(self):
        return f'{self.name}'


_FIELD, _FIELD_CLASSVAR, _FIELD_INITVAR = (
    _FIELD_BASE(label) for label in ('_FIELD', '_FIELD_CLASSVAR', '_FIELD_INITVAR'))

# Kinds that are __init__ parameters, and kinds without default factories.
_PARAMETER_KINDS = (_FIELD, _FIELD_INITVAR)
_PSEUDO_KINDS = (_FIELD_CLASSVAR, _FIELD_INITVAR)

# Where a dataclass keeps its fields and its decorator arguments.
_FIELDS, _PARAMS = '__dataclass_fields__', '__dataclass_params__'
_POST_INIT_NAME = '__post_init__'

_EMPTY_METADATA = types.MappingProxyType(dict())

# Values that asdict/astuple hand back as they are, without a deep copy.
_ATOMIC_TYPES = frozenset([
    type(None), bool, int, float, complex, str, bytes, range, property, type,
    type(Ellipsis), type(NotImplemented), types.CodeType,
    types.FunctionType, types.BuiltinFunctionType,
])


class InitVar:
    """A pseudo-field passed to __init__ and __post_init__, not stored."""

    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        shown = self.type
        shown = shown.__name__ if isinstance(shown, type) else repr(shown)
        return f'dataclasses.InitVar[{shown}]'

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    """One field of a dataclass, made by field() or from a plain default."""

    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash',
                 'init', 'compare', 'metadata', 'kw_only', '_field_type')

    def __init__(self, default, default_factory, init, repr, hash,
                 compare, metadata, kw_only):
        # name, type and kind are filled in when the class is processed.
        self.name = self.type = self._field_type = None
        self.default, self.default_factory = default, default_factory
        self.init, self.repr, self.hash = init, repr, hash
        self.compare, self.kw_only = compare, kw_only
        if metadata is None:
            self.metadata = _EMPTY_METADATA
        else:
            self.metadata = types.MappingProxyType(metadata)

    @recursive_repr()
    def __repr__(self):
        return _slot_repr('Field', self, _FIELD_SHOWN)

    def __set_name__(self, owner, name):
        # A default that is a descriptor is told its name as well.
        hook = getattr(type(self.default), '__set_name__', None)
        if hook:
            hook(self.default, owner, name)

    __class_getitem__ = classmethod(types.GenericAlias)


# The order Field's repr shows its attributes in.
_FIELD_SHOWN = ('name', 'type', 'default', 'default_factory', 'init', 'repr',
                'hash', 'compare', 'metadata', 'kw_only', '_field_type')


def _slot_repr(title, obj, names):
    # "Title(a=1,b=2)": the attributes named, no spaces.
    shown = [f'{name}={getattr(obj, name)!r}' for name in names]
    return f"{title}({','.join(shown)})"


class _DataclassParams:
    __slots__ = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen',
                 'match_args', 'kw_only', 'slots', 'weakref_slot')

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen, match_args,
                 kw_only, slots, weakref_slot):
        given = (init, repr, eq, order, unsafe_hash, frozen, match_args,
                 kw_only, slots, weakref_slot)
        for slot, value in zip(self.__slots__, given):
            setattr(self, slot, value)

    def __repr__(self):
        return _slot_repr('_DataclassParams', self, self.__slots__)


def field(*, default=MISSING, default_factory=MISSING, init=True,
          repr=True, hash=None, compare=True, metadata=None,
          kw_only=MISSING):
    """Describe a field beyond its default.

    default is the default value; default_factory a function of no
    arguments making it (for mutable defaults); init, repr and compare say
    whether the field is an __init__ parameter, shown by __repr__ and
    compared by __eq__ and the order methods; hash whether __hash__ uses it
    (None: as compare); metadata a mapping for third parties; kw_only
    whether it is a keyword-only parameter.
    """
    if MISSING not in (default, default_factory):
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata,
                 kw_only)


# -- What an annotation declares ---------------------------------------------

def _names_classvar(a_type, typing):
    if a_type is typing.ClassVar:
        return True
    # ClassVar[int] is one of typing's private generic aliases.
    alias = getattr(typing, '_GenericAlias', None)
    return type(a_type) is alias and a_type.__origin__ is typing.ClassVar


def _names_initvar(a_type, dataclasses):
    return type(a_type) is dataclasses.InitVar or a_type is dataclasses.InitVar


def _names_kw_only(a_type, dataclasses):
    return dataclasses.KW_ONLY is a_type


def _leading_name(text):
    # The "[module.]name" an annotation string starts with, as the pair
    # (module or None, name); None when it starts otherwise.
    def identifier(s):
        s = s.lstrip()
        end = 0
        while end < len(s) and (s[end] == '_' or s[end].isalnum()):
            end += 1
        return s[:end], s[end:]
    head, tail = identifier(text)
    if not head:
        return None
    tail = tail.lstrip()
    if tail[:1] == '.':
        name, _ = identifier(tail[1:])
        if name:
            return head, name
    return None, head


def _string_names(text, cls, module, marker, predicate):
    """Whether the string annotation names a_type (from module a_module) as
    cls's module sees it: "InitVar[int]" when InitVar was imported there,
    or "dataclasses.InitVar[int]" when the module was (then the name is
    looked up in the marker's module)."""
    found = _leading_name(text)
    if found is None:
        return False
    prefix, name = found
    home = sys.modules.get(cls.__module__)
    if prefix is None:
        scope = home.__dict__
    elif home and home.__dict__.get(prefix) is module:
        scope = sys.modules.get(marker.__module__).__dict__  # "typing.ClassVar": typing's
    else:
        return False
    return bool(scope) and predicate(scope.get(name), module)


def _declares(cls, a_type, module, marker, predicate):
    # a_type is (or, as a string, names) the marker of module.
    if predicate(a_type, module):
        return True
    return isinstance(a_type, str) and _string_names(a_type, cls, module, marker,
                                                predicate)


def _classify(cls, a_type):
    # The kind of field an annotation makes.
    typing = sys.modules.get('typing', None)
    if typing and _declares(cls, a_type, typing, typing.ClassVar, _names_classvar):
        return _FIELD_CLASSVAR
    this = sys.modules[__name__]
    if _declares(cls, a_type, this, this.InitVar, _names_initvar):
        return _FIELD_INITVAR
    return _FIELD


def _field_for(cls, name, a_type, kw_only_default):
    # The Field of annotation "name: a_type", from the class attribute of
    # that name (a Field, a plain default, or nothing).
    attribute = getattr(cls, name, MISSING)
    if isinstance(attribute, Field):
        f = attribute
    elif isinstance(attribute, types.MemberDescriptorType):
        f = field()             # a slot of the class, not a default
    else:
        f = field(default=attribute)
    f.name, f.type = name, a_type
    f._field_type = kind = _classify(cls, a_type)
    if kind in _PSEUDO_KINDS and f.default_factory is not MISSING:
        raise TypeError(f'field {name} cannot have a default factory')
    if kind is _FIELD_CLASSVAR:
        if f.kw_only is not MISSING:
            raise TypeError(f'field {name} is a ClassVar but specifies kw_only')
    elif f.kw_only is MISSING:
        f.kw_only = kw_only_default
    # Unhashable defaults are taken as mutable: one object shared by all
    # instances is almost never meant.
    if kind is _FIELD and f.default.__class__.__hash__ is None:
        raise ValueError(f'mutable default {type(f.default)} for field {name} '
                         'is not allowed: use default_factory')
    return f


# -- Writing the methods -----------------------------------------------------

def _fields_tuple(owner, fields):
    # Source of a tuple of owner's fields, e.g. "(self.x,self.y,)".
    items = ''.join(f'{owner}.{f.name},' for f in fields)
    return f'({items})'


class _Source:
    """The generated methods of one class: their source is gathered, then
    compiled at once inside a function whose parameters are the objects
    the methods refer to, and the functions are installed on the class."""

    def __init__(self, scope):
        self.globals = scope
        self.names = {}          # generated object -> its value
        self.texts = []
        self.methods = []        # (name, overwrite rule)

    def refer(self, name, value):
        self.names[name] = value
        return name

    def method(self, name, params, lines, *, returns=MISSING, decorator=None,
               on_clash=None):
        # on_clash: None (keep the class's own method), True (error) or
        # the error's extra words; 'replace' always installs ours.
        head = f' {decorator}\n' if decorator else ''
        arrow = ''
        if returns is not MISSING:
            arrow = '->' + self.refer(f'__dataclass_{name}_return_type__',
                                      returns)
        body = ''.join(f'  {line}\n' for line in lines)
        self.texts.append(f'{head} def {name}({",".join(params)}){arrow}:\n{body}')
        self.methods.append((name, on_clash))

    def install(self, cls):
        made = [name for name, _ in self.methods]
        text = (f'def __create_fn__({",".join(self.names)}):\n'
                + ''.join(self.texts)
                + f' return ({"".join(n + "," for n in made)})\n')
        scope = {}
        exec(text, self.globals, scope)
        functions = scope['__create_fn__'](**self.names)
        for (name, on_clash), fn in zip(self.methods, functions):
            fn.__qualname__ = f'{cls.__qualname__}.{fn.__name__}'
            if on_clash == 'replace':
                setattr(cls, fn.__name__, fn)
            elif _set_new_attribute(cls, name, fn) and on_clash:
                message = f'Cannot overwrite attribute {name} in class {cls.__name__}'
                if on_clash is not True:
                    message += ' ' + on_clash
                raise TypeError(message)


def _set_new_attribute(cls, name, value):
    # Add name unless the class body defines it; True when it does.
    present = name in vars(cls)
    if not present:
        if isinstance(value, types.FunctionType):
            value.__qualname__ = f'{cls.__qualname__}.{value.__name__}'
        setattr(cls, name, value)
    return present


# The comparisons order=True writes.
_ORDER_METHODS = (('__lt__', '<'), ('__le__', '<='), ('__gt__', '>'),
                  ('__ge__', '>='))


# -- Processing one class ----------------------------------------------------

class _Maker:
    """The steps @dataclass takes on one class, called in order by run()."""

    def __init__(self, cls, params):
        self.cls = cls
        self.params = params
        home = sys.modules.get(cls.__module__)
        self.source = _Source(home.__dict__ if home is not None else {})
        self.fields = {}

    def run(self):
        cls, p = self.cls, self.params
        setattr(cls, _PARAMS, p)
        frozen_bases = self.inherit_fields()
        self.own_fields()
        self.check_frozen_bases(frozen_bases)
        setattr(cls, _FIELDS, self.fields)
        explicit_hash = self.has_explicit_hash()
        if p.order and not p.eq:
            raise ValueError('eq must be true if order is true')
        takers = [f for f in self.fields.values()
                  if f._field_type in _PARAMETER_KINDS]
        self.positional = [f for f in takers if f.init and not f.kw_only]
        self.keyword = [f for f in takers if f.init and f.kw_only]
        if p.init:
            self.write_init(takers)
        _set_new_attribute(cls, '__replace__', _replace)
        self.stored = [f for f in self.fields.values()
                       if f._field_type is _FIELD]
        if p.repr:
            self.write_repr()
        if p.eq:
            self.write_eq()
        if p.order:
            self.write_order()
        if p.frozen:
            self.write_frozen()
        self.write_hash(explicit_hash)
        self.source.install(cls)
        if not cls.__doc__:
            cls.__doc__ = cls.__name__ + _signature_of(cls)
        if p.match_args:
            names = tuple(f.name for f in self.positional)
            _set_new_attribute(cls, '__match_args__', names)
        if p.weakref_slot and not p.slots:
            raise TypeError('weakref_slot is True but slots is False')
        if p.slots:
            cls = _with_slots(cls, p.frozen, p.weakref_slot)
        return abc.update_abstractmethods(cls)

    def inherit_fields(self):
        # Fields of the dataclasses among the bases, the most basic first;
        # the frozen flags of those bases.
        flags = []
        for base in reversed(self.cls.__mro__[1:]):
            found = getattr(base, _FIELDS, None)
            if found is not None:
                self.fields.update((f.name, f) for f in found.values())
                flags.append(getattr(base, _PARAMS).frozen)
        return flags

    def own_fields(self):
        cls = self.cls
        annotations = cls.__dict__.get('__annotations__', {})
        this = sys.modules[__name__]
        kw_only = self.params.kw_only
        marker_seen = False
        made = []
        for name, a_type in annotations.items():
            if not _declares(cls, a_type, this, this.KW_ONLY, _names_kw_only):
                made.append(_field_for(cls, name, a_type, kw_only))
                continue
            if marker_seen:
                raise TypeError(f'{name!r} is KW_ONLY, but KW_ONLY has '
                                'already been specified')
            marker_seen = kw_only = True
        for f in made:
            self.fields[f.name] = f
            # Class introspection sees the plain default, not the Field.
            if not isinstance(getattr(cls, f.name, None), Field):
                continue
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
        stray = [name for name, value in cls.__dict__.items()
                 if isinstance(value, Field) and name not in annotations]
        if stray:
            raise TypeError(f'{stray[0]!r} is a field but has no type annotation')

    def check_frozen_bases(self, flags):
        if not flags:
            return
        if not self.params.frozen and any(flags):
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if self.params.frozen and not all(flags):
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')

    def has_explicit_hash(self):
        # A class body with __eq__ and no __hash__ gets __hash__ = None from
        # Python itself: that does not count as the class's own.
        own = self.cls.__dict__
        if '__hash__' not in own:
            return False
        return not (own['__hash__'] is None and '__eq__' in own)

    def write_init(self, takers):
        last_default = None
        for f in self.positional:
            if f.default is not MISSING or f.default_factory is not MISSING:
                last_default = f
            elif last_default is not None:
                raise TypeError(f'non-default argument {f.name!r} follows '
                                f'default argument {last_default.name!r}')
        src = self.source
        me = '__dataclass_self__' if 'self' in self.fields else 'self'
        src.refer('__dataclass_HAS_DEFAULT_FACTORY__', _HAS_DEFAULT_FACTORY)
        src.refer('__dataclass_builtins_object__', object)
        for f in takers:
            src.refer(f'__dataclass_type_{f.name}__', f.type)
        lines = []
        for f in takers:
            value = self.initial_value(f)
            if value is None or f._field_type is _FIELD_INITVAR:
                continue
            if self.params.frozen:
                lines.append(f'__dataclass_builtins_object__.__setattr__'
                             f'({me},{f.name!r},{value})')
            else:
                lines.append(f'{me}.{f.name}={value}')
        if hasattr(self.cls, _POST_INIT_NAME):
            passed = [f.name for f in takers if f._field_type is _FIELD_INITVAR]
            lines.append(f'{me}.{_POST_INIT_NAME}({",".join(passed)})')
        params = [me] + [self.parameter(f) for f in self.positional]
        if self.keyword:
            params += ['*'] + [self.parameter(f) for f in self.keyword]
        self.source.method('__init__', params, lines or ['pass'], returns=None)

    def initial_value(self, f):
        # The expression __init__ stores in field f (None: nothing).
        src = self.source
        default = f'__dataclass_dflt_{f.name}__'
        if f.default_factory is not MISSING:
            src.refer(default, f.default_factory)
            if not f.init:
                return f'{default}()'
            return f'{default}() if {f.name} is __dataclass_HAS_DEFAULT_FACTORY__ else {f.name}'
        if f.init:
            if f.default is not MISSING:
                src.refer(default, f.default)
            return f.name
        if self.params.slots and f.default is not MISSING:
            # A slot has no class-level default to fall back on.
            return src.refer(default, f.default)
        return None

    def parameter(self, f):
        text = f'{f.name}:__dataclass_type_{f.name}__'
        if f.default is not MISSING:
            return f'{text}=__dataclass_dflt_{f.name}__'
        if f.default_factory is not MISSING:
            return f'{text}=__dataclass_HAS_DEFAULT_FACTORY__'
        return text

    def write_repr(self):
        shown = ', '.join(f'{f.name}={{self.{f.name}!r}}'
                          for f in self.stored if f.repr)
        self.source.refer('__dataclasses_recursive_repr', recursive_repr)
        self.source.method('__repr__', ['self'],
                           [f'return f"{{self.__class__.__qualname__}}({shown})"'],
                           decorator='@__dataclasses_recursive_repr()')

    def write_eq(self):
        same = ' and '.join(f'self.{f.name}==other.{f.name}'
                            for f in self.stored if f.compare)
        self.source.method('__eq__', ['self', 'other'], [
            'if self is other:', ' return True',
            'if other.__class__ is self.__class__:', f' return {same or "True"}',
            'return NotImplemented'])

    def write_order(self):
        compared = [f for f in self.stored if f.compare]
        left = _fields_tuple('self', compared)
        right = _fields_tuple('other', compared)
        for name, op in _ORDER_METHODS:
            self.source.method(name, ['self', 'other'], [
                'if other.__class__ is self.__class__:',
                f' return {left}{op}{right}',
                'return NotImplemented',
            ], on_clash='Consider using functools.total_ordering')

    def write_frozen(self):
        src = self.source
        src.refer('cls', self.cls)
        src.refer('FrozenInstanceError', FrozenInstanceError)
        guard = 'type(self) is cls'
        if self.stored:
            names = ', '.join(repr(f.name) for f in self.stored)
            guard = f'{guard} or name in {{{names}}}'
        for name, params, verb in (('__setattr__', 'self,name,value', 'assign to'),
                                   ('__delattr__', 'self,name', 'delete')):
            passed = params.split(',', 1)[1].replace(',', ', ')
            src.method(name, params.split(','), [
                f'if {guard}:',
                f' raise FrozenInstanceError(f"cannot {verb} field {{name!r}}")',
                f'super(cls, self).{name}({passed})',
            ], on_clash=True)

    def write_hash(self, explicit):
        p = self.params
        if p.unsafe_hash:
            if explicit:
                raise TypeError('Cannot overwrite attribute __hash__ in class '
                                f'{self.cls.__name__}')
            action = 'add'
        elif not p.eq or explicit:
            return              # keep whatever __hash__ the class inherits
        else:
            action = 'add' if p.frozen else 'none'
        if action == 'none':
            self.cls.__hash__ = None
            return
        hashed = [f for f in self.stored
                  if (f.compare if f.hash is None else f.hash)]
        self.source.method('__hash__', ['self'],
                           [f'return hash({_fields_tuple("self", hashed)})'],
                           on_clash='replace')


def _format_annotation(annotation):
    # An annotation as a signature shows it.
    if getattr(annotation, '__module__', None) == 'typing':
        return repr(annotation).replace('typing.', '')
    if isinstance(annotation, types.GenericAlias):
        return str(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ == 'builtins':
            return annotation.__qualname__
        return f'{annotation.__module__}.{annotation.__qualname__}'
    return repr(annotation)


def _signature_of(cls):
    # "(a: int, b: str = 'x')": what calling cls takes, as its __init__
    # says ('' when that is not a Python function), without self.
    for klass in cls.__mro__[:-1]:
        if '__init__' in klass.__dict__:
            init = klass.__dict__['__init__']
            break
    else:
        return '()'
    code = getattr(init, '__code__', None)
    if code is None:
        return ''
    notes = init.__annotations__
    defaults = init.__defaults__ or ()
    kwdefaults = init.__kwdefaults__ or {}
    count = code.co_argcount
    names = code.co_varnames
    first_default = count - len(defaults)

    def show(name, value=MISSING):
        text = name
        if name in notes:
            text += ': ' + _format_annotation(notes[name])
        if value is not MISSING:
            text += (' = ' if name in notes else '=') + repr(value)
        return text

    parts = []
    for i in range(1, count):
        given = defaults[i - first_default] if i >= first_default else MISSING
        parts.append(show(names[i], given))
        if i == code.co_posonlyargcount - 1:
            parts.append('/')
    rest = count + code.co_kwonlyargcount
    flags = code.co_flags
    if flags & 0x04:                        # *args
        parts.append('*' + show(names[rest]))
        extra = 1
    else:
        extra = 0
        if code.co_kwonlyargcount:
            parts.append('*')
    for i in range(count, rest):
        parts.append(show(names[i], kwdefaults.get(names[i], MISSING)))
    if flags & 0x08:                        # **kwargs
        parts.append('**' + show(names[rest + extra]))
    text = '(' + ', '.join(parts) + ')'
    if 'return' in notes and notes['return'] is not None:
        text += ' -> ' + _format_annotation(notes['return'])
    return text


def _dataclass_getstate(self):
    return [getattr(self, name) for name in _field_names(self)]


def _dataclass_setstate(self, state):
    for name, value in zip(_field_names(self), state):
        # Around a frozen class's __setattr__.
        object.__setattr__(self, name, value)


def _field_names(obj):
    return [f.name for f in fields(obj)]


def _get_slots(cls):
    declared = cls.__dict__.get('__slots__')
    if declared is None:
        # Like CPython 3.13.0, a class without __slots__ counts as having
        # a __dict__ slot (it tests a misspelt attribute for that).
        if getattr(cls, '__weakrefoffset__', -1):
            yield '__weakref__'
        yield '__dict__'
    elif isinstance(declared, str):
        yield declared
    elif hasattr(declared, '__next__'):
        # An iterator was consumed when the class was made.
        raise TypeError(f"Slots of '{cls.__name__}' cannot be determined")
    else:
        yield from declared


def _with_slots(cls, frozen, weakref_slot):
    # __slots__ only works when a class is made: make it again.
    if '__slots__' in cls.__dict__:
        raise TypeError(f'{cls.__name__} already specifies __slots__')
    namespace = dict(cls.__dict__)
    names = [f.name for f in fields(cls)]
    taken = set()
    for base in cls.__mro__[1:-1]:
        taken.update(_get_slots(base))
    if weakref_slot:
        names.append('__weakref__')
    namespace['__slots__'] = tuple(n for n in names if n not in taken)
    for name in names + ['__dict__', '__weakref__']:
        namespace.pop(name, None)
    remade = type(cls)(cls.__name__, cls.__bases__, namespace)
    if getattr(cls, '__qualname__', None) is not None:
        remade.__qualname__ = cls.__qualname__
    cls = remade
    if frozen:
        # Pickling a frozen class with slots needs these.
        for name, fn in (('__getstate__', _dataclass_getstate),
                         ('__setstate__', _dataclass_setstate)):
            if name not in namespace:
                setattr(cls, name, fn)
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True,
              order=False, unsafe_hash=False, frozen=False, match_args=True,
              kw_only=False, slots=False, weakref_slot=False):
    """Add __init__, __repr__, __eq__ and the rest to a class from its
    annotated fields.

    init, repr and eq ask for those methods; order for __lt__ and the other
    comparisons; unsafe_hash for a __hash__ even when the class is mutable;
    frozen for instances whose fields cannot be assigned; match_args for
    __match_args__; kw_only makes every field keyword-only; slots gives the
    class __slots__ (weakref_slot adds __weakref__ to them).
    """
    params = (init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only,
              slots, weakref_slot)

    def decorate(cls):
        return _Maker(cls, _DataclassParams(*params)).run()
    return decorate if cls is None else decorate(cls)


# -- On instances ------------------------------------------------------------

def fields(class_or_instance):
    """The Fields of a dataclass or instance (not ClassVars or InitVars)."""
    found = getattr(class_or_instance, _FIELDS, MISSING)
    if found is MISSING:
        raise TypeError('must be called with a dataclass type or instance')
    return tuple(f for f in found.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def _require_instance(obj, caller):
    if not _is_dataclass_instance(obj):
        raise TypeError(f'{caller}() should be called on dataclass instances')


def is_dataclass(obj):
    """Whether obj is a dataclass or an instance of one."""
    return hasattr(obj if isinstance(obj, type) else type(obj), _FIELDS)


def _convert(obj, record):
    # A copy of obj with every dataclass inside it made into record(pairs)
    # where pairs are its fields' (name, converted value).
    kind = type(obj)
    if kind in _ATOMIC_TYPES:
        return obj
    if hasattr(kind, _FIELDS):
        return record([(f.name, _convert(getattr(obj, f.name), record))
                       for f in fields(obj)])
    if isinstance(obj, (list, tuple)):
        items = [_convert(item, record) for item in obj]
        # A named tuple's constructor takes the items as arguments.
        if isinstance(obj, tuple) and hasattr(obj, '_fields'):
            return kind(*items)
        return kind(items)
    if isinstance(obj, dict):
        pairs = [(_convert(k, record), _convert(v, record))
                 for k, v in obj.items()]
        if not hasattr(kind, 'default_factory'):
            return kind(pairs)
        # A defaultdict's constructor wants the factory first.
        made = kind(obj.default_factory)
        for k, v in pairs:
            made[k] = v
        return made
    return copy.deepcopy(obj)


def asdict(obj, *, dict_factory=dict):
    """A dataclass instance as a dict of its fields, nested dataclasses,
    lists, tuples and dicts converted too, other values deep-copied."""
    _require_instance(obj, 'asdict')
    return _convert(obj, dict_factory)


def astuple(obj, *, tuple_factory=tuple):
    """A dataclass instance as a tuple of its fields, converted as asdict
    converts them."""
    _require_instance(obj, 'astuple')
    return _convert(obj, lambda pairs: tuple_factory([v for _, v in pairs]))


# make_dataclass's checks of a field name, in order.
_NAME_RULES = (
    (lambda name: isinstance(name, str) and name.isidentifier(),
     'Field names must be valid identifiers'),
    (lambda name: not keyword.iskeyword(name),
     'Field names must not be keywords'),
)


def _caller_module(depth):
    # The __name__ of the module calling our caller, if frames tell it.
    try:
        return sys._getframe(depth + 1).f_globals.get('__name__', '__main__')
    except (AttributeError, ValueError):
        return None


def make_dataclass(cls_name, fields, *, bases=(), namespace=None,
                   init=True, repr=True, eq=True, order=False,
                   unsafe_hash=False, frozen=False, match_args=True,
                   kw_only=False, slots=False, weakref_slot=False,
                   module=None):
    """Make a dataclass named cls_name.

    fields holds names, (name, type) or (name, type, Field or default)
    items; bases and namespace are those of the class; the other arguments
    are dataclass()'s, and module its __module__.
    """
    annotations, values = {}, {}
    for item in fields:
        spec = (item, 'typing.Any') if isinstance(item, str) else item
        if len(spec) not in (2, 3):
            raise TypeError(f'Invalid field: {item!r}')
        name = spec[0]
        for rule, problem in _NAME_RULES:
            if not rule(name):
                raise TypeError(f'{problem}: {name!r}')
        if name in annotations:
            raise TypeError(f'Field name duplicated: {name!r}')
        annotations[name] = spec[1]
        if len(spec) == 3:
            values[name] = spec[2]

    def fill(body):
        body.update(namespace or {})
        body.update(values)
        body['__annotations__'] = annotations

    cls = types.new_class(cls_name, bases, {}, fill)
    if module is None:
        module = _caller_module(1)
    if module is not None:
        cls.__module__ = module
    params = _DataclassParams(init, repr, eq, order, unsafe_hash, frozen,
                              match_args, kw_only, slots, weakref_slot)
    return _Maker(cls, params).run()


def replace(obj, /, **changes):
    """A new instance like obj, with the fields in changes replaced."""
    _require_instance(obj, 'replace')
    return _replace(obj, **changes)


def _replace(self, /, **changes):
    # What __init__ takes and changes leaves out is copied from self.
    kept = {}
    for f in getattr(self, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        given = f.name in changes
        if not f.init:
            if given:
                raise TypeError(f'field {f.name} is declared with init=False, '
                                'it cannot be specified with replace()')
        elif not given:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise TypeError(f'InitVar {f.name!r} must be specified with replace()')
            kept[f.name] = getattr(self, f.name)
    return self.__class__(**changes, **kept)
