"""Look inside live objects: modules, classes, functions, frames, tracebacks
and code.

The is*() predicates say what kind of object something is; getmembers()
lists an object's attributes; getsource() and friends find its source text;
signature() describes how a callable is called (Signature, Parameter,
BoundArguments); stack(), currentframe() and getframeinfo() read the call
stack.
"""

__author__ = ('Ka-Ping Yee <ping@lfw.org>', 'Yury Selivanov <yselivanov@sprymix.com>')

__all__ = [
    "AGEN_CLOSED", "AGEN_CREATED", "AGEN_RUNNING", "AGEN_SUSPENDED",
    "ArgInfo", "Arguments", "Attribute", "BlockFinder", "BoundArguments", "BufferFlags",
    "CORO_CLOSED", "CORO_CREATED", "CORO_RUNNING", "CORO_SUSPENDED",
    "CO_ASYNC_GENERATOR", "CO_COROUTINE", "CO_GENERATOR", "CO_ITERABLE_COROUTINE",
    "CO_NESTED", "CO_NEWLOCALS", "CO_NOFREE", "CO_OPTIMIZED", "CO_VARARGS",
    "CO_VARKEYWORDS", "ClassFoundException", "ClosureVars", "EndOfBlock",
    "FrameInfo", "FullArgSpec", "GEN_CLOSED", "GEN_CREATED", "GEN_RUNNING",
    "GEN_SUSPENDED", "Parameter", "Signature", "TPFLAGS_IS_ABSTRACT", "Traceback",
    "classify_class_attrs", "cleandoc", "currentframe", "findsource",
    "formatannotation", "formatannotationrelativeto", "formatargvalues",
    "get_annotations", "getabsfile", "getargs", "getargvalues", "getasyncgenlocals",
    "getasyncgenstate", "getattr_static", "getblock", "getcallargs",
    "getclasstree", "getclosurevars", "getcomments", "getcoroutinelocals",
    "getcoroutinestate", "getdoc", "getfile", "getframeinfo", "getfullargspec",
    "getgeneratorlocals", "getgeneratorstate", "getinnerframes", "getlineno",
    "getmembers", "getmembers_static", "getmodule", "getmodulename", "getmro",
    "getouterframes", "getsource", "getsourcefile", "getsourcelines", "indentsize",
    "isabstract", "isasyncgen", "isasyncgenfunction", "isawaitable", "isbuiltin",
    "isclass", "iscode", "iscoroutine", "iscoroutinefunction", "isdatadescriptor",
    "isframe", "isfunction", "isgenerator", "isgeneratorfunction",
    "isgetsetdescriptor", "ismemberdescriptor", "ismethod", "ismethoddescriptor",
    "ismethodwrapper", "ismodule", "isroutine", "istraceback",
    "markcoroutinefunction", "signature", "stack", "trace", "unwrap", "walktree",
]

import abc, ast, builtins, dis, enum, functools, itertools, linecache, os, re, sys, types
import collections, collections.abc
import importlib, importlib.machinery
import token, tokenize
from collections import OrderedDict, namedtuple
from keyword import iskeyword
from operator import attrgetter
from weakref import ref as make_weakref

# CO_GENERATOR and friends: the code flags, named after dis's table of them.
globals().update({'CO_' + word: bit for bit, word in dis.COMPILER_FLAG_NAMES.items()})

TPFLAGS_IS_ABSTRACT = 1 << 20


class BufferFlags(enum.IntFlag):
    # The PyBUF_* request flags of the buffer protocol.
    SIMPLE = 0
    WRITABLE = 0x1
    FORMAT = 0x4
    ND = 0x8
    STRIDES = 0x18
    C_CONTIGUOUS = 0x38
    F_CONTIGUOUS = 0x58
    ANY_CONTIGUOUS = 0x98
    INDIRECT = 0x118
    CONTIG = 0x9
    CONTIG_RO = 0x8
    STRIDED = 0x19
    STRIDED_RO = 0x18
    RECORDS = 0x1d
    RECORDS_RO = 0x1c
    FULL = 0x11d
    FULL_RO = 0x11c
    READ = 0x100
    WRITE = 0x200


# ---------------------------------------------------------------- annotations

def _innermost(f):
    """f with __wrapped__ chains and partials peeled off."""
    while True:
        if hasattr(f, '__wrapped__'):
            f = f.__wrapped__
        elif isinstance(f, functools.partial):
            f = f.func
        else:
            return f


def _annotation_sources(obj):
    """(the annotations obj declares itself, its default globals and locals
    for evaluating them, the callable or class whose innermost wrapped
    function may supply better globals, or None)."""
    if isclass(obj):
        declared = obj.__dict__.get('__annotations__')
        if isinstance(declared, types.GetSetDescriptorType):
            declared = None     # type's own descriptor, inherited: none declared
        home = sys.modules.get(getattr(obj, '__module__', None))
        return declared, getattr(home, '__dict__', None), dict(vars(obj)), obj
    if ismodule(obj):
        return getattr(obj, '__annotations__', None), obj.__dict__, None, None
    if callable(obj):
        return getattr(obj, '__annotations__', None), getattr(obj, '__globals__', None), None, obj
    raise TypeError(f"{obj!r} is not a module, class, or callable.")


def get_annotations(obj, *, globals=None, locals=None, eval_str=False):
    """A new dict of the annotations a class, module or callable declares
    itself (a class's bases don't count); with eval_str, string annotations
    are evaluated in the object's namespaces (or the ones given)."""
    found, own_globals, own_locals, code_owner = _annotation_sources(obj)
    if found is None:
        return {}
    if not isinstance(found, dict):
        raise ValueError(f"{obj!r}.__annotations__ is neither a dict nor None")
    if not (found and eval_str):
        return dict(found)
    if code_owner is not None:
        # A wrapper's strings were written where the wrapped function lives.
        own_globals = getattr(_innermost(code_owner), '__globals__', own_globals)
    scope_globals = own_globals if globals is None else globals
    scope_locals = (own_locals or {}) if locals is None else locals
    type_params = getattr(obj, '__type_params__', ())
    if type_params:
        scope_locals = {tp.__name__: tp for tp in type_params} | scope_locals
    return {name: eval(note, scope_globals, scope_locals) if isinstance(note, str) else note
            for name, note in found.items()}


# ---------------------------------------------------------------- predicates

def _type_test(name, kind, what):
    def test(object):
        return isinstance(object, kind)
    test.__name__ = test.__qualname__ = name
    test.__doc__ = 'Whether object is %s.' % what
    return test


# The predicates that are a plain type check.
for _name, _kind, _what in (
        ('ismodule', types.ModuleType, 'a module'),
        ('isclass', type, 'a class'),
        ('ismethod', types.MethodType, 'a bound method'),
        ('isfunction', types.FunctionType, 'a Python function (def or lambda)'),
        ('ismemberdescriptor', types.MemberDescriptorType, 'a member descriptor (of __slots__)'),
        ('isgetsetdescriptor', types.GetSetDescriptorType, 'a getset descriptor'),
        ('isgenerator', types.GeneratorType, 'a generator'),
        ('iscoroutine', types.CoroutineType, 'a coroutine'),
        ('isasyncgen', types.AsyncGeneratorType, 'an asynchronous generator'),
        ('istraceback', types.TracebackType, 'a traceback'),
        ('isframe', types.FrameType, 'a frame'),
        ('iscode', types.CodeType, 'a code object'),
        ('isbuiltin', types.BuiltinFunctionType, 'a built-in function or method'),
        ('ismethodwrapper', types.MethodWrapperType, 'a method-wrapper (a bound slot wrapper)')):
    globals()[_name] = _type_test(_name, _kind, _what)
del _name, _kind, _what


def _descriptor_hooks(object):
    """Which of __get__, __set__, __delete__ object's type has; None for
    classes, functions, bound methods and partials, which the descriptor
    predicates never report though their types have __get__."""
    if isinstance(object, (type, types.MethodType, types.FunctionType, functools.partial)):
        return None
    kind = type(object)
    return {hook for hook in ('__get__', '__set__', '__delete__') if hasattr(kind, hook)}


def ismethoddescriptor(object):
    """Whether object is a descriptor with __get__ only (int.__add__, say),
    other than a class, function or bound method."""
    return _descriptor_hooks(object) == {'__get__'}


def isdatadescriptor(object):
    """Whether object is a data descriptor (its type has __set__ or
    __delete__): properties, getsets and members."""
    hooks = _descriptor_hooks(object)
    return bool(hooks and hooks - {'__get__'})


def _peel(f):
    """The callable inside any bound methods and then partials around f."""
    while isinstance(f, types.MethodType):
        f = f.__func__
    while isinstance(f, functools.partial):
        f = f.func
    return f


def _code_flags(f):
    """co_flags of the function behind f (through partialmethods, bound
    methods and partials), or 0 when there is no such function."""
    inner = _peel(functools._unwrap_partialmethod(f))
    if isfunction(inner) or _quacks_like_function(inner):
        return inner.__code__.co_flags
    return 0


def isgeneratorfunction(obj):
    """Whether obj is a generator function."""
    return bool(_code_flags(obj) & CO_GENERATOR)


def isasyncgenfunction(obj):
    """Whether obj is an asynchronous generator function."""
    return bool(_code_flags(obj) & CO_ASYNC_GENERATOR)


# markcoroutinefunction() stores this in the function's _is_coroutine_marker.
_COROUTINE_MARK = object()


def markcoroutinefunction(func):
    """Decorator: make iscoroutinefunction() true for func (a plain function
    that returns an awaitable)."""
    target = getattr(func, '__func__', func)
    target._is_coroutine_marker = _COROUTINE_MARK
    return target


def iscoroutinefunction(obj):
    """Whether obj is a coroutine function (async def, or marked with
    markcoroutinefunction)."""
    if _code_flags(obj) & CO_COROUTINE:
        return True
    return getattr(_peel(obj), '_is_coroutine_marker', None) is _COROUTINE_MARK


def isawaitable(object):
    """Whether object can be awaited."""
    if isinstance(object, (types.CoroutineType, collections.abc.Awaitable)):
        return True
    # A generator made awaitable by types.coroutine.
    return isinstance(object, types.GeneratorType) and bool(object.gi_code.co_flags & CO_ITERABLE_COROUTINE)


def isroutine(object):
    """Whether object is a function or method of any kind."""
    return any(test(object) for test in (isbuiltin, isfunction, ismethod,
                                         ismethoddescriptor, ismethodwrapper))


def isabstract(object):
    """Whether object is an abstract class (one with abstract methods)."""
    if not isclass(object):
        return False
    if TPFLAGS_IS_ABSTRACT & object.__flags__:
        return True
    if not issubclass(type(object), abc.ABCMeta) or hasattr(object, '__abstractmethods__'):
        return False
    # Still being built (asked from __init_subclass__): look at what it has.
    def abstract(value):
        return getattr(value, '__isabstractmethod__', False)
    if any(abstract(value) for value in object.__dict__.values()):
        return True
    return any(abstract(getattr(object, name, None))
               for base in object.__bases__
               for name in getattr(base, '__abstractmethods__', ()))


# ---------------------------------------------------------------- members

def _dynamic_attribute_names(classes, readable_only=False):
    """Names of the DynamicClassAttributes in classes' own dicts (dir() of a
    class leaves them out); readable_only keeps those with a getter."""
    return [name for klass in classes for name, value in klass.__dict__.items()
            if isinstance(value, types.DynamicClassAttribute)
            and (value.fget is not None or not readable_only)]


def _member_value(obj, name, getter, class_dicts_first, classes):
    """obj's attribute name through getter, falling back to the raw value
    in the first of classes that has it; _sentinel when there is none."""
    try:
        value = getter(obj, name)
    except AttributeError:
        class_dicts_first = True
    if not class_dicts_first:
        return value
    for klass in classes:
        if name in klass.__dict__:
            return klass.__dict__[name]
    return _sentinel


def _getmembers(object, predicate, getter):
    listed = dir(object)
    classes = ()
    if isclass(object):
        classes = getmro(object)
        try:
            listed += _dynamic_attribute_names(object.__bases__)
        except AttributeError:
            pass
    members = []
    done = set()
    for name in listed:
        # A name listed twice gets its raw class-dict value the second time.
        value = _member_value(object, name, getter, name in done, classes)
        if value is _sentinel:
            continue
        done.add(name)
        if predicate and not predicate(value):
            continue
        members.append((name, value))
    members.sort(key=lambda member: member[0])
    return members


def getmembers(object, predicate=None):
    """(name, value) for every attribute of object, sorted by name; with a
    predicate, only the values it is true for."""
    return _getmembers(object, predicate, getattr)


def getmembers_static(object, predicate=None):
    """getmembers() without running descriptors or __getattr__ (see
    getattr_static)."""
    return _getmembers(object, predicate, getattr_static)


Attribute = namedtuple('Attribute', 'name kind defining_class object')

# How a raw class-dict value classifies an attribute (first match wins).
_ATTRIBUTE_KINDS = (((staticmethod, types.BuiltinMethodType), 'static method'),
                    ((classmethod, types.ClassMethodDescriptorType), 'class method'),
                    (property, 'property'))


def _defined_in(cls, name, value, classes, metas):
    """The last of classes whose attribute name is value, or failing that the
    last metaclass whose __getattr__ gives value; None if none does."""
    home = None
    for klass in classes:
        if getattr(klass, name, None) is value:
            home = klass
    for meta in metas:
        try:
            if meta.__getattr__(cls, name) is value:
                home = meta
        except AttributeError:
            pass
    return home


def _found_by_getattr(cls, name, classes, metas):
    """(getattr(cls, name), the class it comes from), or (None, None)."""
    if name == '__dict__':
        return None, None           # cls.__dict__ is only a proxy of the real one
    try:
        value = getattr(cls, name)
    except Exception:
        return None, None
    home = getattr(value, '__objclass__', None)
    if home not in classes:
        home = _defined_in(cls, name, value, classes, metas)
    return value, home


def classify_class_attrs(cls):
    """Attribute(name, kind, defining_class, object) for each attribute of
    cls, kind being 'class method', 'static method', 'property', 'method'
    or 'data'."""
    ancestry = getmro(cls)
    metas = tuple(meta for meta in getmro(type(cls)) if meta not in (type, object))
    classes = (cls,) + ancestry
    found = []
    done = set()
    for name in dir(cls) + _dynamic_attribute_names(ancestry, readable_only=True):
        got, home = (None, None) if name in done else _found_by_getattr(cls, name, classes, metas)
        raw = None
        for klass in classes + metas:
            if name in klass.__dict__:
                raw = klass.__dict__[name]
                if home not in metas:
                    home = klass
                break
        if home is None:
            continue        # nowhere to be found (a lying __dir__)
        for kinds, word in _ATTRIBUTE_KINDS:
            if isinstance(raw, kinds):
                value = raw
                break
        else:
            value = raw if got is None else got
            word = 'method' if isroutine(value) else 'data'
        found.append(Attribute(name, word, home, value))
        done.add(name)
    return found


def getmro(cls):
    """cls.__mro__: the classes searched for its attributes, cls first."""
    return cls.__mro__


def unwrap(func, *, stop=None):
    """The end of func's chain of __wrapped__ attributes (or the first
    object in it that stop() is true for). A cycle is a ValueError."""
    current = func
    # Objects kept alive (not just their ids) so that ids are not reused.
    visited = {id(current): current}
    limit = sys.getrecursionlimit()
    while not isinstance(current, type) and hasattr(current, '__wrapped__'):
        if stop is not None and stop(current):
            break
        current = current.__wrapped__
        if id(current) in visited or len(visited) >= limit:
            raise ValueError('wrapper loop when unwrapping {!r}'.format(func))
        visited[id(current)] = current
    return current


# ---------------------------------------------------------------- docs

def indentsize(line):
    """The width of line's leading whitespace once tabs are expanded."""
    text = line.expandtabs()
    return len(text) - len(text.lstrip())


def _owning_class(func):
    """The class whose body defined func, found by following its
    __qualname__ from its module, or None."""
    holder = sys.modules.get(func.__module__)
    if holder is None:
        return None
    for part in func.__qualname__.split('.')[:-1]:
        holder = getattr(holder, part)
    return holder if isclass(holder) else None


def _registered(home, name, obj):
    """(home, name) when home really has obj under name, else None."""
    if home is not None and getattr(home, name) is obj:
        return home, name
    return None


def _method_home(method):
    name = method.__func__.__name__
    bound_to = method.__self__
    # A classmethod reached through its class is looked up on that class.
    if isclass(bound_to) and getattr(getattr(bound_to, name, None), '__func__') is method.__func__:
        return bound_to, name
    return bound_to.__class__, name


def _builtin_home(func):
    name = func.__name__
    bound_to = func.__self__
    if isclass(bound_to) and func.__qualname__ == '%s.%s' % (bound_to.__qualname__, name):
        return bound_to, name
    return bound_to.__class__, name


def _property_home(prop):
    name = getattr(prop, '__name__', None) or getattr(prop.fget, '__name__', None)
    return _registered(_owning_class(prop.fget), name, prop)


def _descriptor_home(desc):
    name = getattr(desc, '__name__', None)
    home = getattr(desc, '__objclass__', None)
    if home is None or getattr(home, name, None) is not desc:
        return None
    # A __slots__ dict gives its members' docs.
    slots = getattr(home, '__slots__', None) if ismemberdescriptor(desc) else None
    if isinstance(slots, dict) and name in slots:
        return 'doc', slots[name]
    return home, name


# Where an object without a docstring may inherit one from: (test, finder)
# pairs, first match wins; the finder gives (class, attribute name) to look
# up along the class's MRO, ('doc', text), or None.
_DOC_HOMES = (
    (ismethod, _method_home),
    (isfunction, lambda func: _registered(_owning_class(func), func.__name__, func)),
    (isbuiltin, _builtin_home),
    (lambda obj: isinstance(obj, property), _property_home),
    (lambda obj: ismethoddescriptor(obj) or isdatadescriptor(obj), _descriptor_home),
    (lambda obj: isinstance(obj, functools.cached_property),
     lambda prop: _registered(_owning_class(prop.func), prop.attrname, prop)),
)


def _finddoc(obj):
    """The docstring obj inherits (from a base class, or for a method the
    same method of a base class), or None."""
    if isclass(obj):
        inherited = (getattr(base, '__doc__', None) for base in obj.__mro__ if base is not object)
        return next((doc for doc in inherited if doc is not None), None)
    finder = next((find for test, find in _DOC_HOMES if test(obj)), None)
    where = finder(obj) if finder is not None else None
    if where is None:
        return None
    home, name = where
    if isinstance(home, str):
        return name         # ('doc', text)
    for base in home.__mro__:
        attr = getattr(base, name, _void)
        text = None if attr is _void else getattr(attr, '__doc__', None)
        if text is not None:
            return text
    return None


def _inherited_doc(obj):
    try:
        return _finddoc(obj)
    except (AttributeError, TypeError):
        return None


def getdoc(object):
    """object's docstring cleaned up by cleandoc(), or the one it inherits
    when it has none; None when there is none at all."""
    doc = getattr(object, '__doc__', None)
    if doc is None:
        doc = _inherited_doc(object)
    return cleandoc(doc) if isinstance(doc, str) else None


def cleandoc(doc):
    """A docstring without the indentation its lines (other than the first)
    share, tabs expanded, and without blank lines at either end."""
    first, *rest = doc.expandtabs().split('\n')
    widths = [len(line) - len(line.lstrip(' ')) for line in rest if line.lstrip(' ')]
    margin = min(widths, default=0)
    lines = [first.lstrip(' ')] + [line[margin:] for line in rest]
    top, bottom = 0, len(lines)
    while bottom > top and not lines[bottom - 1]:
        bottom -= 1
    while top < bottom and not lines[top]:
        top += 1
    return '\n'.join(lines[top:bottom])


# ---------------------------------------------------------------- source

def _code_of(object):
    """The code object behind a method, function, traceback, frame or code
    object, else None."""
    for test, step in ((ismethod, '__func__'), (isfunction, '__code__'),
                       (istraceback, 'tb_frame'), (isframe, 'f_code')):
        if test(object):
            object = getattr(object, step)
    return object if iscode(object) else None


def getfile(object):
    """The name of the file object (a module, class, method, function,
    traceback, frame or code object) was defined in."""
    if ismodule(object):
        if not getattr(object, '__file__', None):
            raise TypeError('{!r} is a built-in module'.format(object))
        return object.__file__
    if isclass(object):
        modname = getattr(object, '__module__', _void)
        if modname is not _void:
            path = getattr(sys.modules.get(modname), '__file__', None)
            if path:
                return path
            if modname == '__main__':
                raise OSError('source code not available')
        raise TypeError('{!r} is a built-in class'.format(object))
    code = _code_of(object)
    if code is None:
        raise TypeError('module, class, method, function, traceback, frame, or '
                        'code object was expected, got {}'.format(type(object).__name__))
    return code.co_filename


def _machinery_suffixes(*names, default=()):
    machinery = importlib.machinery
    return [suffix for name in names for suffix in getattr(machinery, name, default)]


def getmodulename(path):
    """The name a file would be imported by (its base name less a module
    suffix such as .py), or None."""
    base = os.path.basename(path)
    if hasattr(importlib.machinery, 'all_suffixes'):
        known = importlib.machinery.all_suffixes()
    else:
        known = _machinery_suffixes('SOURCE_SUFFIXES', 'BYTECODE_SUFFIXES', 'EXTENSION_SUFFIXES')
    for suffix in sorted(known, key=len, reverse=True):
        if base.endswith(suffix):
            return base[:-len(suffix)]
    return None


def getsourcefile(object):
    """The Python source file object comes from, or None when its source
    cannot be had (an extension module, say)."""
    path = getfile(object)
    compiled = _machinery_suffixes('DEBUG_BYTECODE_SUFFIXES', 'OPTIMIZED_BYTECODE_SUFFIXES',
                                   default=['.pyc'])
    if path.endswith(tuple(compiled)):
        path = os.path.splitext(path)[0] + _machinery_suffixes('SOURCE_SUFFIXES', default=['.py'])[0]
    elif path.endswith(tuple(_machinery_suffixes('EXTENSION_SUFFIXES')) + ('.fwork',)):
        return None
    if os.path.exists(path):
        return path
    # A file that isn't there still counts if a loader or linecache has it.
    module = getmodule(object, path)
    has_loader = (getattr(module, '__loader__', None) is not None
                  or getattr(getattr(module, '__spec__', None), 'loader', None) is not None)
    if has_loader or path in linecache.cache:
        return path
    return None


def getabsfile(object, _filename=None):
    """object's source (or else compiled) file as a normalised absolute
    path."""
    if _filename is None:
        _filename = getsourcefile(object) or getfile(object)
    return os.path.normcase(os.path.abspath(_filename))


# getmodule()'s caches: absolute file -> module name, and module name -> the
# __file__ it had when it was last entered in modulesbyfile.
modulesbyfile = {}
_filesbymodname = {}


def _index_module_files():
    for modname, module in list(sys.modules.items()):
        if not ismodule(module) or not hasattr(module, '__file__'):
            continue
        if _filesbymodname.get(modname) == module.__file__:
            continue
        _filesbymodname[modname] = module.__file__
        where = getabsfile(module)
        modulesbyfile[where] = modulesbyfile[os.path.realpath(where)] = module.__name__


def getmodule(object, _filename=None):
    """The module object was defined in, or None when that can't be told."""
    if ismodule(object):
        return object
    modname = getattr(object, '__module__', _void)
    if modname is not _void:
        return sys.modules.get(modname)
    cached = modulesbyfile.get(_filename) if _filename is not None else None
    if cached is not None:
        return sys.modules.get(cached)
    try:
        where = getabsfile(object, _filename)
    except (TypeError, FileNotFoundError):
        return None
    if where not in modulesbyfile:
        _index_module_files()
    if where in modulesbyfile:
        return sys.modules.get(modulesbyfile[where])
    # Last resorts: the object is a global of __main__, or a builtin.
    name = getattr(object, '__name__', _void)
    if name is _void:
        return None
    for candidate in (sys.modules['__main__'], sys.modules['builtins']):
        if getattr(candidate, name, _void) is object:
            return candidate
    return None


class ClassFoundException(Exception):
    pass


def findsource(object):
    """(every line of object's source file, the index of the line where
    object's definition starts); OSError when there is no source."""
    path = getsourcefile(object)
    if path:
        linecache.checkcache(path)
    else:
        path = getfile(object)
        # '<...>' names may still be in linecache (doctest puts them there).
        if not (path.startswith('<') and path.endswith('>')):
            raise OSError('source code not available')
    module = getmodule(object, path)
    lines = linecache.getlines(path, module.__dict__) if module else linecache.getlines(path)
    if not lines:
        raise OSError('could not get source code')
    if ismodule(object):
        return lines, 0
    if isclass(object):
        # The compiler records where a class statement (decorators included) starts.
        try:
            start = vars(object)['__firstlineno__']
        except (TypeError, KeyError):
            raise OSError('source code not available')
    else:
        code = _code_of(object)
        if code is None:
            raise OSError('could not find code object')
        start = getattr(code, 'co_firstlineno', None)
        if start is None:
            raise OSError('could not find function definition')
    if start - 1 >= len(lines):
        raise OSError('lineno is out of bounds')
    return lines, start - 1


def _comment_text(line):
    return line.expandtabs().lstrip()


def getcomments(object):
    """The comment lines just above object's definition (for a module, the
    first comment block of the file), or None."""
    try:
        lines, start = findsource(object)
    except (OSError, TypeError):
        return None
    if ismodule(object):
        row = 1 if lines and lines[0].startswith('#!') else 0
        while row < len(lines) and lines[row].strip() in ('', '#'):
            row += 1
        block = list(itertools.takewhile(lambda line: line.startswith('#'), lines[row:]))
        return ''.join(line.expandtabs() for line in block) if block else None
    if start <= 0:
        return None
    indent = indentsize(lines[start])
    block = []
    row = start - 1
    while row >= 0 and _comment_text(lines[row]).startswith('#') and indentsize(lines[row]) == indent:
        block.insert(0, _comment_text(lines[row]))
        row -= 1
    if not block:
        return None
    # Bare '#' lines at either end are not part of the comment.
    while block and block[0].strip() == '#':
        del block[0]
    while block and block[-1].strip() == '#':
        del block[-1]
    return ''.join(block)


class EndOfBlock(Exception): pass


class BlockFinder:
    """Fed the tokens of source starting at a def, class or lambda (or its
    decorators), raises EndOfBlock once the definition is over; last is the
    number of its last line."""

    def __init__(self):
        self.last, self._depth = 1, 0   # _depth: INDENTs seen minus DEDENTs
        self._stage = 'before'   # 'before' the keyword, in a 'decorator', or in the 'definition'
        self._lambda = False
        self._rest_of_line = False
        self._body_column = None

    def tokeneater(self, type, token, srowcol, erowcol, line):
        if self._stage == 'before':
            if token == '@':
                self._stage = 'decorator'
            elif token in ('def', 'class', 'lambda'):
                self._stage = 'definition'
                self._lambda = token == 'lambda'
            self._rest_of_line = True
        elif type == tokenize.NEWLINE:
            self._line_end(srowcol[0])
        elif not self._rest_of_line:
            self._HANDLERS.get(type, BlockFinder._other)(self, type, srowcol, erowcol)

    def _line_end(self, row):
        self._rest_of_line = False
        self.last = row
        if self._lambda:
            raise EndOfBlock        # a lambda is over at the end of its line
        if self._stage == 'decorator':
            self._stage = 'before'

    def _indent(self, type, start, end):
        if self._body_column is None and self._stage == 'definition':
            self._body_column = end[1]
        self._depth += 1
        self._rest_of_line = True

    def _dedent(self, type, start, end):
        self._depth -= 1
        if self._depth <= 0:
            raise EndOfBlock

    def _comment(self, type, start, end):
        # Comments indented like the body belong to it.
        if self._body_column is not None and start[1] >= self._body_column:
            self.last = start[0]

    def _other(self, type, start, end):
        if self._depth == 0 and type != tokenize.NL:
            raise EndOfBlock        # code back at the definition's own level

    _HANDLERS = {tokenize.INDENT: _indent, tokenize.DEDENT: _dedent, tokenize.COMMENT: _comment}


def getblock(lines):
    """The leading lines of lines that make up the definition they start
    with."""
    finder = BlockFinder()
    readline = iter(lines).__next__
    try:
        for tok in tokenize.generate_tokens(readline):
            finder.tokeneater(*tok)
    except (EndOfBlock, IndentationError):
        pass
    except SyntaxError as exc:
        # An unmatched bracket past the end of the block is not its problem.
        if 'unmatched' not in exc.msg:
            raise exc from None
    return lines[:finder.last]


def getsourcelines(object):
    """(object's source lines, the number of the first one); a module (or
    a module-level frame) gives all its lines and 0."""
    target = unwrap(object)
    lines, start = findsource(target)
    frame = target.tb_frame if istraceback(target) else target
    if ismodule(frame) or (isframe(frame) and frame.f_code.co_name == '<module>'):
        return lines, 0
    return getblock(lines[start:]), start + 1


def getsource(object):
    """object's source text; OSError when it can't be had."""
    return ''.join(getsourcelines(object)[0])


# ---------------------------------------------------------------- class trees

def walktree(classes, children, parent):
    """getclasstree()'s nesting for classes (sorted in place) and, below each,
    its subclasses in children."""
    classes.sort(key=attrgetter('__module__', '__name__'))
    tree = []
    for klass in classes:
        tree.append((klass, klass.__bases__))
        if klass in children:
            tree.append(walktree(children[klass], children, klass))
    return tree


def getclasstree(classes, unique=False):
    """The inheritance hierarchy of classes as nested lists: each entry is
    (class, its bases), followed by a list of its subclasses' entries when
    it has some. With unique, a class appears under one parent only."""
    below = {}
    roots = []
    for klass in classes:
        if not klass.__bases__:
            if klass not in roots:
                roots.append(klass)
            continue
        for base in klass.__bases__:
            kids = below.setdefault(base, [])
            if klass not in kids:
                kids.append(klass)
            if unique and base in classes:
                break
    roots += [base for base in below if base not in classes]
    return walktree(roots, below, None)


# ---------------------------------------------------------------- arguments

Arguments = namedtuple('Arguments', 'args, varargs, varkw')


def getargs(co):
    """Arguments(args, varargs, varkw) of a code object: the named
    parameters (keyword-only included), then the * and ** names or None."""
    if not iscode(co):
        raise TypeError('{!r} is not a code object'.format(co))
    local_names = co.co_varnames
    named = co.co_argcount + co.co_kwonlyargcount
    star = local_names[named] if co.co_flags & CO_VARARGS else None
    extra = named + (star is not None)
    star_star = local_names[extra] if co.co_flags & CO_VARKEYWORDS else None
    return Arguments(list(local_names[:named]), star, star_star)


FullArgSpec = namedtuple('FullArgSpec',
                         'args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, annotations')


def getfullargspec(func):
    """The FullArgSpec of a callable, read from its signature (a bound
    method keeps its first parameter)."""
    try:
        sig = _signature_from_callable(func, follow_wrapper_chains=False, skip_bound_arg=False,
                                       sigcls=Signature, eval_str=False)
    except Exception as ex:
        raise TypeError('unsupported callable') from ex
    params = list(sig.parameters.values())

    def names(*kinds):
        return [p.name for p in params if p.kind in kinds]

    def given(p):
        return p.default is not p.empty

    positional = names(_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD)
    defaults = tuple(p.default for p in params if p.kind <= _POSITIONAL_OR_KEYWORD and given(p))
    kw_defaults = {p.name: p.default for p in params if p.kind is _KEYWORD_ONLY and given(p)}
    star = (names(_VAR_POSITIONAL) or [None])[0]
    star_star = (names(_VAR_KEYWORD) or [None])[0]
    notes = {} if sig.return_annotation is sig.empty else {'return': sig.return_annotation}
    notes.update((p.name, p.annotation) for p in params if p.annotation is not p.empty)
    return FullArgSpec(positional, star, star_star, defaults or None,
                       names(_KEYWORD_ONLY), kw_defaults or None, notes)


ArgInfo = namedtuple('ArgInfo', 'args varargs keywords locals')


def getargvalues(frame):
    """ArgInfo(args, varargs, keywords, locals) of a frame."""
    return ArgInfo(*getargs(frame.f_code), frame.f_locals)


def formatannotation(annotation, base_module=None):
    """An annotation as text: classes by (qualified) name, typing
    constructs without their 'typing.' prefixes, anything else by repr."""
    home = getattr(annotation, '__module__', None)
    if home == 'typing':
        return re.sub(r'[\w\.]+', lambda m: m.group().removeprefix('typing.'), repr(annotation))
    if isinstance(annotation, types.GenericAlias):
        return str(annotation)
    if not isinstance(annotation, type):
        return repr(annotation)
    if home in ('builtins', base_module):
        return annotation.__qualname__
    return '%s.%s' % (home, annotation.__qualname__)


def formatannotationrelativeto(object):
    """formatannotation() leaving out the module of object."""
    home = getattr(object, '__module__', None)
    return lambda annotation: formatannotation(annotation, home)


def formatargvalues(args, varargs, varkw, locals,
                    formatarg=str,
                    formatvarargs=lambda name: '*' + name,
                    formatvarkw=lambda name: '**' + name,
                    formatvalue=lambda value: '=' + repr(value)):
    """getargvalues()'s result written as an argument list."""
    shown = [formatarg(name) + formatvalue(locals[name]) for name in args]
    for name, mark in ((varargs, formatvarargs), (varkw, formatvarkw)):
        if name:
            shown.append(mark(name) + formatvalue(locals[name]))
    return '(%s)' % ', '.join(shown)


def _missing_arguments(f_name, argnames, pos, values):
    absent = [repr(name) for name in argnames if name not in values]
    count = len(absent)
    listed = absent[0] if count == 1 else ', '.join(absent[:-1]) + ' and ' + absent[-1]
    raise TypeError("%s() missing %i required %s argument%s: %s" %
                    (f_name, count, "positional" if pos else "keyword-only",
                     "" if count == 1 else "s", listed))


def _too_many(f_name, args, kwonly, varargs, defcount, given, values):
    least = len(args) - defcount
    if varargs:
        expected, plural = "at least %d" % least, least != 1
    elif defcount:
        expected, plural = "from %d to %d" % (least, len(args)), True
    else:
        expected, plural = str(len(args)), len(args) != 1
    kw_given = sum(1 for name in kwonly if name in values)
    also = ''
    if kw_given:
        also = " positional argument%s (and %d keyword-only argument%s)" % (
            "s" if given != 1 else "", kw_given, "s" if kw_given != 1 else "")
    raise TypeError("%s() takes %s positional argument%s but %d%s %s given" %
                    (f_name, expected, "s" if plural else "", given, also,
                     "was" if given == 1 and not kw_given else "were"))


def getcallargs(func, /, *positional, **named):
    """The dict of parameter names to values that calling func with these
    arguments would bind (TypeError if the call would fail)."""
    args, varargs, varkw, defaults, kwonly, kw_defaults, _ = getfullargspec(func)
    name_of_func = func.__name__
    bound_to = func.__self__ if ismethod(func) else None
    if bound_to is not None:
        positional = (bound_to,) + positional
    defaults = defaults or ()
    given = len(positional)
    bound = dict(zip(args, positional))
    if varargs:
        bound[varargs] = positional[len(args):]
    if varkw:
        bound[varkw] = {}
    for key, value in named.items():
        if key in args or key in kwonly:
            if key in bound:
                raise TypeError("%s() got multiple values for argument %r" % (name_of_func, key))
            bound[key] = value
        elif varkw:
            bound[varkw][key] = value
        else:
            raise TypeError("%s() got an unexpected keyword argument %r" % (name_of_func, key))
    if given > len(args) and not varargs:
        _too_many(name_of_func, args, kwonly, varargs, len(defaults), given, bound)
    if given < len(args):
        required = args[:len(args) - len(defaults)]
        if any(key not in bound for key in required):
            _missing_arguments(name_of_func, required, True, bound)
        for key, default in zip(args[len(required):], defaults):
            bound.setdefault(key, default)
    kw_defaults = kw_defaults or {}
    unfilled = False
    for key in kwonly:
        if key in bound:
            pass
        elif key in kw_defaults:
            bound[key] = kw_defaults[key]
        else:
            unfilled = True
    if unfilled:
        _missing_arguments(name_of_func, kwonly, False, bound)
    return bound


ClosureVars = namedtuple('ClosureVars', 'nonlocals globals builtins unbound')


def getclosurevars(func):
    """ClosureVars(nonlocals, globals, builtins, unbound): the names a
    function's code refers to, split by where they are found."""
    fn = func.__func__ if ismethod(func) else func
    if not isfunction(fn):
        raise TypeError("{!r} is not a Python function".format(fn))
    co = fn.__code__
    nonlocal_vars = {name: cell.cell_contents
                     for name, cell in zip(co.co_freevars, fn.__closure__ or ())}
    module_ns = fn.__globals__
    builtin_ns = module_ns.get('__builtins__', builtins.__dict__)
    builtin_ns = vars(builtin_ns) if ismodule(builtin_ns) else builtin_ns
    attr_names, global_names = set(), set()
    for ins in dis.get_instructions(co):
        if ins.opname == 'LOAD_ATTR':
            attr_names.add(ins.argval)
        elif ins.opname == 'LOAD_GLOBAL':
            global_names.add(ins.argval)
    global_vars, builtin_vars = {}, {}
    for name in global_names:
        for namespace, into in ((module_ns, global_vars), (builtin_ns, builtin_vars)):
            if name in namespace:
                into[name] = namespace[name]
                break
        else:
            attr_names.add(name)
    return ClosureVars(nonlocal_vars, global_vars, builtin_vars, attr_names)


# ---------------------------------------------------------------- frames

def _with_positions(base, type_name):
    """A named-tuple subclass of base that also carries a positions
    attribute (a keyword-only constructor argument, not a field)."""
    def __new__(cls, *fields, positions=None):
        made = base.__new__(cls, *fields)
        made.positions = positions
        return made

    def __repr__(self):
        shown = ['%s=%r' % pair for pair in zip(self._fields, self)]
        return '%s(%s, positions=%r)' % (type_name, ', '.join(shown), self.positions)

    return type(type_name, (base,), {'__new__': __new__, '__repr__': __repr__,
                                     '__module__': __name__})


_Traceback = namedtuple('_Traceback', 'filename lineno function code_context index')
Traceback = _with_positions(_Traceback, 'Traceback')


def _instruction_position(code, offset):
    """dis.Positions fields of the instruction at byte offset in code
    (all None for a negative offset)."""
    if offset < 0:
        return (None,) * 4
    return next(itertools.islice(code.co_positions(), offset // 2, None))


def _context_lines(frame, line, context):
    """(context source lines around line, line's index among them), or
    (None, None) without source."""
    try:
        source = findsource(frame)[0]
    except OSError:
        return None, None
    first = max(0, min(line - 1 - context // 2, len(source) - context))
    return source[first:first + context], line - 1 - first


def getframeinfo(frame, context=1):
    """Traceback(filename, lineno, function, code_context, index) of a frame
    or traceback entry, with context lines of source around its line."""
    if istraceback(frame):
        entry = frame
        line, frame, offset = entry.tb_lineno, entry.tb_frame, entry.tb_lasti
    else:
        line, offset = frame.f_lineno, frame.f_lasti
    where = _instruction_position(frame.f_code, offset)
    if where[0] is None:
        where = (line,) + tuple(where[1:])
    line = where[0]
    if not isframe(frame):
        raise TypeError('{!r} is not a frame or traceback object'.format(frame))
    path = getsourcefile(frame) or getfile(frame)
    excerpt, index = _context_lines(frame, line, context) if context > 0 else (None, None)
    return Traceback(path, line, frame.f_code.co_name, excerpt, index,
                     positions=dis.Positions(*where))


def getlineno(frame):
    """The number of the line frame is at."""
    return frame.f_lineno


_FrameInfo = namedtuple('_FrameInfo', ('frame',) + Traceback._fields)
FrameInfo = _with_positions(_FrameInfo, 'FrameInfo')


def _frame_infos(start, step, frame_of, context):
    infos = []
    item = start
    while item:
        info = getframeinfo(item, context)
        infos.append(FrameInfo(frame_of(item), *info, positions=info.positions))
        item = step(item)
    return infos


def getouterframes(frame, context=1):
    """FrameInfo of frame and of each frame above it, innermost first."""
    return _frame_infos(frame, attrgetter('f_back'), lambda f: f, context)


def getinnerframes(tb, context=1):
    """FrameInfo of each entry of a traceback, outermost first."""
    return _frame_infos(tb, attrgetter('tb_next'), attrgetter('tb_frame'), context)


def currentframe():
    """The caller's frame (None where frames are not available)."""
    return sys._getframe(1) if hasattr(sys, '_getframe') else None


def stack(context=1):
    """getouterframes() of the caller."""
    return getouterframes(sys._getframe(1), context)


def trace(context=1):
    """getinnerframes() of the exception being handled (none: [])."""
    handling = sys.exception()
    return getinnerframes(handling.__traceback__ if handling is not None else None, context)


# ---------------------------------------------------------------- getattr_static
#
# getattr_static() repeats getattr()'s search without triggering any code:
# no descriptor __get__, no __getattr__, no __getattribute__. Class
# dictionaries are read through type's own __dict__ and __mro__ descriptors
# so that a class overriding them can't interfere.

_sentinel = object()
_static_getmro = type.__dict__['__mro__'].__get__
_get_dunder_dict_of_class = type.__dict__['__dict__'].__get__


def _check_instance(obj, attr):
    try:
        namespace = object.__getattribute__(obj, '__dict__')
    except AttributeError:
        namespace = {}
    return dict.get(namespace, attr, _sentinel)


def _check_class(klass, attr):
    # Only classes whose metaclass keeps the ordinary __dict__ can be read
    # without running code (so that is checked first).
    for entry in _static_getmro(klass):
        if _shadowed_dict(type(entry)) is not _sentinel:
            continue
        namespace = entry.__dict__
        if attr in namespace:
            return namespace[attr]
    return _sentinel


def _shadowed_dict(klass):
    """What replaces the ordinary __dict__ attribute somewhere in klass's
    MRO (a property, say), or _sentinel when nothing does."""
    for entry in _static_getmro(klass):
        own = _get_dunder_dict_of_class(entry)
        if '__dict__' not in own:
            continue
        found = own['__dict__']
        ordinary = (type(found) is types.GetSetDescriptorType and found.__name__ == '__dict__'
                    and found.__objclass__ is entry)
        if not ordinary:
            return found
    return _sentinel


def _is_data_descriptor_static(value):
    kind = type(value)
    if _check_class(kind, '__get__') is _sentinel:
        return False
    return any(_check_class(kind, hook) is not _sentinel for hook in ('__set__', '__delete__'))


def getattr_static(obj, attr, default=_sentinel):
    """obj's attribute attr found the way getattr() would find it, but
    without running any code: a property comes back as the property."""
    if type in _static_getmro(type(obj)):
        klass, from_instance = obj, _sentinel     # obj is a class
    else:
        klass = type(obj)
        shadow = _shadowed_dict(klass)
        usable = shadow is _sentinel or type(shadow) is types.MemberDescriptorType
        from_instance = _check_instance(obj, attr) if usable else _sentinel
    from_class = _check_class(klass, attr)
    # A data descriptor on the class wins over the instance dict.
    if from_class is not _sentinel and (from_instance is _sentinel
                                        or _is_data_descriptor_static(from_class)):
        return from_class
    if from_instance is not _sentinel:
        return from_instance
    if obj is klass:
        # A class also sees its metaclass's attributes.
        from_meta = _check_class(type(klass), attr)
        if from_meta is not _sentinel:
            return from_meta
    if default is _sentinel:
        raise AttributeError(attr)
    return default


# ---------------------------------------------------------------- generator states

GEN_CREATED, GEN_RUNNING, GEN_SUSPENDED, GEN_CLOSED = (
    'GEN_CREATED', 'GEN_RUNNING', 'GEN_SUSPENDED', 'GEN_CLOSED')
CORO_CREATED, CORO_RUNNING, CORO_SUSPENDED, CORO_CLOSED = (
    'CORO_CREATED', 'CORO_RUNNING', 'CORO_SUSPENDED', 'CORO_CLOSED')
AGEN_CREATED, AGEN_RUNNING, AGEN_SUSPENDED, AGEN_CLOSED = (
    'AGEN_CREATED', 'AGEN_RUNNING', 'AGEN_SUSPENDED', 'AGEN_CLOSED')


def _run_state(obj, prefix, states):
    """states is (created, running, suspended, closed); prefix names obj's
    attributes (gi, cr or ag)."""
    created, running, suspended, closed = states
    if getattr(obj, prefix + '_running'):
        return running
    if getattr(obj, prefix + '_suspended'):
        return suspended
    if getattr(obj, prefix + '_frame') is None:
        return closed
    return created


def _frame_locals(obj, prefix):
    frame = getattr(obj, prefix + '_frame', None)
    return {} if frame is None else frame.f_locals


def getgeneratorstate(generator):
    """GEN_CREATED, GEN_RUNNING, GEN_SUSPENDED or GEN_CLOSED."""
    return _run_state(generator, 'gi', (GEN_CREATED, GEN_RUNNING, GEN_SUSPENDED, GEN_CLOSED))


def getgeneratorlocals(generator):
    """The local variables of a generator's frame ({} once it is done)."""
    if not isgenerator(generator):
        raise TypeError("{!r} is not a Python generator".format(generator))
    return _frame_locals(generator, 'gi')


def getcoroutinestate(coroutine):
    """CORO_CREATED, CORO_RUNNING, CORO_SUSPENDED or CORO_CLOSED."""
    return _run_state(coroutine, 'cr', (CORO_CREATED, CORO_RUNNING, CORO_SUSPENDED, CORO_CLOSED))


def getcoroutinelocals(coroutine):
    """The local variables of a coroutine's frame."""
    return _frame_locals(coroutine, 'cr')


def getasyncgenstate(agen):
    """AGEN_CREATED, AGEN_RUNNING, AGEN_SUSPENDED or AGEN_CLOSED."""
    return _run_state(agen, 'ag', (AGEN_CREATED, AGEN_RUNNING, AGEN_SUSPENDED, AGEN_CLOSED))


def getasyncgenlocals(agen):
    """The local variables of an asynchronous generator's frame."""
    if not isasyncgen(agen):
        raise TypeError(f"{agen!r} is not a Python async generator")
    return _frame_locals(agen, 'ag')


# ---------------------------------------------------------------- signatures
#
# signature() works out how a callable is called. Python functions are read
# from their code object and defaults; everything else is reduced to one of
# those: bound methods drop their first parameter, partials have their
# arguments bound, classes are described by their metaclass's __call__ or
# their own __new__/__init__, callable instances by their type's __call__,
# and natively implemented callables by their __text_signature__ text.

class _void:
    """Marker: a replace() argument that was not passed."""


class _empty:
    """Signature.empty and Parameter.empty: the marker for "none given"
    (no annotation, no default)."""


_KIND_WORDS = ('positional-only', 'positional or keyword', 'variadic positional',
               'keyword-only', 'variadic keyword')


class _ParameterKind(enum.IntEnum):
    # Declared in the order parameters must come in a signature.
    POSITIONAL_ONLY = 0
    POSITIONAL_OR_KEYWORD = 1
    VAR_POSITIONAL = 2
    KEYWORD_ONLY = 3
    VAR_KEYWORD = 4

    @property
    def description(self):
        return _KIND_WORDS[self]

    def __str__(self):
        return self._name_


_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD, _VAR_POSITIONAL, _KEYWORD_ONLY, _VAR_KEYWORD = _ParameterKind

# Natively implemented callables: only a __text_signature__ can describe them.
_NATIVE_CALLABLES = (types.WrapperDescriptorType, types.MethodWrapperType,
                     types.ClassMethodDescriptorType, types.BuiltinFunctionType)


def _user_method(cls, name):
    """cls's attribute name bound to cls, or None when cls has none or it is
    implemented natively (a slot wrapper, a builtin)."""
    if name == '__new__':
        # A staticmethod in the class dict: plain lookup unwraps it.
        return _user_defined(getattr(cls, name, None))
    found = _user_defined(getattr_static(cls, name, None))
    return None if found is None else _bind_descriptor(found, cls)


def _user_defined(attr):
    return None if attr is None or isinstance(attr, _NATIVE_CALLABLES) else attr


def _bind_descriptor(attr, target):
    """attr as seen through target: its type's __get__ applied, if any."""
    if isclass(attr):
        return attr
    getter = getattr(type(attr), '__get__', _sentinel)
    if getter is _sentinel:
        return attr
    return getter(attr, target, type(target))


def _without_first(sig):
    """sig as a bound method shows it: the first parameter (self) is taken
    by the binding, unless it is *args, which can absorb it."""
    params = list(sig.parameters.values())
    if not params or params[0].kind >= _KEYWORD_ONLY:
        raise ValueError('invalid method signature')
    left = params if params[0].kind is _VAR_POSITIONAL else params[1:]
    return sig.replace(parameters=left)


def _is_native(obj):
    return (isbuiltin(obj) or ismethoddescriptor(obj)
            or isinstance(obj, _NATIVE_CALLABLES) or obj is type or obj is object)


def _quacks_like_function(obj):
    """Whether obj, not being a Python function, has the attributes
    signature() reads from one (Cython's functions do)."""
    if isclass(obj) or not callable(obj):
        return False
    if not isinstance(getattr(obj, '__code__', None), types.CodeType):
        return False
    if not isinstance(getattr(obj, '__name__', None), str):
        return False
    # (attribute, the type it must have when not None, whether it may be absent)
    for attr, wanted, optional in (('__defaults__', tuple, False),
                                   ('__kwdefaults__', dict, False),
                                   ('__annotations__', dict, True)):
        value = getattr(obj, attr, _void)
        if value is _void:
            if not optional:
                return False
        elif value is not None and not isinstance(value, wanted):
            return False
    return True


def _signature_strip_non_python_syntax(signature):
    """Argument Clinic's text signature as plain Python: (the parameter list
    with the '$' marker dropped, tokens rejoined with one space after each
    comma and newlines gone, the index of the '$' parameter or None)."""
    if not signature:
        return signature, None
    source = [line.encode('ascii') for line in signature.split('\n') if line]
    tokens = tokenize.tokenize(iter(source).__next__)
    next(tokens)            # the ENCODING token
    marked = None
    commas = 0
    pieces = []
    for tok in tokens:
        if tok.string == '$' and tok.type in (token.OP, token.ERRORTOKEN):
            marked = commas
        elif tok.string == ',' and tok.type == token.OP:
            commas += 1
            pieces.append(', ')
        else:
            pieces.append(tok.string)
    return ''.join(pieces).strip().replace('\n', ''), marked


# Defaults a text signature may spell with names or operators must come
# out as one of these; + - | of two of them are folded.
_TEXT_DEFAULT_TYPES = (str, int, float, bytes, bool, type(None))
_TEXT_DEFAULT_FOLDS = {ast.Add: lambda a, b: a + b, ast.Sub: lambda a, b: a - b,
                       ast.BitOr: lambda a, b: a | b}


def _named_constant(node, scopes):
    """The simple constant a name or dotted name in a text signature stands
    for, looked up in each of scopes in turn (ValueError if none)."""
    parts = []
    while isinstance(node, ast.Attribute):
        parts.insert(0, node.attr)
        node = node.value
    if not isinstance(node, ast.Name) or not isinstance(node.ctx, ast.Load):
        raise ValueError
    dotted = '.'.join([node.id] + parts)
    for scope in scopes:
        try:
            value = eval(dotted, scope)
        except NameError:
            continue
        if isinstance(value, _TEXT_DEFAULT_TYPES):
            return value
        break
    raise ValueError


def _constant_tree(node, scopes):
    """node (a default's expression) with its names replaced by constants
    and its + - | folded, ready for ast.literal_eval."""
    if isinstance(node, (ast.Name, ast.Attribute)):
        return ast.Constant(_named_constant(node, scopes))
    if isinstance(node, ast.BinOp):
        left, right = _constant_tree(node.left, scopes), _constant_tree(node.right, scopes)
        fold = _TEXT_DEFAULT_FOLDS.get(type(node.op))
        if fold is None or not isinstance(left, ast.Constant) or not isinstance(right, ast.Constant):
            raise ValueError
        return ast.Constant(fold(left.value, right.value))
    for field, child in ast.iter_fields(node):
        if isinstance(child, ast.AST):
            setattr(node, field, _constant_tree(child, scopes))
        elif isinstance(child, list):
            child[:] = [_constant_tree(c, scopes) if isinstance(c, ast.AST) else c for c in child]
    return node


def _signature_fromstr(cls, obj, s, skip_bound_arg=True):
    """A Signature from __text_signature__ text such as '($self, a, b=1, /)'.
    The text is parsed as a def header. Defaults may be literals, or names
    and dotted names of simple constants (looked up in obj's module, then
    from the loaded modules), combined with + - |. A '$' marks the parameter
    that receives the object the callable is bound to."""
    plain, marked = _signature_strip_non_python_syntax(s)
    try:
        tree = ast.parse('def _text_signature_' + plain + ': pass')
    except SyntaxError:
        tree = None
    if not isinstance(tree, ast.Module):
        raise ValueError("{!r} builtin has invalid signature".format(obj))
    header = tree.body[0].args
    home = getattr(obj, '__module__', None) or getattr(getattr(obj, '__objclass__', None), '__module__', None)
    home_module = sys.modules.get(home) if home else None
    scopes = (home_module.__dict__ if home_module else {}, dict(sys.modules))
    make = cls._parameter_cls

    def param(node, kind, default_node=None):
        if node.annotation is not None:
            raise ValueError("Annotations are not currently supported")
        default = _empty
        if default_node is not None:
            try:
                default = ast.literal_eval(_constant_tree(default_node, scopes))
            except ValueError:
                raise ValueError("{!r} builtin has invalid signature".format(obj)) from None
        return make(node.arg, kind, default=default)

    positional = header.posonlyargs + header.args
    padded = [None] * (len(positional) - len(header.defaults)) + header.defaults
    params = [param(node, _POSITIONAL_ONLY if i < len(header.posonlyargs) else _POSITIONAL_OR_KEYWORD,
                    default)
              for i, (node, default) in enumerate(zip(positional, padded))]
    if header.vararg:
        params.append(param(header.vararg, _VAR_POSITIONAL))
    params += [param(node, _KEYWORD_ONLY, default)
               for node, default in zip(header.kwonlyargs, header.kw_defaults)]
    if header.kwarg:
        params.append(param(header.kwarg, _VAR_KEYWORD))
    if marked is not None:
        bound_to = getattr(obj, '__self__', None)
        if bound_to is not None and (ismodule(bound_to) or skip_bound_arg):
            del params[0]       # already bound: not a parameter any more
        else:
            # The bound object is always passed positionally to builtins.
            params[0] = params[0].replace(kind=_POSITIONAL_ONLY)
    return cls(params, return_annotation=cls.empty)


def _signature_from_builtin(cls, func, skip_bound_arg=True):
    if not _is_native(func):
        raise TypeError("{!r} is not a Python builtin function".format(func))
    text = getattr(func, "__text_signature__", None)
    if not text:
        raise ValueError("no signature found for builtin {!r}".format(func))
    return _signature_fromstr(cls, func, text, skip_bound_arg)


def _signature_from_function(cls, func, skip_bound_arg=True, globals=None, locals=None, eval_str=False):
    """The Signature of a Python function (or a look-alike), read from its
    code object, defaults and annotations."""
    if not isfunction(func) and not _quacks_like_function(func):
        raise TypeError('{!r} is not a Python function'.format(func))
    text = getattr(func, "__text_signature__", None)
    if text:
        return _signature_fromstr(cls, func, text, skip_bound_arg)
    code = func.__code__
    names = code.co_varnames
    n_pos, n_posonly, n_kwonly = code.co_argcount, code.co_posonlyargcount, code.co_kwonlyargcount
    notes = get_annotations(func, globals=globals, locals=locals, eval_str=eval_str)
    pos_defaults = func.__defaults__ or ()
    kw_defaults = func.__kwdefaults__ or {}
    make = cls._parameter_cls
    params = []

    def add(name, kind, default=_empty):
        params.append(make(name, kind, default=default, annotation=notes.get(name, _empty)))

    first_default = n_pos - len(pos_defaults)
    for i in range(n_pos):
        add(names[i], _POSITIONAL_ONLY if i < n_posonly else _POSITIONAL_OR_KEYWORD,
            pos_defaults[i - first_default] if i >= first_default else _empty)
    after = n_pos + n_kwonly        # *args and **kwargs names follow the keyword-only ones
    if code.co_flags & CO_VARARGS:
        add(names[after], _VAR_POSITIONAL)
        after += 1
    for name in names[n_pos:n_pos + n_kwonly]:
        add(name, _KEYWORD_ONLY, kw_defaults.get(name, _empty))
    if code.co_flags & CO_VARKEYWORDS:
        add(names[after], _VAR_KEYWORD)
    # A real function's parameters are valid by construction; a look-alike's
    # are checked.
    return cls(params, return_annotation=notes.get('return', _empty),
               __validate_parameters__=not isfunction(func))


def _signature_get_partial(wrapped_sig, partial, extra_args=()):
    """What is left of wrapped_sig once partial's arguments are bound:
    positional ones disappear, keyword ones become defaults (and make the
    parameters after them keyword-only)."""
    given_args = extra_args + tuple(partial.args or ())
    given_kw = partial.keywords or {}
    try:
        taken = wrapped_sig.bind_partial(*given_args, **given_kw).arguments
    except TypeError as ex:
        raise ValueError('partial object {!r} has incorrect arguments'.format(partial)) from ex
    kept = []        # parameters that stay where they were
    moved = []       # parameters pushed to the keyword-only tail
    to_keyword = False
    for name, param in wrapped_sig.parameters.items():
        kind = param.kind
        if name in taken:
            if kind is _POSITIONAL_ONLY or (kind is _POSITIONAL_OR_KEYWORD and name not in given_kw):
                continue            # filled positionally: gone
            if kind is _POSITIONAL_OR_KEYWORD:
                to_keyword = True   # given by keyword: later ones can't be positional
            if kind in (_POSITIONAL_OR_KEYWORD, _KEYWORD_ONLY):
                param = param.replace(default=taken[name])
        if not to_keyword:
            kept.append(param)
        elif kind is _POSITIONAL_OR_KEYWORD:
            moved.append(param.replace(kind=_KEYWORD_ONLY))
        elif kind is not _VAR_POSITIONAL:
            moved.append(param)
    return wrapped_sig.replace(parameters=kept + moved)


def _signature_from_callable(obj, *, follow_wrapper_chains=True, skip_bound_arg=True,
                             globals=None, locals=None, eval_str=False, sigcls):
    """The Signature of any callable (see the comment at the top of this
    section for the order things are tried in)."""
    def recurse(target):
        return _signature_from_callable(target, follow_wrapper_chains=follow_wrapper_chains,
                                        skip_bound_arg=skip_bound_arg, globals=globals,
                                        locals=locals, eval_str=eval_str, sigcls=sigcls)

    if not callable(obj):
        raise TypeError('{!r} is not a callable object'.format(obj))
    if ismethod(obj):
        inner = recurse(obj.__func__)
        return _without_first(inner) if skip_bound_arg else inner
    if follow_wrapper_chains:
        obj = unwrap(obj, stop=lambda f: hasattr(f, '__signature__') or ismethod(f))
        if ismethod(obj):
            return recurse(obj)

    declared = getattr(obj, '__signature__', None)
    if declared is not None:
        # A Signature, its text, or a callable that makes either.
        made = declared() if callable(declared) and not isinstance(declared, (Signature, str)) else declared
        if isinstance(made, str):
            made = _signature_fromstr(sigcls, obj, made)
        if isinstance(made, Signature):
            return made
        raise TypeError('unexpected object {!r} in __signature__ attribute'.format(declared))

    pm = getattr(obj, '__partialmethod__', None)
    if isinstance(pm, functools.partialmethod):
        # The method's self stays first; the partial's arguments follow it.
        full = recurse(pm.func)
        rest = _signature_get_partial(full, pm, (None,))
        head = next(iter(full.parameters.values()))
        if head.kind is _VAR_POSITIONAL:
            return rest
        return rest.replace(parameters=(head,) + tuple(rest.parameters.values()))

    if isinstance(obj, functools.partial):
        return _signature_get_partial(recurse(obj.func), obj)
    if isfunction(obj) or _quacks_like_function(obj):
        return _signature_from_function(sigcls, obj, skip_bound_arg=skip_bound_arg, globals=globals,
                                        locals=locals, eval_str=eval_str)
    if _is_native(obj):
        return _signature_from_builtin(sigcls, obj, skip_bound_arg=skip_bound_arg)
    if isclass(obj):
        return _class_signature(obj, recurse, sigcls, skip_bound_arg)
    # An instance: called through its type's __call__.
    if getattr_static(type(obj), '__call__', None) is None:
        raise ValueError('callable {!r} is not supported by signature'.format(obj))
    text = getattr(obj, '__text_signature__', None)
    if text:
        return _signature_fromstr(sigcls, obj, text)
    return recurse(_bind_descriptor(getattr_static(type(obj), '__call__'), obj))


def _class_signature(cls, recurse, sigcls, skip_bound_arg):
    """A class is called through its metaclass's __call__ if that is Python
    code; otherwise through whichever of __new__/__init__ the MRO defines
    first in Python."""
    meta_call = _user_method(type(cls), '__call__')
    if meta_call is not None:
        return recurse(meta_call)
    new = _user_method(cls, '__new__')
    init = _user_method(cls, '__init__')
    for klass in cls.__mro__:
        own = klass.__dict__
        if new is not None and '__new__' in own:
            sig = recurse(new)
            return _without_first(sig) if skip_bound_arg else sig
        if init is not None and '__init__' in own:
            return recurse(init)
    # Natively implemented all the way: a text signature somewhere below object?
    for klass in cls.__mro__[:-1]:
        text = getattr(klass, '__text_signature__', None)
        if text:
            return _signature_fromstr(sigcls, klass, text)
    if type not in cls.__mro__:
        if cls.__init__ is object.__init__ and cls.__new__ is object.__new__:
            return sigcls.from_callable(object)
        raise ValueError('no signature found for builtin type {!r}'.format(cls))
    raise ValueError('callable {!r} is not supported by signature'.format(cls))


def _replaced(current, **changes):
    """current's constructor arguments with the passed replacements."""
    return {k: (getattr(current, '_' + k) if v is _void else v) for k, v in changes.items()}


class Parameter:
    """One parameter of a Signature: name, kind, default and annotation
    (the last two Parameter.empty when absent). Immutable."""

    __slots__ = ('_name', '_kind', '_default', '_annotation')

    POSITIONAL_ONLY = _POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _VAR_POSITIONAL
    KEYWORD_ONLY = _KEYWORD_ONLY
    VAR_KEYWORD = _VAR_KEYWORD

    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        try:
            kind = _ParameterKind(kind)
        except ValueError:
            raise ValueError(f'value {kind!r} is not a valid Parameter.kind')
        if default is not _empty and kind in (_VAR_POSITIONAL, _VAR_KEYWORD):
            raise ValueError('{} parameters cannot have default values'.format(kind.description))
        if name is _empty:
            raise ValueError('name is a required attribute for Parameter')
        if not isinstance(name, str):
            raise TypeError('name must be a str, not a {}'.format(type(name).__name__))
        if name[:1] == '.' and name[1:].isdigit():
            # A comprehension's hidden argument (".0"): shown as "implicit0".
            if kind is not _POSITIONAL_OR_KEYWORD:
                raise ValueError('implicit arguments must be passed as positional or keyword '
                                 'arguments, not {}'.format(kind.description))
            kind, name = _POSITIONAL_ONLY, 'implicit' + name[1:]
        if not name.isidentifier() or (kind is not _POSITIONAL_ONLY and iskeyword(name)):
            raise ValueError('{!r} is not a valid parameter name'.format(name))
        self._name, self._kind = name, kind
        self._default, self._annotation = default, annotation

    name = property(lambda self: self._name)
    kind = property(lambda self: self._kind)
    default = property(lambda self: self._default)
    annotation = property(lambda self: self._annotation)

    def replace(self, *, name=_void, kind=_void, annotation=_void, default=_void):
        """A copy with the given fields changed."""
        changed = _replaced(self, name=name, kind=kind, annotation=annotation, default=default)
        return type(self)(**changed)

    __replace__ = replace

    def __reduce__(self):
        return type(self), (self._name, self._kind), {'_default': self._default,
                                                       '_annotation': self._annotation}

    def __setstate__(self, state):
        for slot in ('_default', '_annotation'):
            setattr(self, slot, state[slot])

    def __str__(self):
        out = {_VAR_POSITIONAL: '*', _VAR_KEYWORD: '**'}.get(self._kind, '') + self._name
        has_note = self._annotation is not _empty
        if has_note:
            out += ': ' + formatannotation(self._annotation)
        # PEP 8 spacing: 'x=1', but 'x: int = 1'.
        return out if self._default is _empty else out + (' = ' if has_note else '=') + repr(self._default)

    def __repr__(self):
        return '<%s "%s">' % (type(self).__name__, self)

    def _key(self):
        return self._name, self._kind, self._annotation, self._default

    def __hash__(self):
        return hash(self._key())

    def __eq__(self, other):
        if other is self:
            return True
        if isinstance(other, Parameter):
            return self._key() == other._key()
        return NotImplemented


class BoundArguments:
    """Signature.bind()'s result: arguments maps parameter names to the
    values bound to them; args and kwargs rebuild the call."""

    __slots__ = ('arguments', '_signature', '__weakref__')

    def __init__(self, signature, arguments):
        self._signature, self.arguments = signature, arguments

    signature = property(lambda self: self._signature)

    def _split(self):
        """The parameters as a list, and where the positional run of bound
        arguments ends (at the first keyword-only kind or unbound name)."""
        params = list(self._signature.parameters.values())
        for at, param in enumerate(params):
            if param.kind >= _KEYWORD_ONLY or param.name not in self.arguments:
                return params, at
        return params, len(params)

    @property
    def args(self):
        params, cut = self._split()
        out = []
        for param in params[:cut]:
            value = self.arguments[param.name]
            if param.kind is _VAR_POSITIONAL:
                out += value
            else:
                out.append(value)
        return tuple(out)

    @property
    def kwargs(self):
        params, cut = self._split()
        out = {}
        for param in params[cut:]:
            if param.name not in self.arguments:
                continue
            value = self.arguments[param.name]
            if param.kind is _VAR_KEYWORD:
                out.update(value)
            else:
                out[param.name] = value
        return out

    def apply_defaults(self):
        """Give every unbound parameter its default (() and {} for *args
        and **kwargs), keeping the signature's order."""
        filled = {}
        fallback = {_VAR_POSITIONAL: (), _VAR_KEYWORD: {}}
        for name, param in self._signature.parameters.items():
            if name in self.arguments:
                filled[name] = self.arguments[name]
            elif param.default is not _empty:
                filled[name] = param.default
            elif param.kind in fallback:
                filled[name] = type(fallback[param.kind])()
        self.arguments = filled

    def __eq__(self, other):
        if other is self:
            return True
        if isinstance(other, BoundArguments):
            return (self._signature, self.arguments) == (other.signature, other.arguments)
        return NotImplemented

    def __getstate__(self):
        return dict(_signature=self._signature, arguments=self.arguments)

    def __setstate__(self, state):
        self._signature, self.arguments = state['_signature'], state['arguments']

    def __repr__(self):
        shown = ', '.join('%s=%r' % item for item in self.arguments.items())
        return '<%s (%s)>' % (type(self).__name__, shown)


class Signature:
    """How a callable is called: its Parameters in order (an ordered mapping
    by name) and its return annotation. Immutable."""

    __slots__ = ('_return_annotation', '_parameters')

    _parameter_cls = Parameter
    _bound_arguments_cls = BoundArguments

    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty,
                 __validate_parameters__=True):
        table = OrderedDict()
        if parameters is not None:
            if __validate_parameters__:
                _check_order(parameters, table)
            else:
                table.update((param.name, param) for param in parameters)
        self._parameters, self._return_annotation = types.MappingProxyType(table), return_annotation

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
        """The Signature of obj (see signature())."""
        return _signature_from_callable(obj, sigcls=cls, follow_wrapper_chains=follow_wrapped, globals=globals,
                                        locals=locals, eval_str=eval_str)

    parameters = property(lambda self: self._parameters)
    return_annotation = property(lambda self: self._return_annotation)

    def replace(self, *, parameters=_void, return_annotation=_void):
        """A copy with the given fields changed."""
        params = self._parameters.values() if parameters is _void else parameters
        note = self._return_annotation if return_annotation is _void else return_annotation
        return type(self)(params, return_annotation=note)

    __replace__ = replace

    def _key(self):
        # Keyword-only parameters compare regardless of their order.
        ordered = tuple(p for p in self._parameters.values() if p.kind is not _KEYWORD_ONLY)
        by_name = {p.name: p for p in self._parameters.values() if p.kind is _KEYWORD_ONLY}
        return ordered, by_name, self._return_annotation

    def __hash__(self):
        ordered, by_name, ret = self._key()
        return hash((ordered, frozenset(by_name.values()), ret))

    def __eq__(self, other):
        if other is self:
            return True
        if isinstance(other, Signature):
            return self._key() == other._key()
        return NotImplemented

    def _bind(self, args, kwargs, *, partial=False):
        """Match args and kwargs (a dict this consumes) to the parameters."""
        params = list(self._parameters.values())
        bound = {}
        at = 0                  # the next parameter to look at
        posonly_by_name = []    # positional-only parameters named in kwargs
        # 1. Positional arguments, one parameter each, until *args takes the rest.
        for index, value in enumerate(args):
            param = params[at] if at < len(params) else None
            if param is None or param.kind >= _KEYWORD_ONLY:
                raise TypeError('too many positional arguments')
            at += 1
            if param.kind is _VAR_POSITIONAL:
                bound[param.name] = tuple(args[index:])
                break
            if param.kind is not _POSITIONAL_ONLY and param.name in kwargs:
                raise TypeError('multiple values for argument {arg!r}'.format(arg=param.name))
            bound[param.name] = value
        else:
            # The arguments ran out first: the next parameters must come by
            # keyword, have defaults, or (binding partially) be left out.
            while at < len(params):
                param = params[at]
                if param.kind is _VAR_POSITIONAL:
                    at += 1
                    break
                if param.name in kwargs:
                    if param.kind is not _POSITIONAL_ONLY:
                        break
                    posonly_by_name.append(param.name)
                    at += 1
                    continue
                if partial or param.kind is _VAR_KEYWORD or param.default is not _empty:
                    break
                raise TypeError('missing a required{} argument: {!r}'.format(
                    ' keyword-only' if param.kind is _KEYWORD_ONLY else '', param.name))
        # 2. Keyword arguments for the parameters left.
        var_keyword = None
        for param in params[at:]:
            if param.kind is _VAR_KEYWORD:
                var_keyword = param.name
            elif param.kind is _VAR_POSITIONAL:
                pass
            elif param.name in kwargs:
                bound[param.name] = kwargs.pop(param.name)
            elif not partial and param.default is _empty:
                raise TypeError('missing a required argument: {arg!r}'.format(arg=param.name))
        if kwargs:
            if var_keyword is not None:
                bound[var_keyword] = kwargs
            elif posonly_by_name:
                raise TypeError('got some positional-only arguments passed as keyword '
                                'arguments: {!r}'.format(', '.join(posonly_by_name)))
            else:
                raise TypeError('got an unexpected keyword argument {arg!r}'.format(
                    arg=next(iter(kwargs))))
        return self._bound_arguments_cls(self, bound)

    def bind(self, /, *args, **kwargs):
        """BoundArguments for a call with these arguments (TypeError if it
        would not bind)."""
        return self._bind(args, kwargs)

    def bind_partial(self, /, *args, **kwargs):
        """bind() that lets required parameters go unbound."""
        return self._bind(args, kwargs, partial=True)

    def __reduce__(self):
        state = dict(_return_annotation=self._return_annotation)
        return type(self), (tuple(self._parameters.values()),), state

    def __setstate__(self, state):
        self._return_annotation = state['_return_annotation']

    def __repr__(self):
        return '<%s %s>' % (type(self).__name__, self)

    def __str__(self):
        return self.format()

    def format(self, *, max_width=None):
        """The signature as text, e.g. '(a, /, b=1, *, c) -> int'; with
        max_width, one parameter per line when one line would be longer."""
        pieces = []
        previous = None
        star_needed = True      # the bare '*' before keyword-only parameters
        for param in self._parameters.values():
            kind = param.kind
            if previous is _POSITIONAL_ONLY and kind is not _POSITIONAL_ONLY:
                pieces.append('/')
            if kind is _VAR_POSITIONAL:
                star_needed = False
            elif kind is _KEYWORD_ONLY and star_needed:
                pieces.append('*')
                star_needed = False
            pieces.append(str(param))
            previous = kind
        if previous is _POSITIONAL_ONLY:
            pieces.append('/')
        text = '(' + ', '.join(pieces) + ')'
        if max_width is not None and len(text) > max_width:
            text = '(\n    ' + ',\n    '.join(pieces) + '\n)'
        if self._return_annotation is not _empty:
            text += ' -> ' + formatannotation(self._return_annotation)
        return text


def _check_order(parameters, table):
    """Fill table (name -> parameter) from parameters, insisting on the
    kind order, defaults only at the end of the positional ones, and
    distinct names."""
    highest = _POSITIONAL_ONLY
    defaulted = False
    for param in parameters:
        if param.kind < highest:
            raise ValueError('wrong parameter order: {} parameter before {} parameter'
                             .format(highest.description, param.kind.description))
        highest = param.kind
        if highest <= _POSITIONAL_OR_KEYWORD:
            has_default = param.default is not _empty
            if defaulted and not has_default:
                raise ValueError('non-default argument follows default argument')
            defaulted = defaulted or has_default
        if param.name in table:
            raise ValueError('duplicate parameter name: {!r}'.format(param.name))
        table[param.name] = param


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
    """The Signature of a callable."""
    return Signature.from_callable(obj, follow_wrapped=follow_wrapped, globals=globals,
                                   locals=locals, eval_str=eval_str)


def _main():
    """Command line: print the source of a module or object given as
    'module' or 'module:qualname', or with -d some facts about it."""
    import argparse

    cli = argparse.ArgumentParser()
    cli.add_argument('object', help="The object to be analysed. "
                     "It supports the 'module:qualname' syntax")
    cli.add_argument('-d', '--details', action='store_true',
                     help='Display info about the module rather than its source code')
    opts = cli.parse_args()
    modname, _, path = opts.object.partition(':')
    try:
        module = importlib.import_module(modname)
    except Exception as exc:
        print("Failed to import {} ({}: {})".format(modname, type(exc).__name__, exc),
              file=sys.stderr)
        sys.exit(2)
    target = functools.reduce(getattr, path.split('.'), module) if path else module
    if module.__name__ in sys.builtin_module_names:
        print("Can't get info for builtin modules.", file=sys.stderr)
        sys.exit(1)
    if not opts.details:
        print(getsource(target))
        return
    facts = [('Target', opts.object), ('Origin', getsourcefile(module)),
             ('Cached', module.__cached__)]
    if target is module:
        facts.append(('Loader', repr(module.__loader__)))
        if hasattr(module, '__path__'):
            facts.append(('Submodule search path', module.__path__))
    else:
        try:
            facts.append(('Line', findsource(target)[1]))
        except Exception:
            pass
    for label, value in facts:
        print('{}: {}'.format(label, value))
    print('\n')


if __name__ == "__main__":
    _main()
