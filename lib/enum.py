"""Enumerations: classes whose attributes are a fixed set of named members.

EnumType, the metaclass, collects the members while the class body runs
(EnumDict), then makes each one an instance of the new class. Enum is the
plain kind; IntEnum and StrEnum are also ints and strs; Flag and IntFlag
members combine with the bitwise operators.

How this module is laid out: name tests and bit helpers; the body-time
helpers (auto, member, nonmember, property, EnumDict, whose checks are a
table of rules); EnumType, whose class creation is a row of named steps;
Enum and its kinds; Flag, whose operators come from one maker; then the
decorators (unique, global_enum, verify) and _simple_enum.
"""

import builtins as bltns, sys
from types import DynamicClassAttribute, MappingProxyType

__all__ = [
    # the metaclass and its namespace
    'EnumType', 'EnumDict', 'EnumMeta',
    # the kinds of enumeration
    'Enum', 'ReprEnum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag',
    # helpers in a class body
    'auto', 'member', 'nonmember', 'property',
    # what a Flag does with unknown bits
    'FlagBoundary', 'STRICT', 'CONFORM', 'EJECT', 'KEEP',
    # decorators and the functions they install
    'unique', 'verify', 'EnumCheck', 'CONTINUOUS', 'NAMED_FLAGS', 'UNIQUE',
    'global_enum', 'global_enum_repr', 'global_flag_repr', 'global_str',
    'pickle_by_enum_name', 'pickle_by_global_name',
]

# The module's own classes do not exist while the first of them are made:
# the metaclass tests these names for None until then.
Enum = Flag = ReprEnum = EJECT = _stdlib_enums = None


# -- Names and bits ----------------------------------------------------------

def _framed(name, mark):
    # name is mark + inner + mark, inner neither empty nor starting or
    # ending with an underscore.
    width = len(mark)
    if len(name) <= 2 * width or name[:width] != mark or name[-width:] != mark:
        return False
    inner = name[width:-width]
    return inner[0] != '_' and inner[-1] != '_'


def _is_dunder(key):
    return _framed(key, '__')


def _is_sunder(key):
    return _framed(key, '_')


def _is_private(owner_name, key):
    # A mangled "_Class__attr" name (not "__dunder__"-ended).
    head = f'_{owner_name}__'
    return (len(key) > len(head) and key.startswith(head)
            and not key.endswith('__'))


def _is_descriptor(candidate):
    return any(hasattr(candidate, hook)
               for hook in ('__get__', '__set__', '__delete__'))


def _is_internal_class(owner_name, candidate):
    # A class defined inside the enumeration's body.
    if isinstance(candidate, type):
        path = f"{owner_name}.{getattr(candidate, '__name__', '')}"
        where = getattr(candidate, '__qualname__', '')
        return where == path or where.endswith('.' + path)
    return False


def _is_single_bit(bits):
    return bits != 0 and bits & (bits - 1) == 0


def _high_bit(bits):
    """Index of the highest set bit (-1 for 0)."""
    return bits.bit_length() - 1


def _iter_bits_lsb(bits):
    # The powers of two making up bits, lowest first.
    number = bits.value if isinstance(bits, Enum) else bits
    if number < 0:
        raise ValueError(f'{bits!r} is not a positive integer')
    while number:
        lowest = number & -number
        yield lowest
        number -= lowest


def show_flag_values(value):
    return [*_iter_bits_lsb(value)]


def bin(num, max_bits=None):
    """Like the builtin bin(), with a sign bit and two's complement for
    negative numbers: bin(5) is '0b0 101', bin(-3) is '0b1 01'."""
    width = num.bit_length()
    digits = format(num & ((1 << width) - 1), 'b').zfill(width) if width else ''
    sign = '0b1' if num < 0 else '0b0'
    if max_bits is not None and len(digits) < max_bits:
        digits = digits.rjust(max_bits, sign[-1])
    return f'{sign} {digits}'


def _dataclass_repr(obj):
    # The value part of a dataclass-mixed member's repr.
    specs = obj.__dataclass_fields__
    return ', '.join(f'{key}={getattr(obj, key)!r}'
                     for key, spec in specs.items() if spec.repr)


def _make_class_unpicklable(target):
    def _break_on_call_reduce(member, proto):
        raise TypeError(f'{member!r} cannot be pickled')
    store = target.__setitem__ if isinstance(target, dict) else (
        lambda key, value: setattr(target, key, value))
    store('__reduce_ex__', _break_on_call_reduce)
    store('__module__', '<unknown>')


class _Sentinel:
    def __init__(self, shown):
        self.shown = shown

    def __repr__(self):
        return self.shown


_not_given = _Sentinel('<not given>')
_auto_null = _Sentinel('_auto_null')


# -- What a class body holds -------------------------------------------------

class _Wrapper:
    # Holds a value of a class body until the enumeration is made.
    def __init__(self, value):
        self.value = value


class nonmember(_Wrapper):
    """Keep a value in an enumeration's body from becoming a member."""


class member(_Wrapper):
    """Make a value in an enumeration's body a member (functions included)."""


class auto(_Wrapper):
    """Stands for a member value to be chosen by _generate_next_value_."""

    def __init__(self, value=_auto_null):
        super().__init__(value)

    def __repr__(self):
        return f'auto({self.value!r})'


class property(DynamicClassAttribute):
    """The properties of enumerations (name, value, and any defined in an
    enumeration's body): a member of the same name wins when the attribute
    is read from the class.

    A member whose name a base class already uses gets one of these as a
    redirect: _attr_type says what the base had ('attr': a plain attribute
    of _cls_type; 'desc': a descriptor, read from the member's value)."""

    member = _attr_type = _cls_type = None

    def _absent(self, owner):
        return AttributeError(f'{owner!r} has no attribute {self.name!r}')

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.member is None:
                raise self._absent(ownerclass)
            return self.member
        read = self.fget
        if read is not None:
            return read(instance)
        if self._attr_type in ('attr', 'desc'):
            holder = self._cls_type if self._attr_type == 'attr' else instance._value_
            return getattr(holder, self.name)
        members = ownerclass._member_map_
        if self.name not in members:
            raise self._absent(ownerclass)
        return members[self.name]

    def _refuse(self, verb):
        return AttributeError(f'<enum {self.clsname!r}> cannot {verb} '
                              f'attribute {self.name!r}')

    def __set__(self, instance, value):
        write = self.fset
        if write is None:
            raise self._refuse('set')
        return write(instance, value)

    def __delete__(self, instance):
        remove = self.fdel
        if remove is None:
            raise self._refuse('delete')
        return remove(instance)

    def __set_name__(self, ownerclass, name):
        self.name, self.clsname = name, ownerclass.__name__


def _hashable(value):
    # Whether value can key the value-to-member dict (else lookups scan).
    try:
        hash(value)
    except TypeError:
        return False
    return True


def _new_member_object(enum_class, value):
    # A member made by the class's member constructor, its _value_ set.
    args = value if isinstance(value, tuple) else (value,)
    data_type = enum_class._member_type_
    if data_type is tuple:
        args = (args,)          # a tuple member takes the whole tuple
    make = enum_class._new_member_
    made = make(enum_class, *args) if enum_class._use_args_ else make(enum_class)
    if hasattr(made, '_value_'):
        return made, args
    if data_type is object:
        made._value_ = value
        return made, args
    try:
        made._value_ = data_type(*args)
    except Exception as failure:
        problem = TypeError('_value_ not set in __new__, unable to create it')
        problem.__cause__ = failure
        raise problem
    return made, args


def _existing_member(enum_class, value):
    # The member already holding value (None: there is none).
    if _hashable(value):
        return enum_class._value2member_map_.get(value)
    return next((m for m in enum_class._member_map_.values()
                 if m._value_ == value), None)


def _remember_value(enum_class, value, holder, name):
    # Record value -> holder for lookups; unhashable values go to lists,
    # also by the name of the member they belong to.
    if _hashable(value):
        enum_class._value2member_map_.setdefault(value, holder)
        return
    unhashables = enum_class._unhashable_values_
    unhashables.append(value)
    by_name = enum_class._unhashable_values_map_
    by_name.setdefault(name, []).append(value)


def _note_flag_bits(enum_class, value):
    # A new Flag member's bits join the class's masks.
    if isinstance(value, int):
        enum_class._flag_mask_ |= value
        if _is_single_bit(value):
            enum_class._singles_mask_ |= value
    enum_class._all_bits_ = (1 << enum_class._flag_mask_.bit_length()) - 1


class _proto_member(_Wrapper):
    """A member's value in the body; type.__new__'s __set_name__ call turns
    it into the member."""

    def __set_name__(self, owner, name):
        delattr(owner, name)
        made, args = _new_member_object(owner, self.value)
        value = made._value_
        made._name_ = name
        made.__objclass__ = owner
        made.__init__(*args)
        made._sort_order_ = len(owner._member_names_)
        is_flag = Flag is not None and issubclass(owner, Flag)
        if is_flag:
            _note_flag_bits(owner, value)
        # An equal value makes this name an alias of the earlier member.
        earlier = _existing_member(owner, value)
        if earlier is not None:
            made = earlier
        elif not is_flag or (isinstance(value, int) and _is_single_bit(value)):
            # Canonical (for flags: single bits only; others are aliases).
            owner._member_names_.append(name)
        owner._add_member_(name, made)
        _remember_value(owner, value, made, name)


# The _sunder_ names a class body may define.
_SUNDER_ALLOWED = frozenset([
    '_order_', '_generate_next_value_', '_numeric_repr_', '_missing_',
    '_ignore_', '_iter_member_', '_iter_member_by_value_',
    '_iter_member_by_def_', '_add_alias_', '_add_value_alias_',
])


def _split_names(names):
    # "a b,c" or an iterable, as a list of names.
    if isinstance(names, str):
        return names.replace(',', ' ').split()
    return list(names)


class EnumDict(dict):
    """The namespace of an enumeration's body: it notes which names are
    members, resolves auto() values, and refuses reused names.

    Each assignment goes through the first of _rules that applies to it;
    the rule's action gives the (name, value) actually stored."""

    def __init__(self):
        dict.__init__(self)
        self._member_names = {}     # used as an ordered set
        self._last_values, self._ignore = [], []
        self._auto_called = False

    def __setitem__(self, key, value):
        for applies, act in self._rules:
            if applies(self, key, value):
                key, value = act(self, key, value)
                break
        dict.__setitem__(self, key, value)

    # -- the rules' actions

    def _as_is(self, name, value):
        return name, value

    def _reserved(self, name, value):
        if name not in _SUNDER_ALLOWED and not name.startswith('_repr_'):
            raise ValueError(f'_sunder_ names, such as {name!r}, are reserved '
                             'for future Enum use')
        hook = self._sunder_hooks.get(name)
        return name, (value if hook is None else hook(self, value))

    def _take_next_value_maker(self, maker):
        if self._auto_called:
            raise TypeError('_generate_next_value_ must be defined before members')
        plain = maker.__func__ if isinstance(maker, staticmethod) else maker
        self._generate_next_value = plain
        return maker

    def _take_ignored(self, names):
        names = _split_names(names)
        self._ignore = names
        clash = set(names).intersection(self._member_names)
        if clash:
            raise ValueError(f'_ignore_ cannot specify already set names: {clash!r}')
        return names

    _sunder_hooks = {'_generate_next_value_': _take_next_value_maker,
                     '_ignore_': _take_ignored}

    def _dunder(self, name, value):
        # __order__ is the old spelling of _order_.
        return ('_order_' if name == '__order__' else name), value

    def _redefined(self, name, value):
        raise TypeError(f'{name!r} already defined as {self[name]!r}')

    def _unwrapped(self, name, value):
        return name, value.value

    def _new_member(self, name, value):
        if name in self:
            self._redefined(name, value)
        if isinstance(value, member):
            value = value.value
        alone = isinstance(value, auto)
        parts = (value,) if alone else value
        if isinstance(parts, tuple) and any(isinstance(p, auto) for p in parts):
            # Each auto() gets its value; the tuple is made again with them.
            resolved = [self._auto_value(name, p) if isinstance(p, auto) else p
                        for p in parts]
            if alone:
                value = resolved[0]
            else:
                remake = type(value)
                try:
                    value = remake(resolved)
                except TypeError:
                    value = remake(*resolved)
        else:
            self._last_values += [value]
        self._member_names[name] = None
        return name, value

    def _auto_value(self, name, placeholder):
        if placeholder.value == _auto_null:
            placeholder.value = self._generate_next_value(
                name, 1, len(self._member_names), list(self._last_values))
            self._auto_called = True
        self._last_values += [placeholder.value]
        return placeholder.value

    _rules = (
        (lambda d, n, v: _is_private(d._cls_name, n), _as_is),
        (lambda d, n, v: _is_sunder(n), _reserved),
        (lambda d, n, v: _is_dunder(n), _dunder),
        (lambda d, n, v: n in d._member_names, _redefined),
        (lambda d, n, v: n in d._ignore, _as_is),
        (lambda d, n, v: isinstance(v, nonmember), _unwrapped),
        (lambda d, n, v: _is_descriptor(v), _as_is),
        (lambda d, n, v: _is_internal_class(d._cls_name, v), _as_is),
        (lambda d, n, v: True, _new_member),
    )

    @property
    def member_names(self):
        return [*self._member_names]

    def update(self, members, **more_members):
        if hasattr(members, 'keys'):
            members = [(key, members[key]) for key in members.keys()]
        for pairs in (members, more_members.items()):
            for key, value in pairs:
                self[key] = value


_EnumDict = EnumDict

# Attributes only Flag classes keep.
_FLAG_ONLY = ('_boundary_', '_flag_mask_', '_singles_mask_', '_all_bits_',
              '_inverted_')
# Methods a class gets from its first enumeration base unless it (not a
# mixed-in data type) defines them.
_ENUM_METHODS = ('__repr__', '__str__', '__format__', '__reduce_ex__')
# A descriptor's accessors a member's redirect copies: (property
# attribute, descriptor hook, where the redirect keeps the hook).
_ACCESSORS = (('fget', '__get__', '_get'), ('fset', '__set__', '_set'),
              ('fdel', '__delete__', '_del'))
_FLAG_OPERATORS = ('__or__', '__and__', '__xor__', '__ror__', '__rand__',
                   '__rxor__', '__invert__')


class EnumType(type):
    """Metaclass of Enum."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        mcls, name = metacls, cls      # (cls is the new class's name)
        mcls._check_for_existing_members_(name, bases)
        namespace = EnumDict()
        namespace._cls_name = name
        # The body's auto() values come from the base's maker (the body may
        # define its own before its members).
        base_enum = mcls._get_mixins_(name, bases)[1]
        if base_enum is not None:
            namespace['_generate_next_value_'] = getattr(
                base_enum, '_generate_next_value_', None)
        return namespace

    def __new__(metacls, cls, bases, classdict, *, boundary=None,
                _simple=False, **kwds):
        mcls, name, namespace = metacls, cls, classdict
        if _simple:
            return type.__new__(mcls, name, bases, namespace, **kwds)
        _drop_ignored(namespace)
        names = list(namespace._member_names)
        invalid = set(names) & {'mro', ''}
        if invalid:
            raise ValueError('invalid enum member name(s) '
                             + ','.join(map(repr, invalid)))
        order = namespace.pop('_order_', None)
        body = _plain_body(namespace)
        data_type, base_enum = mcls._get_mixins_(name, bases)
        new, save_new, use_args = mcls._find_new_(body, data_type, base_enum)
        body.update(_bookkeeping(mcls, name, bases, data_type, base_enum,
                                 boundary))
        body.update(_new_member_=new, _use_args_=use_args)
        for key in names:
            body[key] = _proto_member(body[key])
        made = _make_class(mcls, name, bases, body, kwds)
        body.update(made.__dict__)      # what __init_subclass__ changed
        _settle_methods(made, body, bases, data_type, base_enum)
        _install_new(made, new, save_new)
        order = _finish_flag_parts(made, name, order)
        _check_order(made, order)
        return made

    def __bool__(cls):
        return True     # even without members

    def __call__(cls, value, names=_not_given, *values, module=None,
                 qualname=None, type=None, start=1, boundary=None):
        if not cls._member_map_:
            # The functional API: a new enumeration named value.
            if names is _not_given and type is None:
                raise TypeError(f'{cls} has no members; specify `names=()` if '
                                'you meant to create a new, empty, enum')
            return cls._create_(value, None if names is _not_given else names,
                                module=module, qualname=qualname, type=type,
                                start=start, boundary=boundary)
        # Looking a member up (several arguments: a tuple value).
        wanted = value if names is _not_given else (value, names, *values)
        return cls.__new__(cls, wanted)

    def __contains__(cls, value):
        if isinstance(value, cls):
            return True
        try:
            return value in cls._value2member_map_
        except TypeError:   # unhashable
            return value in cls._unhashable_values_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError(f'{cls.__name__!r} cannot delete member {attr!r}.')
        type.__delattr__(cls, attr)

    def __dir__(cls):
        shown = {'__class__', '__contains__', '__doc__', '__getitem__',
                 '__iter__', '__len__', '__members__', '__module__',
                 '__name__', '__qualname__', *cls._member_names_}
        # __new__ and __init_subclass__ when the class changes them.
        for hook, plain in (('_new_member_', object.__new__),
                            ('__init_subclass__', object.__init_subclass__)):
            if getattr(cls, hook) is not plain:
                shown.add('__new__' if hook == '_new_member_' else hook)
        if cls._member_type_ is not object:
            shown.update(dir(cls._member_type_))
        return sorted(shown)

    def __getitem__(cls, name):
        members = cls._member_map_
        return members[name]

    def __iter__(cls):
        members = cls._member_map_
        return (members[key] for key in cls._member_names_)

    def __len__(cls):
        return len(cls._member_names_)

    @bltns.property
    def __members__(cls):
        """Every member by name, aliases included (read-only)."""
        return MappingProxyType(cls._member_map_)

    def __repr__(cls):
        kind = 'flag' if Flag is not None and issubclass(cls, Flag) else 'enum'
        return f'<{kind} {cls.__name__!r}>'

    def __reversed__(cls):
        members = cls._member_map_
        return (members[key] for key in reversed(cls._member_names_))

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get('_member_map_', {}):
            raise AttributeError(f'cannot reassign member {name!r}')
        type.__setattr__(cls, name, value)

    def _create_(cls, class_name, names, *, module=None, qualname=None,
                 type=None, start=1, boundary=None):
        """The functional API: a new enumeration of cls named class_name.

        names is a string of names (comma or space separated), names, or
        (name, value) pairs or a mapping; values of bare names come from
        _generate_next_value_ counting from start.
        """
        mcls = cls.__class__    # (type is a parameter here)
        bases = (cls,) if type is None else (type, cls)
        base_enum = cls._get_mixins_(class_name, bases)[1]
        namespace = mcls.__prepare__(class_name, bases)
        for key, value in _functional_members(names, base_enum, start):
            namespace[key] = value
        if module is None:
            module = _calling_module(2)
        if module is not None:
            namespace['__module__'] = module
        else:
            _make_class_unpicklable(namespace)
        if qualname is not None:
            namespace['__qualname__'] = qualname
        return mcls.__new__(mcls, class_name, bases, namespace,
                            boundary=boundary)

    def _convert_(cls, name, module, filter, source=None, *, boundary=None,
                  as_global=False):
        """Make an enumeration of module's constants that filter accepts."""
        home = sys.modules[module].__dict__
        chosen = [(key, value) for key, value
                  in (source.__dict__ if source else home).items() if filter(key)]
        try:
            chosen.sort(key=lambda pair: (pair[1], pair[0]))
        except TypeError:
            chosen.sort(key=lambda pair: pair[0])
        body = dict(chosen, __module__=module)
        made = _simple_enum(etype=cls, boundary=boundary or KEEP)(
            type(name, (object,), body))
        if as_global:
            global_enum(made)
        else:
            sys.modules[made.__module__].__dict__.update(made.__members__)
        home[name] = made
        return made

    @classmethod
    def _check_for_existing_members_(mcls, class_name, bases):
        for base in _all_bases(bases):
            if isinstance(base, EnumType) and base._member_names_:
                raise TypeError(f'<enum {class_name!r}> cannot extend {base!r}')

    @classmethod
    def _get_mixins_(mcls, class_name, bases):
        """(the data type members are made of, the last base: the
        enumeration whose behaviour the new one takes)"""
        if bases:
            last = bases[-1]
            if not isinstance(last, EnumType):
                raise TypeError('new enumerations should be created as '
                                '`EnumName([mixin_type, ...] [data_type,] '
                                'enum_type)`')
            return mcls._find_data_type_(class_name, bases) or object, last
        return object, Enum

    @classmethod
    def _find_data_repr_(mcls, class_name, bases):
        # The repr members show their values with.
        for base in _all_bases(bases):
            own = base.__dict__
            if base is object:
                continue
            if isinstance(base, EnumType):
                return base._value_repr_
            if '__repr__' in own:
                params = own.get('__dataclass_params__')
                if '__dataclass_fields__' in own and params is not None and params.repr:
                    return _dataclass_repr
                return own['__repr__']
        return None

    @classmethod
    def _find_data_type_(mcls, class_name, bases):
        # The one data type (int, str, a class with its own __new__, a
        # dataclass) the bases mix in; None when there is none.
        found = set()
        for chain in bases:
            first_plain = None
            for klass in chain.__mro__:
                if klass is object:
                    continue
                own = klass.__dict__
                if isinstance(klass, EnumType):
                    if klass._member_type_ is object:
                        continue
                    found.add(klass._member_type_)
                elif '__new__' in own or '__dataclass_fields__' in own:
                    found.add(first_plain or klass)
                else:
                    first_plain = first_plain or klass
                    continue
                break
        if len(found) > 1:
            raise TypeError(f'too many data types for {class_name!r}: {found!r}')
        return found.pop() if found else None

    @classmethod
    def _find_new_(mcls, classdict, member_type, first_enum):
        """(the __new__ making members, whether the body's own __new__ must
        be kept as __new_member__, whether it takes the value as arguments)"""
        new = classdict.get('__new__')
        save_new = first_enum is not None and new is not None
        if new is None:
            unusable = (None, None.__new__, object.__new__, Enum.__new__)
            candidates = (getattr(owner, method, None)
                          for method in ('__new_member__', '__new__')
                          for owner in (member_type, first_enum))
            new = next((c for c in candidates if c not in unusable), object.__new__)
        use_args = first_enum is not None and new not in (Enum.__new__, object.__new__)
        return new, save_new, use_args

    def _add_member_(cls, name, member):
        """Bind member to name on the class (an alias when other names have
        it too)."""
        members = cls._member_map_
        if name in members:
            if members[name] is not member:
                raise NameError(f'{name!r} is already bound: {members[name]!r}')
            return
        descriptor, kind, owner = _inherited_attribute(cls, name)
        bound = member
        if descriptor:
            # Read from the class, the name gives the member; read from a
            # member, what the base defined.
            bound = property()
            bound.member = member
            bound.__set_name__(cls, name)
            if kind in ('enum', 'desc'):
                for plain, hook, saved in _ACCESSORS:
                    setattr(bound, plain, getattr(descriptor, plain, None))
                    setattr(bound, saved, getattr(descriptor, hook, None))
            bound._attr_type, bound._cls_type = kind, owner
        setattr(cls, name, bound)
        members[name] = member


EnumMeta = EnumType


# -- The steps of EnumType.__new__ -------------------------------------------

def _all_bases(bases):
    # Every class each base inherits from, base by base.
    for start in bases:
        yield from start.__mro__


def _inherited_attribute(cls, name):
    # What the bases define under name, as (descriptor or None, kind, owning
    # class): kind 'enum' for an (enum) property, 'desc' for another
    # descriptor, 'attr' when a plain attribute came first.
    descriptor = kind = owner = None
    for klass in cls.__mro__[1:]:
        found = vars(klass).get(name)
        if found is None:
            continue
        if isinstance(found, (DynamicClassAttribute, property)):
            return found, 'enum', klass
        if not _is_descriptor(found):
            kind, owner = 'attr', klass
            continue
        descriptor = found
        kind = kind or 'desc'
        owner = owner or klass
    return descriptor, kind, owner


def _functional_members(names, base_enum, start):
    # The (name, value) pairs the functional API's names stand for.
    if isinstance(names, str):
        names = _split_names(names)
    if not names:
        return ()
    if isinstance(names, (tuple, list)) and isinstance(names[0], str):
        pairs, values = [], []
        for count, key in enumerate(names):
            value = base_enum._generate_next_value_(key, start, count, values[:])
            values.append(value)
            pairs.append((key, value))
        return pairs
    return [(item, names[item]) if isinstance(item, str) else item
            for item in names]


def _install_new(made, new, save_new):
    # Members are looked up, not made, once the class exists: __new__
    # becomes Enum's (a body's own __new__ is kept as __new_member__).
    if Enum is not None:
        if save_new:
            made.__new_member__ = new
        made.__new__ = Enum.__new__


def _drop_ignored(namespace):
    ignored = namespace.setdefault('_ignore_', [])
    ignored.append('_ignore_')
    for key in ignored:
        namespace.pop(key, None)


def _plain_body(namespace):
    # The EnumDict as a plain dict; _generate_next_value_ a staticmethod.
    body = dict(namespace.items())
    make_next = body.get('_generate_next_value_')
    if make_next is not None and type(make_next) is not staticmethod:
        body['_generate_next_value_'] = staticmethod(make_next)
    return body


def _bookkeeping(mcls, name, bases, data_type, base_enum, boundary):
    # The attributes every enumeration starts with.
    return {
        '_member_names_': [], '_member_map_': {}, '_value2member_map_': {},
        '_unhashable_values_': [], '_unhashable_values_map_': {},
        '_member_type_': data_type,
        '_value_repr_': mcls._find_data_repr_(name, bases),
        '_boundary_': boundary or getattr(base_enum, '_boundary_', None),
        '_flag_mask_': 0, '_singles_mask_': 0, '_all_bits_': 0,
        '_inverted_': None,
    }


def _make_class(mcls, name, bases, body, kwds):
    # type.__new__, which makes the members (their __set_name__). While it
    # runs, _<name>__in_progress tells Enum.__new__ why there are no members.
    busy = f'_{name}__in_progress'
    body[busy] = True
    try:
        made = type.__new__(mcls, name, bases, body, **kwds)
    except Exception as raised:
        # Raise what the member's making raised, without the notes
        # type.__new__ adds about __set_name__.
        again = type(raised)(str(raised))
        again.__cause__ = raised.__cause__
        again.__context__ = raised.__context__
        trace = raised.__traceback__
    else:
        body[busy] = False
        delattr(made, busy)
        return made
    raise again.with_traceback(trace)


def _settle_methods(made, body, bases, data_type, base_enum):
    # repr() and friends are the enumeration's, not the data type's, unless
    # the body defines them; ReprEnum keeps the data type's str and format.
    if ReprEnum is not None and ReprEnum in bases:
        if data_type is object:
            raise TypeError('ReprEnum subclasses must be mixed with a data type '
                            '(i.e. int, str, float, etc.)')
        if '__format__' not in body:
            made.__format__ = body['__format__'] = data_type.__format__
        if '__str__' not in body:
            shown = data_type.__str__
            if shown is object.__str__:
                shown = data_type.__repr__      # what str() would use
            made.__str__ = body['__str__'] = shown
    for method in _ENUM_METHODS:
        if method not in body and getattr(made, method) in (
                getattr(data_type, method), getattr(object, method)):
            setattr(made, method, getattr(base_enum, method))
    if Flag is None or not issubclass(made, Flag):
        return
    for method in _FLAG_OPERATORS:
        if method not in body:
            body[method] = getattr(Flag, method)
            setattr(made, method, body[method])


def _finish_flag_parts(made, name, order):
    # A non-Flag loses the Flag bookkeeping; a Flag whose values are not
    # in increasing order iterates in definition order. Returns _order_ as
    # a list, for a Flag without its multi-bit names.
    if isinstance(order, str):
        order = _split_names(order)
    if Flag is None:
        making_flag = name == 'Flag'
    else:
        making_flag = issubclass(made, Flag)
    if not making_flag:
        for attr in _FLAG_ONLY:
            delattr(made, attr)
        return order
    if Flag is None:
        return order
    values = [m._value_ for m in made]
    if sorted(values) != values:
        made._iter_member_ = made._iter_member_by_def_
    if order:
        members = made._member_map_
        order = [n for n in order
                 if n not in members or _is_single_bit(members[n]._value_)]
    return order


def _check_order(made, order):
    if not order:
        return
    members, canonical = made._member_map_, made._member_names_
    order = [n for n in order if n not in members or n in canonical]
    if order != canonical:
        raise TypeError('member order does not match _order_:\n'
                        f'  {canonical!r}\n  {order!r}')


def _calling_module(depth):
    # The __name__ of the module depth frames above our caller (None when
    # frames cannot tell).
    by_name = getattr(sys, '_getframemodulename', None)
    if by_name is not None:
        return by_name(depth + 1)
    frame_at = getattr(sys, '_getframe', None)
    if frame_at is None:
        return None
    try:
        frame = frame_at(depth + 1)
    except ValueError:
        return None
    return frame.f_globals.get('__name__')


# -- Members -----------------------------------------------------------------

def _show_member(self, as_repr, nameless=False):
    # repr(): <Cls.NAME: value>, the value in the data type's repr; str():
    # Cls.NAME. With nameless (flags), a member without a name shows as
    # <Cls: value> and Cls(value).
    owner = self.__class__
    title = owner.__name__
    no_name = nameless and self._name_ is None
    if as_repr:
        shown = (owner._value_repr_ or repr)(self._value_)
        head = title if no_name else f'{title}.{self._name_}'
        return f'<{head}: {shown}>'
    if no_name:
        return f'{title}({self._value_!r})'
    return f'{title}.{self._name_}'


def _unhashable_lookup(cls, value):
    # The member whose unhashable value is value (_not_given: none).
    for key, kept in cls._unhashable_values_map_.items():
        if value in kept:
            return cls[key]
    return _not_given


class Enum(metaclass=EnumType):
    """A set of named, unique constants.

    Subclass it with the members as class attributes (class Color(Enum):
    RED = 1 ...), or call it: Enum('Color', 'RED GREEN'). Color.RED,
    Color(1) and Color['RED'] give the same member; the class iterates over
    its members in definition order, aliases left out.
    """

    @classmethod
    def __signature__(cls):
        # What inspect shows: a lookup once there are members, else the
        # functional API.
        return '(*values)' if cls._member_names_ else (
            '(new_class_name, /, names, *, module=None, qualname=None, '
            'type=None, start=1, boundary=None)')

    def __new__(cls, value):
        if type(value) is cls:
            return value
        try:
            found = cls._value2member_map_.get(value, _not_given)
        except TypeError:
            found = _unhashable_lookup(cls, value)
        if found is not _not_given:
            return found
        if cls._member_map_:
            return _from_missing(cls, value)
        if getattr(cls, f'_{cls.__name__}__in_progress', False):
            raise TypeError('do not use `super().__new__; call the '
                            'appropriate __new__ directly') from None
        raise TypeError(f'{cls!r} has no members defined')

    def __init__(self, *args, **kwds):
        pass

    def _add_alias_(self, name):
        """Make name another name of this member."""
        type(self)._add_member_(name, self)

    def _add_value_alias_(self, value):
        """Make value another value looking this member up."""
        owner = type(self)
        bound = _existing_member(owner, value)
        if bound is None:
            _remember_value(owner, value, self, self.name)
        elif bound is not self:
            raise ValueError(f'{value!r} is already bound: {bound!r}')

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        """Make the value of an auto() member: one more than the highest
        value so far, or start for the first member.

        name: the member's name; start: the first value (1 by default);
        count: the members defined before; last_values: their values.
        """
        if not last_values:
            return start
        try:
            highest = sorted(last_values)[-1]
        except TypeError:
            raise TypeError('unable to sort non-numeric values') from None
        try:
            following = highest + 1
        except TypeError:
            raise TypeError(f'unable to increment {highest!r}') from None
        return following

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        return _show_member(self, True)

    def __str__(self):
        return _show_member(self, False)

    def __dir__(self):
        owner = type(self)
        members = self._member_map_
        shown = set(object.__dir__(self)) if owner._member_type_ is not object else set()
        shown.update(key for key in getattr(self, '__dict__', [])
                     if not key.startswith('_') and key not in members)
        for klass in owner.mro():
            for key, attr in vars(klass).items():
                if key.startswith('_'):
                    continue
                if not isinstance(attr, property):
                    if key not in members:
                        shown.add(key)
                elif attr.fget is not None or key not in members:
                    shown.add(key)
                else:
                    shown.discard(key)      # the member's redirect
        shown.update(('__class__', '__doc__', '__eq__', '__hash__', '__module__'))
        return sorted(shown)

    def __format__(self, format_spec):
        return format(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return type(self), (self._value_,)

    def __deepcopy__(self, memo):
        return self

    def __copy__(self):
        return self

    @property
    def name(self):
        """The member's name."""
        return self._name_

    @property
    def value(self):
        """The member's value."""
        return self._value_


def _from_missing(cls, value):
    # No member has value: ask cls._missing_, and check its answer.
    problem = answer = None
    try:
        answer = cls._missing_(value)
    except Exception as failure:
        problem = failure
    try:
        ejected = (Flag is not None and issubclass(cls, Flag)
                   and cls._boundary_ is EJECT and isinstance(answer, int))
        if ejected or isinstance(answer, cls):
            return answer
        not_valid = ValueError(f'{value!r} is not a valid {cls.__qualname__}')
        if problem is None:
            if answer is None:
                raise not_valid
            problem = TypeError(f'error in {cls.__name__}._missing_: returned '
                                f'{answer!r} instead of None or a valid member')
        if not isinstance(problem, ValueError):
            problem.__context__ = not_valid
        raise problem
    finally:
        # Break the traceback cycles.
        problem = not_valid = None


class ReprEnum(Enum):
    """Base of enumerations mixed with a data type whose str() and format()
    the members keep (only repr() is the enumeration's)."""


class IntEnum(int, ReprEnum):
    """An enumeration whose members are ints."""


# StrEnum's checks of its arguments: (position, what is checked).
_STR_ARGUMENTS = ((1, 'encoding'), (2, 'errors'))


class StrEnum(str, ReprEnum):
    """An enumeration whose members are strs."""

    def __new__(cls, *values):
        given = len(values)
        if given > 3:
            raise TypeError(f'too many arguments for str(): {values!r}')
        if given == 1 and not isinstance(values[0], str):
            raise TypeError(f'{values[0]!r} is not a string')
        for index, role in _STR_ARGUMENTS:
            if given > index and not isinstance(values[index], str):
                raise TypeError(f'{role} must be a string, not {values[index]!r}')
        text = str(*values)
        made = str.__new__(cls, text)
        made._value_ = text
        return made

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        """The member's name, lower-cased."""
        return name.lower()


# __reduce_ex__ choices for a class's members (pickle finds the member by
# its global name, or by name on its class).

def pickle_by_global_name(self, proto):
    return self.name


_reduce_ex_by_global_name = pickle_by_global_name


def pickle_by_enum_name(self, proto):
    return getattr, (type(self), self._name_)


class FlagBoundary(StrEnum):
    """What a Flag does with bits no member has: STRICT raises ValueError
    (Flag's default), CONFORM drops them, EJECT returns a plain int, KEEP
    keeps them in the member (IntFlag's default)."""
    STRICT = 'strict'
    CONFORM = 'conform'
    EJECT = 'eject'
    KEEP = 'keep'


STRICT, CONFORM, EJECT, KEEP = FlagBoundary


def _flag_operator(name, symbol, combine):
    # A binary operator of Flag: members of the class (and, for mixed-in
    # types, plain values of it) combine into a member.
    def operator(self, other):
        theirs = self._get_value(other)
        if theirs is NotImplemented:
            return theirs
        for side in (self, other):
            if self._get_value(side) is None:
                raise TypeError(f"'{side}' cannot be combined with other "
                                f"flags with {symbol}")
        return type(self)(combine(self._value_, theirs))
    operator.__name__ = name
    operator.__qualname__ = f'Flag.{name}'
    return operator


def _conform_to_boundary(cls, value):
    # value with bits no member has, as cls's boundary wants it: raises
    # (STRICT), a plain int to return (EJECT, as (True, value)), or the
    # value to go on with.
    boundary = cls._boundary_
    if boundary is STRICT:
        width = max(value.bit_length(), cls._flag_mask_.bit_length())
        raise ValueError(f'{cls!r} invalid value {value!r}\n'
                         f'    given {bin(value, width)}\n'
                         f'  allowed {bin(cls._flag_mask_, width)}')
    if boundary is CONFORM:
        return False, value & cls._flag_mask_
    if boundary is EJECT:
        return True, value
    if boundary is KEEP:
        if value < 0:
            value += max(cls._all_bits_ + 1, 1 << value.bit_length())
        return False, value
    raise ValueError(f'{cls!r} unknown flag boundary {cls._boundary_!r}')


class Flag(Enum, boundary=STRICT):
    """An enumeration whose members combine with |, & and ^ and invert
    with ~."""

    _numeric_repr_ = repr

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        """The next power of two above the highest value so far (start, or 1,
        for the first member)."""
        if count:
            highest = max(last_values)
            try:
                top = _high_bit(highest)
            except Exception:
                raise TypeError(f'invalid flag value {highest!r}') from None
            return 1 << (top + 1)
        return 1 if start is None else start

    @classmethod
    def _iter_member_by_value_(cls, value):
        """The members whose bits are in value, lowest bit first."""
        lookup = cls._value2member_map_.get
        return map(lookup, _iter_bits_lsb(value & cls._flag_mask_))

    _iter_member_ = _iter_member_by_value_

    @classmethod
    def _iter_member_by_def_(cls, value):
        """The members whose bits are in value, in definition order."""
        found = list(cls._iter_member_by_value_(value))
        found.sort(key=lambda m: m._sort_order_)
        yield from found

    @classmethod
    def _missing_(cls, value):
        """Make (and keep) the member for a combination of flags, as the
        boundary allows."""
        if not isinstance(value, int):
            raise ValueError(f'{value!r} is not a valid {cls.__qualname__}')
        every = cls._all_bits_
        outside = not ~every <= value <= every
        if outside or value & (every ^ cls._flag_mask_):
            done, value = _conform_to_boundary(cls, value)
            if done:
                return value
        negative = value if value < 0 else None
        if negative is not None:
            value += every + 1
        pseudo = _pseudo_member(cls, value)
        pseudo = cls._value2member_map_.setdefault(value, pseudo)
        if negative is not None:
            cls._value2member_map_[negative] = pseudo
        return pseudo

    def __contains__(self, other):
        """Whether other's flags are all in self."""
        mine = type(self)
        if not isinstance(other, mine):
            raise TypeError("unsupported operand type(s) for 'in': "
                            f"{type(other).__qualname__!r} and "
                            f"{mine.__qualname__!r}")
        return self._value_ & other._value_ == other._value_

    def __iter__(self):
        """The members of the flags set in self."""
        parts = self._iter_member_(self._value_)
        yield from parts

    def __len__(self):
        return self._value_.bit_count()

    def __repr__(self):
        return _show_member(self, True, nameless=True)

    def __str__(self):
        return _show_member(self, False, nameless=True)

    def __bool__(self):
        return bool(self._value_)

    def _get_value(self, other):
        # other's bits, if it is of this class (or of its data type).
        if isinstance(other, type(self)):
            return other._value_
        mixed = self._member_type_
        return other if mixed is not object and isinstance(other, mixed) else NotImplemented

    __or__ = _flag_operator('__or__', '|', lambda a, b: a | b)
    __and__ = _flag_operator('__and__', '&', lambda a, b: a & b)
    __xor__ = _flag_operator('__xor__', '^', lambda a, b: a ^ b)
    __ror__, __rand__, __rxor__ = __or__, __and__, __xor__

    def __invert__(self):
        if self._get_value(self) is None:
            raise TypeError(f"'{self}' cannot be inverted")
        cached = self._inverted_
        if cached is None:
            # Keeping all bits, ~ flips them all; otherwise only the
            # members' bits.
            flipped = ~self._value_
            if self._boundary_ not in (EJECT, KEEP):
                flipped &= self._singles_mask_
            cached = self._inverted_ = type(self)(flipped)
        return cached


def _pseudo_member(cls, value):
    # A member for a value no member has (value >= 0): named by the members
    # whose bits it holds, any bits left over shown as a number.
    unknown = value & ~cls._flag_mask_
    keeps = cls._boundary_ is KEEP
    if unknown and not keeps:
        raise ValueError(f'{cls.__name__}({value!r}) -->  unknown values '
                         f'{unknown!r} [{bin(unknown)}]')
    data_type = cls._member_type_
    if data_type is object:
        pseudo = object.__new__(cls)
    else:
        pseudo = data_type.__new__(cls, value)
    if not hasattr(pseudo, '_value_'):
        pseudo._value_ = value
    pseudo._name_ = None
    singles = value & cls._singles_mask_
    multi = value & ~cls._singles_mask_
    if not (singles or multi):
        return pseudo
    parts = list(cls._iter_member_(singles))
    if multi:
        value = singles | multi
        for other in cls._member_map_.values():
            bits = other._value_
            if other not in parts and bits and bits & value == bits:
                parts.append(other)
    covered = 0
    for part in parts:
        covered |= part._value_
    if not covered:
        return pseudo
    left = value ^ covered
    name = '|'.join(part._name_ for part in parts)
    if left and cls._boundary_ is STRICT:
        raise ValueError(f'{cls!r}: no members with value {left!r}')
    if left:
        name += '|' + cls._numeric_repr_(left)
    pseudo._name_ = name
    return pseudo


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """A Flag whose members are ints."""


# -- Decorators --------------------------------------------------------------

def _alias_text(enumeration):
    # "ALIAS -> NAME, ..." for the enumeration's aliases ('' when none).
    return ', '.join(f'{alias} -> {m.name}'
                     for alias, m in enumeration.__members__.items()
                     if alias != m.name)


def unique(enumeration):
    """Refuse (ValueError) an enumeration with aliases; returns it."""
    details = _alias_text(enumeration)
    if not details:
        return enumeration
    raise ValueError(f'duplicate values found in {enumeration!r}: {details}')


def _module_tail(member):
    # The last part of the member's module name.
    return type(member).__module__.rpartition('.')[2]


def _nameless_text(member):
    # "Cls(value)", for a flag without a name.
    return f'{type(member).__name__}({member._value_!r})'


def global_enum_repr(self):
    """repr() of a global member: module.NAME (last part of the module
    name)."""
    return f'{_module_tail(self)}.{self._name_}'


def global_flag_repr(self):
    """repr() of a global flag: module.NAME for each flag set."""
    module = _module_tail(self)
    name = self._name_
    if name is None:
        return f'{module}.{_nameless_text(self)}'
    if _is_single_bit(self._value_):
        return f'{module}.{name}'
    # Kept unknown bits are shown as the number they are.
    keeps = self._boundary_ is FlagBoundary.KEEP
    parts = (name if keeps else self.name).split('|')
    return '|'.join(part if keeps and part[0].isdigit() else f'{module}.{part}'
                    for part in parts)


def global_str(self):
    """str() of a global member: its bare name."""
    name = self._name_
    return _nameless_text(self) if name is None else name


def global_enum(cls, update_str=False):
    """Make the members globals of the enumeration's module, shown as
    such by repr() (and str(), unless a ReprEnum or update_str)."""
    cls.__repr__ = global_flag_repr if issubclass(cls, Flag) else global_enum_repr
    if update_str or not issubclass(cls, ReprEnum):
        cls.__str__ = global_str
    vars(sys.modules[cls.__module__]).update(cls.__members__)
    return cls


class EnumCheck(StrEnum):
    """The properties verify() can require."""
    CONTINUOUS = "no skipped integer values"
    NAMED_FLAGS = "multi-flag aliases may not contain unnamed flags"
    UNIQUE = "one name per value"


CONTINUOUS, NAMED_FLAGS, UNIQUE = EnumCheck


def _check_unique(enumeration, kind):
    details = _alias_text(enumeration)
    if details:
        raise ValueError(f'aliases found in {enumeration!r}: {details}')


def _check_continuous(enumeration, kind):
    values = {m.value for m in enumeration}
    if len(values) <= 1:
        return
    ordered = sorted(values)
    low, high = ordered[0], ordered[-1]
    if kind == 'flag':
        expected = (1 << bit for bit in range(_high_bit(low) + 1, _high_bit(high)))
    else:
        expected = range(low + 1, high)
    missing = [str(v) for v in expected if v not in values]
    if missing:
        text = (f'invalid {kind} {enumeration.__name__!r}: '
                f'missing values {", ".join(missing)}')
        raise ValueError(text[:256])


def _check_named_flags(enumeration, kind):
    canonical = enumeration._member_names_
    present = [m.value for m in enumeration]
    lacking, lacking_bits = [], 0
    for key, flag in enumeration._member_map_.items():
        if key in canonical or flag.value < 0:
            continue
        missed = [bit for bit in _iter_bits_lsb(flag.value) if bit not in present]
        if missed:
            lacking.append(key)
            for bit in missed:
                lacking_bits |= bit
    if not lacking:
        return
    if len(lacking) == 1:
        who = f'alias {lacking[0]} is missing'
    else:
        who = f'aliases {", ".join(lacking[:-1])} and {lacking[-1]} are missing'
    if _is_single_bit(lacking_bits):
        what = f'value 0x{lacking_bits:x}'
    else:
        what = f'combined values of 0x{lacking_bits:x}'
    raise ValueError(f'invalid Flag {enumeration.__name__!r}: {who} {what} '
                     '[use enum.show_flag_values(value) for details]')


# What each EnumCheck requires.
_CHECKS = ((UNIQUE, _check_unique), (CONTINUOUS, _check_continuous),
           (NAMED_FLAGS, _check_named_flags))


def _kind_of(enumeration):
    # 'flag' or 'enum', as verify's messages call them.
    if Flag is not None and issubclass(enumeration, Flag):
        return 'flag'
    if issubclass(enumeration, Enum):
        return 'enum'
    raise TypeError("the 'verify' decorator only works with Enum and Flag")


class verify:
    """Class decorator checking the EnumCheck conditions given."""

    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        kind = _kind_of(enumeration)
        for wanted in self.checks:
            for known, run in _CHECKS:
                if wanted is known:
                    run(enumeration, kind)
        return enumeration


def _simple_enum(etype=Enum, *, boundary=None, use_args=None):
    """Make the decorated plain class an enumeration of etype (its
    attributes, other than descriptors and dunders, become members)."""
    def convert(cls):
        namespace = EnumType.__prepare__(cls.__name__, (etype,))
        for key, value in cls.__dict__.items():
            if key not in ('__dict__', '__weakref__'):
                namespace[key] = value
        if namespace.get('__doc__') is None:
            namespace['__doc__'] = 'An enumeration.'
        return EnumType(cls.__name__, (etype,), namespace, boundary=boundary)
    return convert
