"""Enumerations: classes whose attributes are a fixed set of named members.

EnumType, the metaclass, collects the members while the class body runs
(EnumDict), then makes each one an instance of the new class. Enum is the
plain kind; IntEnum and StrEnum are also ints and strs; Flag and IntFlag
members combine with the bitwise operators.
"""

import sys
import builtins as bltns
from types import MappingProxyType, DynamicClassAttribute


__all__ = [
        'EnumType', 'EnumMeta', 'EnumDict',
        'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag', 'ReprEnum',
        'auto', 'unique', 'property', 'verify', 'member', 'nonmember',
        'FlagBoundary', 'STRICT', 'CONFORM', 'EJECT', 'KEEP',
        'global_flag_repr', 'global_enum_repr', 'global_str', 'global_enum',
        'EnumCheck', 'CONTINUOUS', 'NAMED_FLAGS', 'UNIQUE',
        'pickle_by_global_name', 'pickle_by_enum_name',
        ]


# Names the module's own classes use before they exist: while Enum, Flag
# and the rest are being defined, the metaclass must not refer to them.
Enum = Flag = EJECT = KEEP = STRICT = _stdlib_enums = ReprEnum = None


class nonmember(object):
    """Keep a value in an enumeration's body from becoming a member."""

    def __init__(self, value):
        self.value = value


class member(object):
    """Make a value in an enumeration's body a member (functions included)."""

    def __init__(self, value):
        self.value = value


def _is_descriptor(obj):
    return (hasattr(obj, '__get__') or hasattr(obj, '__set__')
            or hasattr(obj, '__delete__'))


def _is_dunder(name):
    return (len(name) > 4 and name[:2] == name[-2:] == '__'
            and name[2] != '_' and name[-3] != '_')


def _is_sunder(name):
    return (len(name) > 2 and name[0] == name[-1] == '_'
            and name[1] != '_' and name[-2] != '_')


def _is_internal_class(cls_name, obj):
    # A class nested in the enumeration's body is not a member.
    if not isinstance(obj, type):
        return False
    qualname = getattr(obj, '__qualname__', '')
    head, _, tail = qualname.rpartition('.')
    return head.rpartition('.')[2] == cls_name and tail == obj.__name__


def _is_private(cls_name, name):
    # _ClassName__attr (mangled) names are ordinary attributes.
    prefix = '_%s__' % (cls_name.lstrip('_'),)
    return (len(name) > len(prefix) and name.startswith(prefix)
            and not name.endswith('__'))


def _is_single_bit(num):
    if num == 0:
        return False
    return num & (num - 1) == 0


def _bits_low_first(num):
    # The powers of two making up num, lowest first.
    while num:
        low = num & (~num + 1)
        yield low
        num ^= low


def show_flag_values(value):
    return list(_bits_low_first(value))


def _high_bit(value):
    """Index of the highest set bit (-1 for 0)."""
    return value.bit_length() - 1


def bin(num, max_bits=None):
    """Like the builtin bin(), with a sign bit and two's complement for
    negative numbers: bin(5) is '0b0 101', bin(-3) is '0b1 01'."""
    width = num.bit_length()
    if num >= 0:
        sign, digits = '0b0', bltns.format(num, 'b') if num else ''
        digits = digits.rjust(width, '0') if width else ''
    else:
        sign = '0b1'
        digits = bltns.format(num & ((1 << width) - 1), 'b').rjust(width, '0')
    if max_bits is not None and len(digits) < max_bits:
        digits = (sign[-1] * max_bits + digits)[-max_bits:]
    return '%s %s' % (sign, digits)


def _dataclass_repr(self):
    fields = self.__dataclass_fields__
    return '%s(%s)' % (self.__class__.__name__, ', '.join(
        '%s=%r' % (name, getattr(self, name))
        for name, f in fields.items() if f.repr))


class _AutoNull:
    def __repr__(self):
        return '_auto_null'


_auto_null = _AutoNull()


class auto:
    """Stands for a member value to be chosen by _generate_next_value_."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return 'auto(%r)' % (self.value,)


class property(DynamicClassAttribute):
    """The properties of enumerations (name, value, and any defined in an
    enumeration's body): a member of the same name wins when the attribute
    is read from the class."""

    member = None
    _attr_type = None
    _cls_type = None

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.member is not None:
                return self.member
            raise AttributeError('%r has no attribute %r'
                                 % (ownerclass, self.name))
        if self.fget is not None:
            return self.fget(instance)
        if self._attr_type == 'attr':
            return getattr(self._cls_type, self.name)
        if self._attr_type == 'desc':
            return getattr(instance._value_, self.name)
        try:
            return ownerclass._member_map_[self.name]
        except KeyError:
            raise AttributeError('%r has no attribute %r'
                                 % (ownerclass, self.name)) from None

    def __set__(self, instance, value):
        if self.fset is not None:
            return self.fset(instance, value)
        raise AttributeError('<enum %r> cannot set attribute %r'
                             % (self.clsname, self.name))

    def __delete__(self, instance):
        if self.fdel is not None:
            return self.fdel(instance)
        raise AttributeError('<enum %r> cannot delete attribute %r'
                             % (self.clsname, self.name))

    def __set_name__(self, ownerclass, name):
        self.name = name
        self.clsname = ownerclass.__name__


class _proto_member:
    """A member's value in the body; type.__new__'s __set_name__ call turns
    it into the member."""

    def __init__(self, value):
        self.value = value

    def __set_name__(self, enum_class, member_name):
        delattr(enum_class, member_name)
        value = self.value
        args = value if isinstance(value, tuple) else (value,)
        if enum_class._member_type_ is tuple:
            args = (args,)
        if enum_class._use_args_:
            made = enum_class._new_member_(enum_class, *args)
        else:
            made = enum_class._new_member_(enum_class)
        if not hasattr(made, '_value_'):
            if enum_class._member_type_ is object:
                made._value_ = value
            else:
                try:
                    made._value_ = enum_class._member_type_(*args)
                except Exception as exc:
                    problem = TypeError(
                        '_value_ not set in __new__, unable to create it')
                    problem.__cause__ = exc
                    raise problem
        value = made._value_
        made._name_ = member_name
        made.__objclass__ = enum_class
        made.__init__(*args)
        made._sort_order_ = len(enum_class._member_names_)
        if Flag is not None and issubclass(enum_class, Flag):
            if isinstance(value, int):
                enum_class._flag_mask_ |= value
                if _is_single_bit(value):
                    enum_class._singles_mask_ |= value
            enum_class._all_bits_ = 2 ** enum_class._flag_mask_.bit_length() - 1
        # An equal value makes this name an alias of the earlier member.
        canonical = None
        try:
            canonical = enum_class._value2member_map_[value]
        except (KeyError, TypeError):
            for other in enum_class._member_map_.values():
                if other._value_ == value:
                    canonical = other
                    break
        if canonical is not None:
            made = canonical
        elif (Flag is None or not issubclass(enum_class, Flag)
              or _is_single_bit(value)):
            enum_class._member_names_.append(member_name)
        enum_class._add_member_(member_name, made)
        try:
            enum_class._value2member_map_.setdefault(value, made)
            if value not in enum_class._hashable_values_:
                enum_class._hashable_values_.append(value)
        except TypeError:
            enum_class._unhashable_values_.append(value)
            enum_class._unhashable_values_map_.setdefault(
                member_name, []).append(value)


_SUNDER_ALLOWED = frozenset((
    '_order_', '_generate_next_value_', '_numeric_repr_', '_missing_',
    '_ignore_', '_iter_member_', '_iter_member_by_value_',
    '_iter_member_by_def_', '_add_alias_', '_add_value_alias_'))


class EnumDict(dict):
    """The namespace of an enumeration's body: it notes which names are
    members, resolves auto() values, and refuses reused names."""

    def __init__(self, cls_name=None):
        super().__init__()
        self._member_names = {}     # an ordered set
        self._last_values = []
        self._ignore = []
        self._auto_called = False
        self._cls_name = cls_name

    def __setitem__(self, key, value):
        if self._cls_name is not None and _is_private(self._cls_name, key):
            pass
        elif _is_sunder(key):
            if key not in _SUNDER_ALLOWED and not key.startswith('_repr_'):
                raise ValueError('_sunder_ names, such as %r, are reserved '
                                 'for future Enum use' % (key,))
            if key == '_generate_next_value_':
                if self._auto_called:
                    raise TypeError('_generate_next_value_ must be defined '
                                    'before members')
                func = value.__func__ if isinstance(value, staticmethod) else value
                self._generate_next_value = func
            elif key == '_ignore_':
                if isinstance(value, str):
                    value = value.replace(',', ' ').split()
                else:
                    value = list(value)
                self._ignore = value
                clash = set(value) & set(self._member_names)
                if clash:
                    raise ValueError('_ignore_ cannot specify already set '
                                     'names: %r' % (clash,))
        elif _is_dunder(key):
            if key == '__order__':
                key = '_order_'
        elif key in self._member_names:
            raise TypeError('%r already defined as %r' % (key, self[key]))
        elif key in self._ignore:
            pass
        elif isinstance(value, nonmember):
            value = value.value
        elif _is_descriptor(value):
            pass
        elif self._cls_name is not None and _is_internal_class(self._cls_name, value):
            pass
        else:
            if key in self:
                raise TypeError('%r already defined as %r' % (key, self[key]))
            if isinstance(value, member):
                value = value.value
            value = self._resolve_autos(key, value)
            self._member_names[key] = None
        super().__setitem__(key, value)

    def _resolve_autos(self, key, value):
        alone = isinstance(value, auto)
        parts = (value,) if alone else value
        if not isinstance(parts, tuple) or not any(isinstance(p, auto) for p in parts):
            self._last_values.append(value)
            return value
        resolved = []
        for part in parts:
            if isinstance(part, auto):
                if part.value is _auto_null:
                    part.value = self._generate_next_value(
                        key, 1, len(self._member_names), self._last_values[:])
                    self._auto_called = True
                part = part.value
                self._last_values.append(part)
            resolved.append(part)
        if alone:
            return resolved[0]
        kind = type(value)
        try:
            return kind(resolved)
        except TypeError:
            return kind(*resolved)

    def update(self, members, **more_members):
        try:
            for name in members.keys():
                self[name] = members[name]
        except AttributeError:
            for name, value in members:
                self[name] = value
        for name, value in more_members.items():
            self[name] = value

    @bltns.property
    def member_names(self):
        return list(self._member_names)


_EnumDict = EnumDict


class EnumType(type):
    """Metaclass of Enum."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        metacls._check_for_existing_members_(cls, bases)
        namespace = EnumDict(cls)
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        if first_enum is not None:
            namespace['_generate_next_value_'] = getattr(
                first_enum, '_generate_next_value_', None)
        return namespace

    def __new__(metacls, cls, bases, classdict, *, boundary=None,
                _simple=False, **kwds):
        if _simple:
            return super().__new__(metacls, cls, bases, classdict, **kwds)
        classdict.setdefault('_ignore_', []).append('_ignore_')
        for key in classdict['_ignore_']:
            classdict.pop(key, None)
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        new, save_new, use_args = metacls._find_new_(classdict, member_type,
                                                     first_enum)
        member_names = classdict._member_names
        classdict = dict(classdict.items())
        bad = set(member_names) & {'mro', ''}
        if bad:
            raise ValueError('invalid enum member name(s) %s' % (
                ','.join(repr(n) for n in bad),))
        classdict['_new_member_'] = new
        classdict['_use_args_'] = use_args
        for name in member_names:
            classdict[name] = _proto_member(classdict[name])
        classdict['_member_names_'] = []
        classdict['_member_map_'] = {}
        classdict['_value2member_map_'] = {}
        classdict['_hashable_values_'] = []
        classdict['_unhashable_values_'] = []
        classdict['_unhashable_values_map_'] = {}
        classdict['_member_type_'] = member_type
        classdict['_value_repr_'] = metacls._find_data_repr_(cls, bases)
        classdict['_boundary_'] = (boundary
                                   or getattr(first_enum, '_boundary_', None))
        classdict['_flag_mask_'] = 0
        classdict['_singles_mask_'] = 0
        classdict['_all_bits_'] = 0
        classdict['_inverted_'] = None
        order = classdict.pop('_order_', None)
        if isinstance(order, str):
            order = order.replace(',', ' ').split()
        try:
            enum_class = super().__new__(metacls, cls, bases, classdict, **kwds)
        except Exception as exc:
            # type.__new__ wraps what __set_name__ raises; show the original.
            if exc.__cause__ is not None and 'Error calling __set_name__' in str(exc):
                raise exc.__cause__ from None
            raise
        metacls._fix_methods_(enum_class, classdict, member_type, first_enum)
        if Enum is not None:
            if save_new:
                enum_class.__new_member__ = new
            enum_class.__new__ = Enum.__new__
        if Flag is not None and issubclass(enum_class, Flag):
            metacls._finish_flag_(enum_class, cls)
            if order:
                order = [o for o in order if o not in enum_class._member_map_
                         or _is_single_bit(enum_class[o]._value_)]
        if order and order != enum_class._member_names_:
            raise TypeError('member order does not match _order_:\n  %r\n  %r'
                            % (enum_class._member_names_, order))
        return enum_class

    @staticmethod
    def _fix_methods_(enum_class, classdict, member_type, first_enum):
        if ReprEnum is not None and ReprEnum in enum_class.__bases__:
            if member_type is object:
                raise TypeError('ReprEnum subclasses must be mixed with a data '
                                'type (i.e. int, str, float, etc.)')
            if '__format__' not in classdict:
                enum_class.__format__ = member_type.__format__
                classdict['__format__'] = enum_class.__format__
            if '__str__' not in classdict:
                shown = member_type.__str__
                if shown is object.__str__:
                    shown = member_type.__repr__
                enum_class.__str__ = shown
                classdict['__str__'] = shown
        if Enum is None:
            return
        for name in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
            if name in classdict:
                continue
            found = getattr(enum_class, name)
            if found in (getattr(member_type, name), getattr(object, name)):
                setattr(enum_class, name, getattr(first_enum, name))
        if Flag is not None and issubclass(enum_class, Flag):
            for op in ('__or__', '__and__', '__xor__', '__ror__', '__rand__',
                       '__rxor__', '__invert__'):
                if op not in classdict:
                    setattr(enum_class, op, getattr(Flag, op))

    @staticmethod
    def _finish_flag_(enum_class, cls):
        singles = 0
        multi = 0
        for flag in enum_class._member_map_.values():
            value = flag._value_
            if not isinstance(value, int):
                continue
            if _is_single_bit(value):
                singles |= value
            elif value > 0:
                multi |= value
        enum_class._flag_mask_ = singles | multi
        enum_class._singles_mask_ = singles
        enum_class._all_bits_ = 2 ** (singles | multi).bit_length() - 1
        values = [m._value_ for m in enum_class]
        if values != sorted(values):
            enum_class._iter_member_ = enum_class._iter_member_by_def_

    def __bool__(cls):
        return True

    def __call__(cls, value, names=None, *values, module=None, qualname=None,
                 type=None, start=1, boundary=None):
        if cls._member_map_:
            if names is not None:
                value = (value, names) + values
            return cls.__new__(cls, value)
        if names is None and type is None:
            raise TypeError(f"{cls} has no members; specify `names=()` if you "
                            f"meant to create a new, empty, enum")
        return cls._create_(class_name=value, names=names, module=module,
                            qualname=qualname, type=type, start=start,
                            boundary=boundary)

    def __contains__(cls, value):
        if isinstance(value, cls):
            return True
        try:
            return value in cls._value2member_map_
        except TypeError:
            return value in cls._unhashable_values_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError('%r cannot delete member %r.'
                                 % (cls.__name__, attr))
        super().__delattr__(attr)

    def __dir__(cls):
        shown = set(['__class__', '__contains__', '__doc__', '__getitem__',
                     '__iter__', '__len__', '__members__', '__module__',
                     '__name__', '__qualname__'] + cls._member_names_)
        if cls._new_member_ is not object.__new__:
            shown.add('__new__')
        if cls.__init_subclass__ is not object.__init_subclass__:
            shown.add('__init_subclass__')
        if cls._member_type_ is object:
            return sorted(shown)
        return sorted(set(dir(cls._member_type_)) | shown)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __len__(cls):
        return len(cls._member_names_)

    @bltns.property
    def __members__(cls):
        """Every member by name, aliases included (read-only)."""
        return MappingProxyType(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return '<flag %r>' % cls.__name__
        return '<enum %r>' % cls.__name__

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get('_member_map_', {}):
            raise AttributeError('cannot reassign member %r' % (name,))
        super().__setattr__(name, value)

    def _create_(cls, class_name, names, *, module=None, qualname=None,
                 type=None, start=1, boundary=None):
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        _, first_enum = cls._get_mixins_(class_name, bases)
        classdict = metacls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            given, names, seen = names, [], []
            for count, name in enumerate(given):
                value = first_enum._generate_next_value_(name, start, count,
                                                         seen[:])
                seen.append(value)
                names.append((name, value))
        if names is None:
            names = ()
        for item in names:
            if isinstance(item, str):
                name, value = item, names[item]
            else:
                name, value = item
            classdict[name] = value
        if module is None:
            try:
                module = sys._getframe(2).f_globals['__name__']
            except (AttributeError, ValueError, KeyError):
                pass
        if module is None:
            _make_class_unpicklable(classdict)
        else:
            classdict['__module__'] = module
        if qualname is not None:
            classdict['__qualname__'] = qualname
        return metacls.__new__(metacls, class_name, bases, classdict,
                               boundary=boundary)

    def _convert_(cls, name, module, filter, source=None, *, boundary=None,
                  as_global=False):
        """Make an enumeration of module's constants that filter accepts."""
        module_globals = sys.modules[module].__dict__
        source = module_globals if source is None else source.__dict__
        found = [(n, v) for n, v in source.items() if filter(n)]
        try:
            found.sort(key=lambda item: (item[1], item[0]))
        except TypeError:
            found.sort(key=lambda item: item[0])
        body = dict(found)
        body['__module__'] = module
        made = cls(name, body, module=module, boundary=boundary or KEEP)
        if as_global:
            global_enum(made)
        else:
            sys.modules[made.__module__].__dict__.update(made.__members__)
        module_globals[name] = made
        return made

    @classmethod
    def _check_for_existing_members_(mcls, class_name, bases):
        for chain in bases:
            for base in chain.__mro__:
                if isinstance(base, EnumType) and base._member_names_:
                    raise TypeError('<enum %r> cannot extend %r'
                                    % (class_name, base))

    @classmethod
    def _get_mixins_(mcls, class_name, bases):
        if not bases:
            return object, Enum
        mcls._check_for_existing_members_(class_name, bases)
        first_enum = bases[-1]
        if not isinstance(first_enum, EnumType):
            raise TypeError('new enumerations should be created as '
                            '`EnumName([mixin_type, ...] [data_type,] enum_type)`')
        member_type = mcls._find_data_type_(class_name, bases) or object
        return member_type, first_enum

    @classmethod
    def _find_data_repr_(mcls, class_name, bases):
        for chain in bases:
            for base in chain.__mro__:
                if base is object:
                    continue
                if isinstance(base, EnumType):
                    return base._value_repr_
                if '__repr__' in base.__dict__:
                    if ('__dataclass_fields__' in base.__dict__
                            and '__dataclass_params__' in base.__dict__
                            and base.__dict__['__dataclass_params__'].repr):
                        return _dataclass_repr
                    return base.__dict__['__repr__']
        return None

    @classmethod
    def _find_data_type_(mcls, class_name, bases):
        found = set()
        for chain in bases:
            candidate = None
            for base in chain.__mro__:
                if base is object:
                    continue
                if isinstance(base, EnumType):
                    if base._member_type_ is not object:
                        found.add(base._member_type_)
                        break
                elif '__new__' in base.__dict__ or '__dataclass_fields__' in base.__dict__:
                    found.add(candidate or base)
                    break
                else:
                    candidate = candidate or base
        if len(found) > 1:
            raise TypeError('too many data types for %r: %r'
                            % (class_name, found))
        return found.pop() if found else None

    @classmethod
    def _find_new_(mcls, classdict, member_type, first_enum):
        new = classdict.get('__new__', None)
        save_new = first_enum is not None and new is not None
        if new is None:
            for method in ('__new_member__', '__new__'):
                for possible in (member_type, first_enum):
                    target = getattr(possible, method, None)
                    if target not in (None, None.__new__, object.__new__,
                                      Enum.__new__ if Enum else None):
                        new = target
                        break
                if new is not None:
                    break
            else:
                new = object.__new__
        use_args = not (first_enum is None
                        or new in (Enum.__new__ if Enum else None,
                                   object.__new__))
        return new, save_new, use_args

    def _add_member_(cls, name, member):
        # A member is normally a plain class attribute; a name already used
        # by a descriptor in a base becomes an enum.property redirecting to
        # the member on the class and to the old descriptor on instances.
        if name in cls._member_map_:
            if cls._member_map_[name] is not member:
                raise NameError('%r is already bound: %r'
                                % (name, cls._member_map_[name]))
            return
        found = None
        for base in cls.__mro__[1:]:
            attr = base.__dict__.get(name)
            if attr is not None:
                found = (base, attr)
                break
        if found is None:
            type.__setattr__(cls, name, member)
        else:
            base, attr = found
            if isinstance(attr, property):
                redirect = property(attr.fget, attr.fset, attr.fdel)
            else:
                redirect = property()
                if _is_descriptor(attr):
                    redirect._attr_type = 'desc'
                else:
                    redirect._attr_type = 'attr'
                redirect._cls_type = base
            redirect.member = member
            redirect.__set_name__(cls, name)
            type.__setattr__(cls, name, redirect)
        cls._member_map_[name] = member

    @bltns.property
    def _member_names_set_(cls):
        return set(cls._member_names_)


EnumMeta = EnumType


def _make_class_unpicklable(obj):
    def _break_on_call_reduce(self, proto):
        raise TypeError('%r cannot be pickled' % self)
    if isinstance(obj, dict):
        obj['__reduce_ex__'] = _break_on_call_reduce
        obj['__module__'] = '<unknown>'
    else:
        setattr(obj, '__reduce_ex__', _break_on_call_reduce)
        setattr(obj, '__module__', '<unknown>')


class Enum(metaclass=EnumType):
    """A set of named, unique constants.

    Subclass it with the members as class attributes (class Color(Enum):
    RED = 1 ...), or call it: Enum('Color', 'RED GREEN'). Color.RED,
    Color(1) and Color['RED'] give the same member; the class iterates over
    its members in definition order, aliases left out.
    """

    @classmethod
    def __signature__(cls):
        if cls._member_names_:
            return '(*values)'
        return ('(new_class_name, /, names, *, module=None, qualname=None, '
                'type=None, start=1, boundary=None)')

    def __new__(cls, value):
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for name, unhashable in cls._unhashable_values_map_.items():
                if value in unhashable:
                    return cls[name]
            for candidate in cls._member_map_.values():
                if candidate._value_ == value:
                    return candidate
        if not cls._member_map_:
            raise TypeError('%r has no members defined' % cls)
        try:
            problem = None
            result = cls._missing_(value)
        except Exception as exc:
            problem = exc
            result = None
        try:
            if isinstance(result, cls):
                return result
            if (Flag is not None and issubclass(cls, Flag)
                    and cls._boundary_ is EJECT and isinstance(result, int)):
                return result
            invalid = ValueError('%r is not a valid %s'
                                 % (value, cls.__qualname__))
            if result is None and problem is None:
                raise invalid
            if problem is None:
                problem = TypeError('error in %s._missing_: returned %r instead '
                                    'of None or a valid member'
                                    % (cls.__name__, result))
            if not isinstance(problem, ValueError):
                problem.__context__ = invalid
            raise problem
        finally:
            problem = None
            invalid = None

    def __init__(self, *args, **kwds):
        pass

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
            highest = sorted(last_values).pop()
        except TypeError:
            raise TypeError('unable to sort non-numeric values') from None
        try:
            return highest + 1
        except TypeError:
            raise TypeError('unable to increment %r' % (highest,)) from None

    @classmethod
    def _missing_(cls, value):
        return None

    def _add_alias_(self, name):
        """Make name another name of this member."""
        self.__class__._add_member_(name, self)

    def _add_value_alias_(self, value):
        """Make value another value looking this member up."""
        cls = self.__class__
        try:
            bound = cls._value2member_map_.get(value)
        except TypeError:
            bound = None
            for other in cls._member_map_.values():
                if other._value_ == value:
                    bound = other
                    break
        if bound is not None:
            if bound is not self:
                raise ValueError('%r is already bound: %r' % (value, bound))
            return
        try:
            cls._value2member_map_.setdefault(value, self)
            cls._hashable_values_.append(value)
        except TypeError:
            cls._unhashable_values_.append(value)
            cls._unhashable_values_map_.setdefault(self.name, []).append(value)

    def __repr__(self):
        shown = self.__class__._value_repr_ or repr
        return '<%s.%s: %s>' % (self.__class__.__name__, self._name_,
                                shown(self._value_))

    def __str__(self):
        return '%s.%s' % (self.__class__.__name__, self._name_)

    def __dir__(self):
        if self._member_type_ is object:
            shown = set(['__class__', '__doc__', '__eq__', '__hash__',
                         '__module__', 'name', 'value'])
        else:
            shown = set(object.__dir__(self))
        for name in getattr(self, '__dict__', []):
            if name[0] != '_' and name not in self._member_map_:
                shown.add(name)
        for cls in self.__class__.mro():
            for name, obj in cls.__dict__.items():
                if name[0] == '_':
                    continue
                if isinstance(obj, property):
                    if obj.fget is not None or name not in self._member_map_:
                        shown.add(name)
                    else:
                        shown.discard(name)
                elif name not in self._member_map_:
                    shown.add(name)
        return sorted(set(['__class__', '__doc__', '__eq__', '__hash__',
                           '__module__']) | shown)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __deepcopy__(self, memo):
        return self

    def __copy__(self):
        return self

    @property
    def name(self):
        """The name of the Enum member."""
        return self._name_

    @property
    def value(self):
        """The value of the Enum member."""
        return self._value_


class ReprEnum(Enum):
    """Base of enumerations mixed with a data type whose str() and format()
    the members keep (only repr() is the enumeration's)."""


class IntEnum(int, ReprEnum):
    """An enumeration whose members are ints."""


class StrEnum(str, ReprEnum):
    """An enumeration whose members are strs."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError('%r is not a string' % (values[0],))
        if len(values) >= 2 and not isinstance(values[1], str):
            raise TypeError('encoding must be a string, not %r' % (values[1],))
        if len(values) == 3 and not isinstance(values[2], str):
            raise TypeError('errors must be a string, not %r' % (values[2]))
        text = str(*values)
        made = str.__new__(cls, text)
        made._value_ = text
        return made

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        """The member's name, lower-cased."""
        return name.lower()


def pickle_by_global_name(self, proto):
    # The member is a global of its module.
    return self.name


_reduce_ex_by_global_name = pickle_by_global_name


def pickle_by_enum_name(self, proto):
    # Looked up by name on its class.
    return getattr, (self.__class__, self._name_)


class FlagBoundary(StrEnum):
    """What a Flag does with bits no member has: STRICT raises ValueError
    (Flag's default), CONFORM drops them, EJECT returns a plain int, KEEP
    keeps them in the member (IntFlag's default)."""
    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT, CONFORM, EJECT, KEEP = FlagBoundary


class Flag(Enum, boundary=STRICT):
    """An enumeration whose members combine with |, & and ^ and invert
    with ~."""

    _numeric_repr_ = repr

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        """The next power of two above the highest value so far (start, or 1,
        for the first member)."""
        if not count:
            return start if start is not None else 1
        highest = max(last_values)
        try:
            top = _high_bit(highest)
        except Exception:
            raise TypeError('invalid flag value %r' % highest) from None
        return 2 ** (top + 1)

    @classmethod
    def _iter_member_by_value_(cls, value):
        for bit in _bits_low_first(value & cls._flag_mask_):
            yield cls._value2member_map_.get(bit)

    _iter_member_ = _iter_member_by_value_

    @classmethod
    def _iter_member_by_def_(cls, value):
        yield from sorted(cls._iter_member_by_value_(value),
                          key=lambda m: m._sort_order_)

    @classmethod
    def _missing_(cls, value):
        """Make (and keep) the member for a combination of flags, as the
        boundary allows."""
        if not isinstance(value, int):
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        flag_mask = cls._flag_mask_
        singles = cls._singles_mask_
        all_bits = cls._all_bits_
        negative = None
        if not ~all_bits <= value <= all_bits or value & (all_bits ^ flag_mask):
            boundary = cls._boundary_
            if boundary is STRICT:
                width = max(value.bit_length(), flag_mask.bit_length())
                raise ValueError('%r invalid value %r\n    given %s\n  allowed %s'
                                 % (cls, value, bin(value, width),
                                    bin(flag_mask, width)))
            if boundary is CONFORM:
                value = value & flag_mask
            elif boundary is EJECT:
                return value
            elif boundary is KEEP:
                if value < 0:
                    value = max(all_bits + 1, 2 ** value.bit_length()) + value
            else:
                raise ValueError('%r unknown flag boundary %r'
                                 % (cls, cls._boundary_))
        if value < 0:
            negative = value
            value = all_bits + 1 + value
        unknown = value & ~flag_mask
        aliases = value & ~singles
        known = value & singles
        if unknown and cls._boundary_ is not KEEP:
            raise ValueError('%s(%r) -->  unknown values %r [%s]'
                             % (cls.__name__, value, unknown, bin(unknown)))
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        if not hasattr(pseudo, '_value_'):
            pseudo._value_ = value
        if known or aliases:
            parts = []
            covered = 0
            for m in cls._iter_member_(known):
                parts.append(m)
                covered |= m._value_
            if aliases:
                value = known | aliases
                for other in cls._member_map_.values():
                    if (other not in parts and other._value_
                            and other._value_ & value == other._value_):
                        parts.append(other)
                        covered |= other._value_
            unknown = value ^ covered
            pseudo._name_ = '|'.join([m._name_ for m in parts])
            if not covered:
                pseudo._name_ = None
            elif unknown and cls._boundary_ is STRICT:
                raise ValueError('%r: no members with value %r' % (cls, unknown))
            elif unknown:
                pseudo._name_ += '|%s' % cls._numeric_repr_(unknown)
        else:
            pseudo._name_ = None
        pseudo = cls._value2member_map_.setdefault(value, pseudo)
        if negative is not None:
            cls._value2member_map_[negative] = pseudo
        return pseudo

    def __contains__(self, other):
        """Whether other's flags are all in self."""
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__,
                               self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        """The members of the flags set in self."""
        yield from self._iter_member_(self._value_)

    def __len__(self):
        return self._value_.bit_count()

    def __repr__(self):
        name = self.__class__.__name__
        shown = self.__class__._value_repr_ or repr
        if self._name_ is None:
            return '<%s: %s>' % (name, shown(self._value_))
        return '<%s.%s: %s>' % (name, self._name_, shown(self._value_))

    def __str__(self):
        name = self.__class__.__name__
        if self._name_ is None:
            return '%s(%r)' % (name, self._value_)
        return '%s.%s' % (name, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def _get_value(self, flag):
        if isinstance(flag, self.__class__):
            return flag._value_
        if self._member_type_ is not object and isinstance(flag, self._member_type_):
            return flag
        return NotImplemented

    def _combine(self, other, op, symbol):
        other_value = self._get_value(other)
        if other_value is NotImplemented:
            return NotImplemented
        for flag in (self, other):
            if self._get_value(flag) is None:
                raise TypeError(f"'{flag}' cannot be combined with other "
                                f"flags with {symbol}")
        return self.__class__(op(self._value_, other_value))

    def __or__(self, other):
        return self._combine(other, int.__or__, '|')

    def __and__(self, other):
        return self._combine(other, int.__and__, '&')

    def __xor__(self, other):
        return self._combine(other, int.__xor__, '^')

    def __invert__(self):
        if self._get_value(self) is None:
            raise TypeError(f"'{self}' cannot be inverted")
        if self._inverted_ is None:
            if self._boundary_ in (EJECT, KEEP):
                self._inverted_ = self.__class__(~self._value_)
            else:
                self._inverted_ = self.__class__(self._singles_mask_
                                                 & ~self._value_)
        return self._inverted_

    __rand__ = __and__
    __ror__ = __or__
    __rxor__ = __xor__


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """A Flag whose members are ints."""


def unique(enumeration):
    """Refuse (ValueError) an enumeration with aliases; returns it."""
    aliases = [(name, m.name) for name, m in enumeration.__members__.items()
               if name != m.name]
    if aliases:
        details = ', '.join('%s -> %s' % pair for pair in aliases)
        raise ValueError('duplicate values found in %r: %s'
                         % (enumeration, details))
    return enumeration


def global_enum_repr(self):
    """repr() of a global member: module.NAME (last part of the module
    name)."""
    module = self.__class__.__module__.split('.')[-1]
    return '%s.%s' % (module, self._name_)


def global_flag_repr(self):
    """repr() of a global flag: module.NAME for each flag set."""
    module = self.__class__.__module__.split('.')[-1]
    cls_name = self.__class__.__name__
    if self._name_ is None:
        return '%s.%s(%r)' % (module, cls_name, self._value_)
    if _is_single_bit(self._value_):
        return '%s.%s' % (module, self._name_)
    if self._boundary_ is not FlagBoundary.KEEP:
        return '|'.join('%s.%s' % (module, n) for n in self.name.split('|'))
    return '|'.join(n if n[0].isdigit() else '%s.%s' % (module, n)
                    for n in self._name_.split('|'))


def global_str(self):
    """str() of a global member: its bare name."""
    if self._name_ is None:
        return '%s(%r)' % (self.__class__.__name__, self._value_)
    return self._name_


def global_enum(cls, update_str=False):
    """Make the members globals of the enumeration's module, shown as
    such by repr() (and str(), unless a ReprEnum or update_str)."""
    if issubclass(cls, Flag):
        cls.__repr__ = global_flag_repr
    else:
        cls.__repr__ = global_enum_repr
    if not issubclass(cls, ReprEnum) or update_str:
        cls.__str__ = global_str
    sys.modules[cls.__module__].__dict__.update(cls.__members__)
    return cls


class EnumCheck(StrEnum):
    """The properties verify() can require."""
    CONTINUOUS = "no skipped integer values"
    NAMED_FLAGS = "multi-flag aliases may not contain unnamed flags"
    UNIQUE = "one name per value"


CONTINUOUS, NAMED_FLAGS, UNIQUE = EnumCheck


class verify:
    """Class decorator checking the EnumCheck conditions given."""

    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        name = enumeration.__name__
        if Flag is not None and issubclass(enumeration, Flag):
            kind = 'flag'
        elif issubclass(enumeration, Enum):
            kind = 'enum'
        else:
            raise TypeError("the 'verify' decorator only works with Enum and Flag")
        for check in self.checks:
            if check is UNIQUE:
                aliases = [(alias, m.name) for alias, m
                           in enumeration.__members__.items() if alias != m.name]
                if aliases:
                    details = ', '.join('%s -> %s' % pair for pair in aliases)
                    raise ValueError('aliases found in %r: %s'
                                     % (enumeration, details))
            elif check is CONTINUOUS:
                values = set(e.value for e in enumeration)
                if len(values) < 2:
                    continue
                low, high = min(values), max(values)
                if kind == 'flag':
                    missing = [2 ** i for i in range(_high_bit(low) + 1, _high_bit(high))
                               if 2 ** i not in values]
                else:
                    missing = [i for i in range(low + 1, high) if i not in values]
                if missing:
                    raise ValueError(('invalid %s %r: missing values %s' % (
                        kind, name, ', '.join(str(m) for m in missing)))[:256])
            elif check is NAMED_FLAGS:
                canonical = enumeration._member_names_
                values = [m.value for m in enumeration]
                lacking = []
                lacking_bits = 0
                for alias, m in enumeration._member_map_.items():
                    if alias in canonical or m.value < 0:
                        continue
                    missed = [v for v in _bits_low_first(m.value) if v not in values]
                    if missed:
                        lacking.append(alias)
                        for bit in missed:
                            lacking_bits |= bit
                if lacking:
                    if len(lacking) == 1:
                        what = 'alias %s is missing' % lacking[0]
                    else:
                        what = 'aliases %s and %s are missing' % (
                            ', '.join(lacking[:-1]), lacking[-1])
                    if _is_single_bit(lacking_bits):
                        amount = 'value 0x%x' % lacking_bits
                    else:
                        amount = 'combined values of 0x%x' % lacking_bits
                    raise ValueError('invalid Flag %r: %s %s [use '
                                     'enum.show_flag_values(value) for details]'
                                     % (name, what, amount))
        return enumeration


def _simple_enum(etype=Enum, *, boundary=None, use_args=None):
    """Make the decorated plain class an enumeration of etype (its
    attributes, other than descriptors and dunders, become members)."""
    def convert(cls):
        body = {}
        for key, value in cls.__dict__.items():
            if key in ('__dict__', '__weakref__'):
                continue
            body[key] = value
        namespace = EnumType.__prepare__(cls.__name__, (etype,))
        for key, value in body.items():
            namespace[key] = value
        return EnumType(cls.__name__, (etype,), namespace, boundary=boundary)
    return convert
