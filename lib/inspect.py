"""Look inside live objects: modules, classes, functions, frames, tracebacks
and code.

The is*() predicates say what kind of object something is; getmembers()
lists an object's attributes; getsource() and friends find its source text;
signature() describes how a callable is called (Signature, Parameter,
BoundArguments); stack(), currentframe() and getframeinfo() read the call
stack.
"""

__author__ = ('Ka-Ping Yee <ping@lfw.org>',
              'Yury Selivanov <yselivanov@sprymix.com>')

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

import abc
import ast
import builtins
import collections
import collections.abc
import dis
import enum
import functools
import importlib.machinery
import itertools
import linecache
import os
import re
import sys
import token
import tokenize
import types
from keyword import iskeyword
from operator import attrgetter
from collections import namedtuple, OrderedDict
from weakref import ref as make_weakref

# CO_* flags, named after dis's table of them.
for _bit, _flag_name in dis.COMPILER_FLAG_NAMES.items():
    globals()["CO_" + _flag_name] = _bit
del _bit, _flag_name

TPFLAGS_IS_ABSTRACT = 1 << 20


class BufferFlags(enum.IntFlag):
    SIMPLE = 0x0
    WRITABLE = 0x1
    FORMAT = 0x4
    ND = 0x8
    STRIDES = 0x10 | ND
    C_CONTIGUOUS = 0x20 | STRIDES
    F_CONTIGUOUS = 0x40 | STRIDES
    ANY_CONTIGUOUS = 0x80 | STRIDES
    INDIRECT = 0x100 | STRIDES
    CONTIG = ND | WRITABLE
    CONTIG_RO = ND
    STRIDED = STRIDES | WRITABLE
    STRIDED_RO = STRIDES
    RECORDS = STRIDES | WRITABLE | FORMAT
    RECORDS_RO = STRIDES | FORMAT
    FULL = INDIRECT | WRITABLE | FORMAT
    FULL_RO = INDIRECT | FORMAT
    READ = 0x100
    WRITE = 0x200


# ---------------------------------------------------------------- annotations

def get_annotations(obj, *, globals=None, locals=None, eval_str=False):
    """The annotations dict of a class, module or callable (a new dict),
    with string annotations evaluated when eval_str is true."""
    if isinstance(obj, type):
        found = obj.__dict__.get('__annotations__', None)
        if isinstance(found, types.GetSetDescriptorType):
            found = None
        module = sys.modules.get(getattr(obj, '__module__', None), None)
        obj_globals = getattr(module, '__dict__', None)
        obj_locals = dict(vars(obj))
        unwrapped = obj
    elif isinstance(obj, types.ModuleType):
        found = getattr(obj, '__annotations__', None)
        obj_globals = getattr(obj, '__dict__')
        obj_locals = None
        unwrapped = None
    elif callable(obj):
        found = getattr(obj, '__annotations__', None)
        obj_globals = getattr(obj, '__globals__', None)
        obj_locals = None
        unwrapped = obj
    else:
        raise TypeError(f"{obj!r} is not a module, class, or callable.")
    if found is None:
        return {}
    if not isinstance(found, dict):
        raise ValueError(f"{obj!r}.__annotations__ is neither a dict nor None")
    if not found:
        return {}
    if not eval_str:
        return dict(found)
    if unwrapped is not None:
        while True:
            if hasattr(unwrapped, '__wrapped__'):
                unwrapped = unwrapped.__wrapped__
            elif isinstance(unwrapped, functools.partial):
                unwrapped = unwrapped.func
            else:
                break
        if hasattr(unwrapped, "__globals__"):
            obj_globals = unwrapped.__globals__
    if globals is None:
        globals = obj_globals
    if locals is None:
        locals = obj_locals or {}
    if type_params := getattr(obj, "__type_params__", ()):
        locals = {param.__name__: param for param in type_params} | locals
    return {key: value if not isinstance(value, str) else eval(value, globals, locals)
            for key, value in found.items()}


# ---------------------------------------------------------------- predicates

def ismodule(object):
    """Whether object is a module."""
    return isinstance(object, types.ModuleType)


def isclass(object):
    """Whether object is a class."""
    return isinstance(object, type)


def ismethod(object):
    """Whether object is a bound method."""
    return isinstance(object, types.MethodType)


def ismethoddescriptor(object):
    """Whether object is a method descriptor that is not a function, class,
    bound method or data descriptor (int.__add__, for example)."""
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    kind = type(object)
    return hasattr(kind, "__get__") and not hasattr(kind, "__set__") and not hasattr(kind, "__delete__")


def isdatadescriptor(object):
    """Whether object is a data descriptor (its type has __set__ or
    __delete__): properties, getsets and members."""
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    kind = type(object)
    return hasattr(kind, "__set__") or hasattr(kind, "__delete__")


def ismemberdescriptor(object):
    """Whether object is a member descriptor (of __slots__)."""
    return isinstance(object, types.MemberDescriptorType)


def isgetsetdescriptor(object):
    """Whether object is a getset descriptor."""
    return isinstance(object, types.GetSetDescriptorType)


def isfunction(object):
    """Whether object is a Python function (def or lambda)."""
    return isinstance(object, types.FunctionType)


def _has_code_flag(f, flag):
    """Whether f (through methods and partials) is a function whose code
    has flag."""
    while ismethod(f):
        f = f.__func__
    f = _unwrap_partial(f)
    if not (isfunction(f) or _quacks_like_function(f)):
        return False
    return bool(f.__code__.co_flags & flag)


def _unwrap_partial(f):
    while isinstance(f, functools.partial):
        f = f.func
    return f


def isgeneratorfunction(obj):
    """Whether obj is a generator function."""
    return _has_code_flag(obj, CO_GENERATOR)


_is_coroutine_mark = object()


def _has_coroutine_mark(f):
    while ismethod(f):
        f = f.__func__
    f = _unwrap_partial(f)
    return getattr(f, "_is_coroutine_marker", None) is _is_coroutine_mark


def markcoroutinefunction(func):
    """Mark func so that iscoroutinefunction() says yes (for sync
    functions that return awaitables)."""
    if hasattr(func, '__func__'):
        func = func.__func__
    func._is_coroutine_marker = _is_coroutine_mark
    return func


def iscoroutinefunction(obj):
    """Whether obj is a coroutine function (async def, or marked)."""
    return _has_code_flag(obj, CO_COROUTINE) or _has_coroutine_mark(obj)


def isasyncgenfunction(obj):
    """Whether obj is an asynchronous generator function."""
    return _has_code_flag(obj, CO_ASYNC_GENERATOR)


def isasyncgen(object):
    """Whether object is an asynchronous generator."""
    return isinstance(object, types.AsyncGeneratorType)


def isgenerator(object):
    """Whether object is a generator."""
    return isinstance(object, types.GeneratorType)


def iscoroutine(object):
    """Whether object is a coroutine."""
    return isinstance(object, types.CoroutineType)


def isawaitable(object):
    """Whether object can be awaited."""
    return (isinstance(object, types.CoroutineType) or
            isinstance(object, types.GeneratorType) and
            bool(object.gi_code.co_flags & CO_ITERABLE_COROUTINE) or
            isinstance(object, collections.abc.Awaitable))


def istraceback(object):
    """Whether object is a traceback."""
    return isinstance(object, types.TracebackType)


def isframe(object):
    """Whether object is a frame."""
    return isinstance(object, types.FrameType)


def iscode(object):
    """Whether object is a code object."""
    return isinstance(object, types.CodeType)


def isbuiltin(object):
    """Whether object is a built-in function or method."""
    return isinstance(object, types.BuiltinFunctionType)


def ismethodwrapper(object):
    """Whether object is a method-wrapper (a bound slot wrapper)."""
    return isinstance(object, types.MethodWrapperType)


def isroutine(object):
    """Whether object is a function or method of any kind."""
    return (isbuiltin(object) or isfunction(object) or ismethod(object)
            or ismethoddescriptor(object) or ismethodwrapper(object))


def isabstract(object):
    """Whether object is an abstract base class with abstract methods."""
    if not isinstance(object, type):
        return False
    if object.__flags__ & TPFLAGS_IS_ABSTRACT:
        return True
    if not issubclass(type(object), abc.ABCMeta):
        return False
    if hasattr(object, '__abstractmethods__'):
        return False
    # A class being built (from __init_subclass__): look at its members.
    for name, value in object.__dict__.items():
        if getattr(value, "__isabstractmethod__", False):
            return True
    for base in object.__bases__:
        for name in getattr(base, "__abstractmethods__", ()):
            if getattr(getattr(object, name, None), "__isabstractmethod__", False):
                return True
    return False


# ---------------------------------------------------------------- members

def _getmembers(object, predicate, getter):
    results = []
    seen = set()
    names = dir(object)
    if isclass(object):
        mro = (object,) + getmro(object)
        # Class attributes that come from a metaclass's __dict__ or DynamicClassAttribute.
        try:
            for base in object.__bases__:
                for k, v in base.__dict__.items():
                    if isinstance(v, types.DynamicClassAttribute):
                        names.append(k)
        except AttributeError:
            pass
    else:
        mro = ()
    for key in names:
        try:
            value = getter(object, key)
            if key in seen:
                raise AttributeError
        except AttributeError:
            for base in mro:
                if key in base.__dict__:
                    value = base.__dict__[key]
                    break
            else:
                continue
        if not predicate or predicate(value):
            results.append((key, value))
        seen.add(key)
    results.sort(key=lambda pair: pair[0])
    return results


def getmembers(object, predicate=None):
    """(name, value) for every attribute of object, sorted by name;
    predicate, when given, filters the values."""
    return _getmembers(object, predicate, getattr)


def getmembers_static(object, predicate=None):
    """getmembers() without running descriptors or __getattr__ (see
    getattr_static)."""
    return _getmembers(object, predicate, getattr_static)


Attribute = namedtuple('Attribute', 'name kind defining_class object')


def classify_class_attrs(cls):
    """Attribute(name, kind, defining_class, object) for each attribute of
    cls; kind is 'class method', 'static method', 'property', 'method' or
    'data'."""
    mro = getmro(cls)
    metamro = tuple(c for c in getmro(type(cls)) if c not in (type, object))
    class_bases = (cls,) + mro
    all_bases = class_bases + metamro
    names = dir(cls)
    for base in mro:
        for k, v in base.__dict__.items():
            if isinstance(v, types.DynamicClassAttribute) and v.fget is not None:
                names.append(k)
    result = []
    processed = set()
    for name in names:
        homecls = None
        get_obj = None
        dict_obj = None
        if name not in processed:
            try:
                if name == '__dict__':
                    raise Exception("__dict__ is special, don't want the proxy")
                get_obj = getattr(cls, name)
            except Exception:
                pass
            else:
                homecls = getattr(get_obj, "__objclass__", homecls)
                if homecls not in class_bases:
                    homecls = None
                    last_cls = None
                    for srch_cls in class_bases:
                        srch_obj = getattr(srch_cls, name, None)
                        if srch_obj is get_obj:
                            last_cls = srch_cls
                    for srch_cls in metamro:
                        try:
                            srch_obj = srch_cls.__getattr__(cls, name)
                        except AttributeError:
                            continue
                        if srch_obj is get_obj:
                            last_cls = srch_cls
                    if last_cls is not None:
                        homecls = last_cls
        for base in all_bases:
            if name in base.__dict__:
                dict_obj = base.__dict__[name]
                if homecls not in metamro:
                    homecls = base
                break
        if homecls is None:
            continue
        obj = get_obj if get_obj is not None else dict_obj
        if isinstance(dict_obj, (staticmethod, types.BuiltinMethodType)):
            kind = "static method"
            obj = dict_obj
        elif isinstance(dict_obj, (classmethod, types.ClassMethodDescriptorType)):
            kind = "class method"
            obj = dict_obj
        elif isinstance(dict_obj, property):
            kind = "property"
            obj = dict_obj
        elif isroutine(obj):
            kind = "method"
        else:
            kind = "data"
        result.append(Attribute(name, kind, homecls, obj))
        processed.add(name)
    return result


def getmro(cls):
    """The method resolution order of cls (cls first)."""
    return cls.__mro__


def unwrap(func, *, stop=None):
    """Follow func's chain of __wrapped__ attributes to its end (or to the
    first object stop() is true for); a cycle raises ValueError."""
    start = func
    seen = {id(func)}
    limit = sys.getrecursionlimit()
    while not isinstance(func, type) and hasattr(func, '__wrapped__'):
        if stop is not None and stop(func):
            break
        func = func.__wrapped__
        if id(func) in seen or len(seen) >= limit:
            raise ValueError(f'wrapper loop when unwrapping {start!r}')
        seen.add(id(func))
    return func


# ---------------------------------------------------------------- docs

def indentsize(line):
    """The width of line's leading whitespace, tabs expanded."""
    expanded = line.expandtabs()
    return len(expanded) - len(expanded.lstrip())


def _finddoc(obj):
    """The docstring a method or descriptor inherits, or None."""
    if ismethod(obj):
        name = obj.__func__.__name__
        self = obj.__self__
        if isclass(self) and getattr(getattr(self, name, None), '__func__') is obj.__func__:
            cls = self
        else:
            cls = self.__class__
    elif isfunction(obj):
        name = obj.__name__
        cls = _findclass(obj)
        if cls is None or getattr(cls, name) is not obj:
            return None
    elif isbuiltin(obj):
        name = obj.__name__
        self = obj.__self__
        if isclass(self) and self.__qualname__ + '.' + name == obj.__qualname__:
            cls = self
        else:
            cls = self.__class__
    elif isinstance(obj, property):
        name = obj.__name__ if hasattr(obj, '__name__') else getattr(obj.fget, '__name__', None)
        cls = _findclass(obj.fget)
        if cls is None or getattr(cls, name) is not obj:
            return None
    elif ismethoddescriptor(obj) or isdatadescriptor(obj):
        name = getattr(obj, '__name__', None)
        cls = getattr(obj, '__objclass__', None)
        if cls is None or getattr(cls, name, None) is not obj:
            return None
    elif isinstance(obj, functools.cached_property):
        name = obj.attrname
        cls = _findclass(obj.func)
        if cls is None or getattr(cls, name) is not obj:
            return None
    else:
        return None
    for base in cls.__mro__:
        try:
            doc = getattr(base, name).__doc__
        except AttributeError:
            continue
        if doc is not None:
            return doc
    return None


def _findclass(func):
    cls = sys.modules.get(func.__module__)
    if cls is None:
        return None
    for name in func.__qualname__.split('.')[:-1]:
        cls = getattr(cls, name)
    if not isclass(cls):
        return None
    return cls


def getdoc(object):
    """object's docstring, cleaned up (cleandoc); inherited from the class
    hierarchy when object has none; None if there is none at all."""
    try:
        doc = object.__doc__
    except AttributeError:
        return None
    if doc is None:
        try:
            doc = _finddoc(object)
        except (AttributeError, TypeError):
            return None
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


def cleandoc(doc):
    """Remove a docstring's common indentation (the first line aside),
    expand tabs and drop blank lines at both ends."""
    lines = doc.expandtabs().split('\n')
    margin = None
    for line in lines[1:]:
        stripped = line.lstrip(' ')
        if stripped:
            indent = len(line) - len(stripped)
            margin = indent if margin is None else min(margin, indent)
    lines[0] = lines[0].lstrip(' ')
    if margin is not None:
        lines[1:] = [line[margin:] for line in lines[1:]]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return '\n'.join(lines)


# ---------------------------------------------------------------- source

def getfile(object):
    """The name of the file object was defined in (module, class, method,
    function, traceback, frame or code)."""
    if ismodule(object):
        if getattr(object, '__file__', None):
            return object.__file__
        raise TypeError('{!r} is a built-in module'.format(object))
    if isclass(object):
        if hasattr(object, '__module__'):
            module = sys.modules.get(object.__module__)
            if getattr(module, '__file__', None):
                return module.__file__
            if object.__module__ == '__main__':
                raise OSError('source code not available')
        raise TypeError('{!r} is a built-in class'.format(object))
    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        object = object.__code__
    if istraceback(object):
        object = object.tb_frame
    if isframe(object):
        object = object.f_code
    if iscode(object):
        return object.co_filename
    raise TypeError('module, class, method, function, traceback, frame, or '
                    'code object was expected, got {}'.format(type(object).__name__))


def getmodulename(path):
    """The module name a file name would import as, or None."""
    fname = os.path.basename(path)
    machinery = importlib.machinery
    if hasattr(machinery, 'all_suffixes'):
        known = machinery.all_suffixes()
    else:
        known = (getattr(machinery, 'SOURCE_SUFFIXES', ['.py']) + getattr(machinery, 'BYTECODE_SUFFIXES', ['.pyc'])
                 + getattr(machinery, 'EXTENSION_SUFFIXES', []))
    suffixes = [(-len(s), s) for s in known]
    for neglen, suffix in sorted(suffixes):
        if fname.endswith(suffix):
            return fname[:neglen]
    return None


def getsourcefile(object):
    """The Python source file object comes from, or None when there is no
    way to get its source."""
    filename = getfile(object)
    machinery = importlib.machinery
    bytecode_suffixes = getattr(machinery, 'BYTECODE_SUFFIXES', ['.pyc'])
    all_bytecode_suffixes = list(getattr(machinery, 'DEBUG_BYTECODE_SUFFIXES', bytecode_suffixes))
    all_bytecode_suffixes += getattr(machinery, 'OPTIMIZED_BYTECODE_SUFFIXES', bytecode_suffixes)
    if any(filename.endswith(s) for s in all_bytecode_suffixes):
        filename = os.path.splitext(filename)[0] + getattr(machinery, 'SOURCE_SUFFIXES', ['.py'])[0]
    elif any(filename.endswith(s) for s in getattr(machinery, 'EXTENSION_SUFFIXES', [])):
        return None
    elif filename.endswith(".fwork"):
        return None
    if os.path.exists(filename):
        return filename
    module = getmodule(object, filename)
    if getattr(module, '__loader__', None) is not None:
        return filename
    elif getattr(getattr(module, "__spec__", None), "loader", None) is not None:
        return filename
    elif filename in linecache.cache:
        return filename
    return None


def getabsfile(object, _filename=None):
    """A normalised absolute path for object's source (or compiled) file."""
    if _filename is None:
        _filename = getsourcefile(object) or getfile(object)
    return os.path.normcase(os.path.abspath(_filename))


modulesbyfile = {}
_filesbymodname = {}


def getmodule(object, _filename=None):
    """The module object was defined in, or None."""
    if ismodule(object):
        return object
    if hasattr(object, '__module__'):
        return sys.modules.get(object.__module__)
    if _filename is not None and _filename in modulesbyfile:
        return sys.modules.get(modulesbyfile[_filename])
    try:
        file = getabsfile(object, _filename)
    except (TypeError, FileNotFoundError):
        return None
    if file in modulesbyfile:
        return sys.modules.get(modulesbyfile[file])
    for modname, module in sys.modules.copy().items():
        if ismodule(module) and hasattr(module, '__file__'):
            f = module.__file__
            if f == _filesbymodname.get(modname, None):
                continue
            _filesbymodname[modname] = f
            f = getabsfile(module)
            modulesbyfile[f] = modulesbyfile[os.path.realpath(f)] = module.__name__
    if file in modulesbyfile:
        return sys.modules.get(modulesbyfile[file])
    main = sys.modules['__main__']
    if not hasattr(object, '__name__'):
        return None
    if hasattr(main, object.__name__):
        if getattr(main, object.__name__) is object:
            return main
    builtin = sys.modules['builtins']
    if hasattr(builtin, object.__name__):
        if getattr(builtin, object.__name__) is object:
            return builtin


class ClassFoundException(Exception):
    pass


def _class_start(lines, qualname):
    """The index of the line where the class qualname (a dotted path of
    class and function names) starts, found from the indentation of
    'class'/'def' lines."""
    parts = qualname.split('.')
    want = 0
    indent = -1
    found = None
    pattern = re.compile(r'^([ \t]*)(?:async\s+)?(class|def)\s+(\w+)\b')
    for i, line in enumerate(lines):
        m = pattern.match(line)
        if not m:
            continue
        width = len(m.group(1).expandtabs())
        if want and width <= indent:
            # Left the enclosing definition without finding the rest.
            want, indent = 0, -1
        name = m.group(3)
        if want < len(parts) and name == parts[want] and (want == 0 and width == 0 or want > 0):
            if want == len(parts) - 1:
                if m.group(2) == 'class':
                    found = i
                    raise ClassFoundException(found)
            want += 1
            indent = width
    return None


def findsource(object):
    """(all the lines of object's source file, the index of the line where
    object starts); OSError when the source cannot be had."""
    file = getsourcefile(object)
    if file:
        linecache.checkcache(file)
    else:
        file = getfile(object)
        if not (file.startswith('<') and file.endswith('>')):
            raise OSError('source code not available')
    module = getmodule(object, file)
    if module:
        lines = linecache.getlines(file, module.__dict__)
    else:
        lines = linecache.getlines(file)
    if not lines:
        raise OSError('could not get source code')
    if ismodule(object):
        return lines, 0
    if isclass(object):
        try:
            _class_start(lines, object.__qualname__)
        except ClassFoundException as e:
            return lines, e.args[0]
        raise OSError('could not find class definition')
    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        object = object.__code__
    if istraceback(object):
        object = object.tb_frame
    if isframe(object):
        object = object.f_code
    if iscode(object):
        if not hasattr(object, 'co_firstlineno'):
            raise OSError('could not find function definition')
        lnum = object.co_firstlineno - 1
        if lnum >= len(lines):
            raise OSError('lineno is out of bounds')
        return lines, lnum
    raise OSError('could not find code object')


def getcomments(object):
    """The comment lines just above object's source (or at the top of a
    module's), or None."""
    try:
        lines, lnum = findsource(object)
    except (OSError, TypeError):
        return None
    if ismodule(object):
        start = 0
        if lines and lines[0][:2] == '#!':
            start = 1
        while start < len(lines) and lines[start].strip() in ('', '#'):
            start = start + 1
        if start < len(lines) and lines[start][:1] == '#':
            comments = []
            end = start
            while end < len(lines) and lines[end][:1] == '#':
                comments.append(lines[end].expandtabs())
                end = end + 1
            return ''.join(comments)
    elif lnum > 0:
        indent = indentsize(lines[lnum])
        end = lnum - 1
        if end >= 0 and lines[end].lstrip()[:1] == '#' and indentsize(lines[end]) == indent:
            comments = [lines[end].expandtabs().lstrip()]
            if end > 0:
                end = end - 1
                comment = lines[end].expandtabs().lstrip()
                while comment[:1] == '#' and indentsize(lines[end]) == indent:
                    comments[:0] = [comment]
                    end = end - 1
                    if end < 0:
                        break
                    comment = lines[end].expandtabs().lstrip()
            while comments and comments[0].strip() == '#':
                comments[:1] = []
            while comments and comments[-1].strip() == '#':
                comments[-1:] = []
            return ''.join(comments)


class EndOfBlock(Exception): pass


class BlockFinder:
    """Follows tokens to find where the definition they start ends."""

    def __init__(self):
        self.indent = 0
        self.islambda = False
        self.started = False
        self.passline = False
        self.indecorator = False
        self.last = 1
        self.body_col0 = None

    def tokeneater(self, type, token, srowcol, erowcol, line):
        if not self.started and not self.indecorator:
            if type == tokenize.INDENT or token == "async":
                pass
            elif token == "@":
                self.indecorator = True
            elif token in ("def", "class", "lambda"):
                if token == "lambda":
                    self.islambda = True
                self.started = True
            self.passline = True
        elif type == tokenize.NEWLINE:
            self.passline = False
            self.last = srowcol[0]
            if self.islambda:
                raise EndOfBlock
            if self.indecorator:
                self.indecorator = False
        elif self.passline:
            pass
        elif type == tokenize.INDENT:
            if self.body_col0 is None and self.started:
                self.body_col0 = erowcol[1]
            self.indent = self.indent + 1
            self.passline = True
        elif type == tokenize.DEDENT:
            self.indent = self.indent - 1
            if self.indent <= 0:
                raise EndOfBlock
        elif type == tokenize.COMMENT:
            if self.body_col0 is not None and srowcol[1] >= self.body_col0:
                self.last = srowcol[0]
        elif self.indent == 0 and type not in (tokenize.COMMENT, tokenize.NL):
            raise EndOfBlock


def getblock(lines):
    """The lines of the definition that starts lines."""
    finder = BlockFinder()
    try:
        for tok in tokenize.generate_tokens(iter(lines).__next__):
            finder.tokeneater(*tok)
    except (EndOfBlock, IndentationError):
        pass
    except SyntaxError as e:
        if "unmatched" not in e.msg:
            raise e from None
        _, *_ = e.args
    return lines[:finder.last]


def getsourcelines(object):
    """(the source lines of object, the line number it starts on)."""
    object = unwrap(object)
    lines, lnum = findsource(object)
    if istraceback(object):
        object = object.tb_frame
    if ismodule(object) or (isframe(object) and object.f_code.co_name == "<module>"):
        return lines, 0
    return getblock(lines[lnum:]), lnum + 1


def getsource(object):
    """The source text of object; OSError when it cannot be had."""
    lines, lnum = getsourcelines(object)
    return ''.join(lines)


# ---------------------------------------------------------------- class trees

def walktree(classes, children, parent):
    results = []
    classes.sort(key=attrgetter('__module__', '__name__'))
    for c in classes:
        results.append((c, c.__bases__))
        if c in children:
            results.append(walktree(children[c], children, c))
    return results


def getclasstree(classes, unique=False):
    """The inheritance tree of classes as nested lists of (class, bases)."""
    children = {}
    roots = []
    for c in classes:
        if c.__bases__:
            for parent in c.__bases__:
                if parent not in children:
                    children[parent] = []
                if c not in children[parent]:
                    children[parent].append(c)
                if unique and parent in classes:
                    break
        elif c not in roots:
            roots.append(c)
    for parent in children:
        if parent not in classes:
            roots.append(parent)
    return walktree(roots, children, None)


# ---------------------------------------------------------------- arguments

Arguments = namedtuple('Arguments', 'args, varargs, varkw')


def getargs(co):
    """Arguments(args, varargs, varkw) of a code object."""
    if not iscode(co):
        raise TypeError('{!r} is not a code object'.format(co))
    names = co.co_varnames
    nargs = co.co_argcount
    nkwargs = co.co_kwonlyargcount
    args = list(names[:nargs])
    kwonlyargs = list(names[nargs:nargs + nkwargs])
    nargs += nkwargs
    varargs = None
    if co.co_flags & CO_VARARGS:
        varargs = co.co_varnames[nargs]
        nargs = nargs + 1
    varkw = None
    if co.co_flags & CO_VARKEYWORDS:
        varkw = co.co_varnames[nargs]
    return Arguments(args + kwonlyargs, varargs, varkw)


FullArgSpec = namedtuple('FullArgSpec',
                         'args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, annotations')


def getfullargspec(func):
    """FullArgSpec of a callable, from its signature (bound methods keep
    their first parameter)."""
    try:
        sig = _signature_from_callable(func, follow_wrapper_chains=False,
                                       skip_bound_arg=False, sigcls=Signature,
                                       eval_str=False)
    except Exception as ex:
        raise TypeError('unsupported callable') from ex
    args = []
    varargs = None
    varkw = None
    posonlyargs = []
    kwonlyargs = []
    annotations = {}
    defaults = ()
    kwdefaults = {}
    if sig.return_annotation is not sig.empty:
        annotations['return'] = sig.return_annotation
    for param in sig.parameters.values():
        kind = param.kind
        name = param.name
        if kind is _POSITIONAL_ONLY:
            posonlyargs.append(name)
            if param.default is not param.empty:
                defaults += (param.default,)
        elif kind is _POSITIONAL_OR_KEYWORD:
            args.append(name)
            if param.default is not param.empty:
                defaults += (param.default,)
        elif kind is _VAR_POSITIONAL:
            varargs = name
        elif kind is _KEYWORD_ONLY:
            kwonlyargs.append(name)
            if param.default is not param.empty:
                kwdefaults[name] = param.default
        elif kind is _VAR_KEYWORD:
            varkw = name
        if param.annotation is not param.empty:
            annotations[name] = param.annotation
    if not kwdefaults:
        kwdefaults = None
    if not defaults:
        defaults = None
    return FullArgSpec(posonlyargs + args, varargs, varkw, defaults,
                       kwonlyargs, kwdefaults, annotations)


ArgInfo = namedtuple('ArgInfo', 'args varargs keywords locals')


def getargvalues(frame):
    """ArgInfo(args, varargs, keywords, locals) of a frame."""
    args, varargs, varkw = getargs(frame.f_code)
    return ArgInfo(args, varargs, varkw, frame.f_locals)


def formatannotation(annotation, base_module=None):
    if getattr(annotation, '__module__', None) == 'typing':
        def repl(match):
            text = match.group()
            return text.removeprefix('typing.')
        return re.sub(r'[\w\.]+', repl, repr(annotation))
    if isinstance(annotation, types.GenericAlias):
        return str(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ in ('builtins', base_module):
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    return repr(annotation)


def formatannotationrelativeto(object):
    module = getattr(object, '__module__', None)

    def _formatannotation(annotation):
        return formatannotation(annotation, module)
    return _formatannotation


def formatargvalues(args, varargs, varkw, locals,
                    formatarg=str,
                    formatvarargs=lambda name: '*' + name,
                    formatvarkw=lambda name: '**' + name,
                    formatvalue=lambda value: '=' + repr(value)):
    """Format getargvalues()'s result as an argument list."""
    def convert(name, locals=locals, formatarg=formatarg, formatvalue=formatvalue):
        return formatarg(name) + formatvalue(locals[name])
    specs = [convert(name) for name in args]
    if varargs:
        specs.append(formatvarargs(varargs) + formatvalue(locals[varargs]))
    if varkw:
        specs.append(formatvarkw(varkw) + formatvalue(locals[varkw]))
    return '(' + ', '.join(specs) + ')'


def _missing_arguments(f_name, argnames, pos, values):
    names = [repr(name) for name in argnames if name not in values]
    missing = len(names)
    if missing == 1:
        s = names[0]
    elif missing == 2:
        s = "{} and {}".format(*names)
    else:
        tail = ", {} and {}".format(*names[-2:])
        del names[-2:]
        s = ", ".join(names) + tail
    raise TypeError("%s() missing %i required %s argument%s: %s" %
                    (f_name, missing, "positional" if pos else "keyword-only",
                     "" if missing == 1 else "s", s))


def _too_many(f_name, args, kwonly, varargs, defcount, given, values):
    atleast = len(args) - defcount
    kwonly_given = len([arg for arg in kwonly if arg in values])
    if varargs:
        plural = atleast != 1
        sig = "at least %d" % (atleast,)
    elif defcount:
        plural = True
        sig = "from %d to %d" % (atleast, len(args))
    else:
        plural = len(args) != 1
        sig = str(len(args))
    kwonly_sig = ""
    if kwonly_given:
        msg = " positional argument%s (and %d keyword-only argument%s)"
        kwonly_sig = (msg % ("s" if given != 1 else "", kwonly_given,
                             "s" if kwonly_given != 1 else ""))
    raise TypeError("%s() takes %s positional argument%s but %d%s %s given" %
                    (f_name, sig, "s" if plural else "", given, kwonly_sig,
                     "was" if given == 1 and not kwonly_given else "were"))


def getcallargs(func, /, *positional, **named):
    """The dict of parameter names to values that calling func with these
    arguments would make."""
    spec = getfullargspec(func)
    args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, ann = spec
    f_name = func.__name__
    arg2value = {}
    if ismethod(func) and func.__self__ is not None:
        positional = (func.__self__,) + positional
    num_pos = len(positional)
    num_args = len(args)
    num_defaults = len(defaults) if defaults else 0
    n = min(num_pos, num_args)
    for i in range(n):
        arg2value[args[i]] = positional[i]
    if varargs:
        arg2value[varargs] = tuple(positional[n:])
    possible_kwargs = set(args + kwonlyargs)
    if varkw:
        arg2value[varkw] = {}
    for kw, value in named.items():
        if kw not in possible_kwargs:
            if not varkw:
                raise TypeError("%s() got an unexpected keyword argument %r" % (f_name, kw))
            arg2value[varkw][kw] = value
            continue
        if kw in arg2value:
            raise TypeError("%s() got multiple values for argument %r" % (f_name, kw))
        arg2value[kw] = value
    if num_pos > num_args and not varargs:
        _too_many(f_name, args, kwonlyargs, varargs, num_defaults, num_pos, arg2value)
    if num_pos < num_args:
        req = args[:num_args - num_defaults]
        for arg in req:
            if arg not in arg2value:
                _missing_arguments(f_name, req, True, arg2value)
        for i, arg in enumerate(args[num_args - num_defaults:]):
            if arg not in arg2value:
                arg2value[arg] = defaults[i]
    missing = 0
    for kwarg in kwonlyargs:
        if kwarg not in arg2value:
            if kwonlydefaults and kwarg in kwonlydefaults:
                arg2value[kwarg] = kwonlydefaults[kwarg]
            else:
                missing += 1
    if missing:
        _missing_arguments(f_name, kwonlyargs, False, arg2value)
    return arg2value


ClosureVars = namedtuple('ClosureVars', 'nonlocals globals builtins unbound')


def getclosurevars(func):
    """ClosureVars(nonlocals, globals, builtins, unbound): where the names a
    function's code uses come from."""
    if ismethod(func):
        func = func.__func__
    if not isfunction(func):
        raise TypeError("{!r} is not a Python function".format(func))
    code = func.__code__
    if func.__closure__ is None:
        nonlocal_vars = {}
    else:
        nonlocal_vars = {var: cell.cell_contents
                         for var, cell in zip(code.co_freevars, func.__closure__)}
    global_ns = func.__globals__
    builtin_ns = global_ns.get("__builtins__", builtins.__dict__)
    if ismodule(builtin_ns):
        builtin_ns = builtin_ns.__dict__
    global_vars = {}
    builtin_vars = {}
    unbound_names = set()
    global_names = set()
    for instruction in dis.get_instructions(code):
        opname = instruction.opname
        name = instruction.argval
        if opname == "LOAD_ATTR":
            unbound_names.add(name)
        elif opname == "LOAD_GLOBAL":
            global_names.add(name)
    for name in global_names:
        try:
            global_vars[name] = global_ns[name]
        except KeyError:
            try:
                builtin_vars[name] = builtin_ns[name]
            except KeyError:
                unbound_names.add(name)
    return ClosureVars(nonlocal_vars, global_vars, builtin_vars, unbound_names)


# ---------------------------------------------------------------- frames

_Traceback = namedtuple('_Traceback', 'filename lineno function code_context index')


class Traceback(_Traceback):
    def __new__(cls, filename, lineno, function, code_context, index, *, positions=None):
        instance = super().__new__(cls, filename, lineno, function, code_context, index)
        instance.positions = positions
        return instance

    def __repr__(self):
        return ('Traceback(filename={!r}, lineno={!r}, function={!r}, '
                'code_context={!r}, index={!r}, positions={!r})'.format(
                    self.filename, self.lineno, self.function, self.code_context,
                    self.index, self.positions))


def _get_code_position_from_tb(tb):
    code, instruction_index = tb.tb_frame.f_code, tb.tb_lasti
    return _get_code_position(code, instruction_index)


def _get_code_position(code, instruction_index):
    if instruction_index < 0:
        return (None, None, None, None)
    positions_gen = code.co_positions()
    return next(itertools.islice(positions_gen, instruction_index // 2, None))


def getframeinfo(frame, context=1):
    """Traceback(filename, lineno, function, code_context, index) of a
    frame or traceback, with context lines of source around the line."""
    if istraceback(frame):
        positions = _get_code_position_from_tb(frame)
        lineno = frame.tb_lineno
        frame = frame.tb_frame
    else:
        lineno = frame.f_lineno
        positions = _get_code_position(frame.f_code, frame.f_lasti)
    if positions[0] is None:
        frame, *positions = (frame, lineno, *positions[1:])
    else:
        frame, *positions = (frame, *positions)
    lineno = positions[0]
    if not isframe(frame):
        raise TypeError('{!r} is not a frame or traceback object'.format(frame))
    filename = getsourcefile(frame) or getfile(frame)
    if context > 0:
        start = lineno - 1 - context // 2
        try:
            lines, lnum = findsource(frame)
        except OSError:
            lines = index = None
        else:
            start = max(0, min(start, len(lines) - context))
            lines = lines[start:start + context]
            index = lineno - 1 - start
    else:
        lines = index = None
    return Traceback(filename, lineno, frame.f_code.co_name, lines, index,
                     positions=dis.Positions(*positions))


def getlineno(frame):
    """The line a frame is at."""
    return frame.f_lineno


_FrameInfo = namedtuple('_FrameInfo', ('frame',) + Traceback._fields)


class FrameInfo(_FrameInfo):
    def __new__(cls, frame, filename, lineno, function, code_context, index, *, positions=None):
        instance = super().__new__(cls, frame, filename, lineno, function, code_context, index)
        instance.positions = positions
        return instance

    def __repr__(self):
        return ('FrameInfo(frame={!r}, filename={!r}, lineno={!r}, function={!r}, '
                'code_context={!r}, index={!r}, positions={!r})'.format(
                    self.frame, self.filename, self.lineno, self.function,
                    self.code_context, self.index, self.positions))


def getouterframes(frame, context=1):
    """FrameInfo of frame and each frame that called it, innermost first."""
    out = []
    while frame:
        info = getframeinfo(frame, context)
        out.append(FrameInfo(frame, *info, positions=info.positions))
        frame = frame.f_back
    return out


def getinnerframes(tb, context=1):
    """FrameInfo of each frame of a traceback, outermost first."""
    out = []
    while tb:
        tbinfo = getframeinfo(tb, context)
        out.append(FrameInfo(tb.tb_frame, *tbinfo, positions=tbinfo.positions))
        tb = tb.tb_next
    return out


def currentframe():
    """The caller's frame (None where frames are not available)."""
    return sys._getframe(1) if hasattr(sys, "_getframe") else None


def stack(context=1):
    """getouterframes() of the caller."""
    return getouterframes(sys._getframe(1), context)


def trace(context=1):
    """getinnerframes() of the exception being handled."""
    exc = sys.exception()
    tb = None if exc is None else exc.__traceback__
    return getinnerframes(tb, context)


# ---------------------------------------------------------------- getattr_static

_sentinel = object()
_static_getmro = type.__dict__['__mro__'].__get__
_get_dunder_dict_of_class = type.__dict__["__dict__"].__get__


def _check_instance(obj, attr):
    instance_dict = {}
    try:
        instance_dict = object.__getattribute__(obj, "__dict__")
    except AttributeError:
        pass
    return dict.get(instance_dict, attr, _sentinel)


def _check_class(klass, attr):
    for entry in _static_getmro(klass):
        if _shadowed_dict(type(entry)) is _sentinel and attr in entry.__dict__:
            return entry.__dict__[attr]
    return _sentinel


def _shadowed_dict(klass):
    for entry in _static_getmro(klass):
        dunder_dict = _get_dunder_dict_of_class(entry)
        if '__dict__' in dunder_dict:
            class_dict = dunder_dict['__dict__']
            if not (type(class_dict) is types.GetSetDescriptorType and
                    class_dict.__name__ == "__dict__" and
                    class_dict.__objclass__ is entry):
                return class_dict
    return _sentinel


def getattr_static(obj, attr, default=_sentinel):
    """Look attr up on obj as getattr() would, without running
    descriptors, __getattr__ or __getattribute__ (so a property comes
    back as the property)."""
    instance_result = _sentinel
    objtype = type(obj)
    if type not in _static_getmro(objtype):
        klass = objtype
        dict_attr = _shadowed_dict(klass)
        if (dict_attr is _sentinel or type(dict_attr) is types.MemberDescriptorType):
            instance_result = _check_instance(obj, attr)
    else:
        klass = obj
    klass_result = _check_class(klass, attr)
    if instance_result is not _sentinel and klass_result is not _sentinel:
        if _check_class(type(klass_result), "__get__") is not _sentinel and (
                _check_class(type(klass_result), "__set__") is not _sentinel
                or _check_class(type(klass_result), "__delete__") is not _sentinel):
            return klass_result
    if instance_result is not _sentinel:
        return instance_result
    if klass_result is not _sentinel:
        return klass_result
    if obj is klass:
        # A class: look at its metaclass too.
        for entry in _static_getmro(type(klass)):
            if _shadowed_dict(type(entry)) is _sentinel:
                try:
                    return entry.__dict__[attr]
                except KeyError:
                    pass
    if default is not _sentinel:
        return default
    raise AttributeError(attr)


# ---------------------------------------------------------------- generator states

GEN_CREATED = 'GEN_CREATED'
GEN_RUNNING = 'GEN_RUNNING'
GEN_SUSPENDED = 'GEN_SUSPENDED'
GEN_CLOSED = 'GEN_CLOSED'


def getgeneratorstate(generator):
    """GEN_CREATED, GEN_RUNNING, GEN_SUSPENDED or GEN_CLOSED."""
    if generator.gi_running:
        return GEN_RUNNING
    if generator.gi_suspended:
        return GEN_SUSPENDED
    if generator.gi_frame is None:
        return GEN_CLOSED
    return GEN_CREATED


def getgeneratorlocals(generator):
    """The local variables of a generator's frame ({} once it is done)."""
    if not isgenerator(generator):
        raise TypeError("{!r} is not a Python generator".format(generator))
    frame = getattr(generator, "gi_frame", None)
    return frame.f_locals if frame is not None else {}


CORO_CREATED = 'CORO_CREATED'
CORO_RUNNING = 'CORO_RUNNING'
CORO_SUSPENDED = 'CORO_SUSPENDED'
CORO_CLOSED = 'CORO_CLOSED'


def getcoroutinestate(coroutine):
    """CORO_CREATED, CORO_RUNNING, CORO_SUSPENDED or CORO_CLOSED."""
    if coroutine.cr_running:
        return CORO_RUNNING
    if coroutine.cr_suspended:
        return CORO_SUSPENDED
    if coroutine.cr_frame is None:
        return CORO_CLOSED
    return CORO_CREATED


def getcoroutinelocals(coroutine):
    """The local variables of a coroutine's frame."""
    frame = getattr(coroutine, "cr_frame", None)
    return frame.f_locals if frame is not None else {}


AGEN_CREATED = 'AGEN_CREATED'
AGEN_RUNNING = 'AGEN_RUNNING'
AGEN_SUSPENDED = 'AGEN_SUSPENDED'
AGEN_CLOSED = 'AGEN_CLOSED'


def getasyncgenstate(agen):
    """AGEN_CREATED, AGEN_RUNNING, AGEN_SUSPENDED or AGEN_CLOSED."""
    if agen.ag_running:
        return AGEN_RUNNING
    if agen.ag_suspended:
        return AGEN_SUSPENDED
    if agen.ag_frame is None:
        return AGEN_CLOSED
    return AGEN_CREATED


def getasyncgenlocals(agen):
    """The local variables of an asynchronous generator's frame."""
    if not isasyncgen(agen):
        raise TypeError(f"{agen!r} is not a Python async generator")
    frame = getattr(agen, "ag_frame", None)
    return frame.f_locals if frame is not None else {}


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
    """Marker object for Signature.empty and Parameter.empty."""


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
    params = tuple(sig.parameters.values())
    if not params or params[0].kind >= _KEYWORD_ONLY:
        raise ValueError('invalid method signature')
    if params[0].kind is not _VAR_POSITIONAL:
        params = params[1:]
    return sig.replace(parameters=params)


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


def _signature_fromstr(cls, obj, s, skip_bound_arg=True):
    """A Signature from __text_signature__ text such as '($self, a, b=1, /)'.
    The parameter list is compiled as a def header, so Python's own parser
    does the work; a leading '$name' stands for the object bound to."""
    text = s.strip()
    if len(text) < 2 or text[0] != '(' or text[-1] != ')':
        raise ValueError("{!r} builtin has invalid signature".format(obj))
    body = text[1:-1].strip()
    bound_name = None
    if body.startswith('$'):
        bound_name, _, body = body[1:].partition(',')
        bound_name = bound_name.strip()
        body = body.strip()
        if body == '/' or body.startswith('/,'):
            # '$self, /': the marker only said self is positional-only.
            body = body[1:].lstrip(', ')
    home = getattr(obj, '__module__', None) or getattr(getattr(obj, '__objclass__', None), '__module__', None)
    scope = {}
    if home and sys.modules.get(home) is not None:
        scope.update(vars(sys.modules[home]))
    scope.update(sys.modules)   # lets defaults say 'sys.maxsize'
    try:
        exec(compile('def _text_signature_(%s): pass' % body, '<signature>', 'exec'), scope)
    except Exception:
        raise ValueError("{!r} builtin has invalid signature".format(obj)) from None
    params = list(_signature_from_function(cls, scope['_text_signature_']).parameters.values())
    if bound_name is not None:
        bound_to = getattr(obj, '__self__', None)
        if bound_to is None or not (ismodule(bound_to) or skip_bound_arg):
            # Unbound (or asked to keep it): the bound object is a parameter,
            # always positional-only for builtins.
            params.insert(0, Parameter(bound_name, _POSITIONAL_ONLY))
    return cls(params, __validate_parameters__=False)


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
    if isinstance(obj, types.MethodType):
        inner = recurse(obj.__func__)
        return _without_first(inner) if skip_bound_arg else inner
    if follow_wrapper_chains:
        obj = unwrap(obj, stop=lambda f: hasattr(f, '__signature__') or isinstance(f, types.MethodType))
        if isinstance(obj, types.MethodType):
            return recurse(obj)

    declared = getattr(obj, '__signature__', None)
    if declared is not None:
        sig = declared
        if callable(sig) and not isinstance(sig, (Signature, str)):
            sig = sig()
        if isinstance(sig, str):
            sig = _signature_fromstr(sigcls, obj, sig)
        if not isinstance(sig, Signature):
            raise TypeError('unexpected object {!r} in __signature__ attribute'.format(declared))
        return sig

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
        return _signature_from_function(sigcls, obj, skip_bound_arg=skip_bound_arg,
                                        globals=globals, locals=locals, eval_str=eval_str)
    if _is_native(obj):
        return _signature_from_builtin(sigcls, obj, skip_bound_arg=skip_bound_arg)
    if isinstance(obj, type):
        return _class_signature(obj, recurse, sigcls, skip_bound_arg)

    call = getattr_static(type(obj), '__call__', None)
    if call is not None:
        text = getattr(obj, '__text_signature__', None)
        if text:
            return _signature_fromstr(sigcls, obj, text)
        return recurse(_bind_descriptor(call, obj))
    raise ValueError('callable {!r} is not supported by signature'.format(obj))


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
        return type(self)(**_replaced(self, name=name, kind=kind, annotation=annotation,
                                      default=default))

    __replace__ = replace

    def __reduce__(self):
        return type(self), (self._name, self._kind), {'_default': self._default,
                                                       '_annotation': self._annotation}

    def __setstate__(self, state):
        for slot in ('_default', '_annotation'):
            setattr(self, slot, state[slot])

    def __str__(self):
        out = self._name
        has_note = self._annotation is not _empty
        if has_note:
            out += ': ' + formatannotation(self._annotation)
        if self._default is not _empty:
            out += (' = ' if has_note else '=') + repr(self._default)
        return {_VAR_POSITIONAL: '*', _VAR_KEYWORD: '**'}.get(self._kind, '') + out

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
        self.arguments = arguments
        self._signature = signature

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
        return {'_signature': self._signature, 'arguments': self.arguments}

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
        if parameters is None:
            pass
        elif __validate_parameters__:
            _check_order(parameters, table)
        else:
            for param in parameters:
                table[param.name] = param
        self._parameters = types.MappingProxyType(table)
        self._return_annotation = return_annotation

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
        """The Signature of obj (see signature())."""
        return _signature_from_callable(obj, sigcls=cls, follow_wrapper_chains=follow_wrapped,
                                        globals=globals, locals=locals, eval_str=eval_str)

    parameters = property(lambda self: self._parameters)
    return_annotation = property(lambda self: self._return_annotation)

    def replace(self, *, parameters=_void, return_annotation=_void):
        """A copy with the given fields changed."""
        if parameters is _void:
            parameters = self._parameters.values()
        if return_annotation is _void:
            return_annotation = self._return_annotation
        return type(self)(parameters, return_annotation=return_annotation)

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
        return (type(self), (tuple(self._parameters.values()),),
                {'_return_annotation': self._return_annotation})

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
        kind = param.kind
        if kind < highest:
            raise ValueError('wrong parameter order: {} parameter before {} parameter'
                             .format(highest.description, kind.description))
        highest = kind
        if kind <= _POSITIONAL_OR_KEYWORD:
            if param.default is not _empty:
                defaulted = True
            elif defaulted:
                raise ValueError('non-default argument follows default argument')
        if param.name in table:
            raise ValueError('duplicate parameter name: {!r}'.format(param.name))
        table[param.name] = param


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
    """The Signature of a callable."""
    return Signature.from_callable(obj, follow_wrapped=follow_wrapped,
                                   globals=globals, locals=locals, eval_str=eval_str)


def _main():
    """Command line: print the source of a module or object given as
    'module' or 'module:qualname', or with -d some facts about it."""
    import argparse
    import importlib

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
