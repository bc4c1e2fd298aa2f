"""Utilities for finding, listing and loading modules and package data."""

from collections import namedtuple
from functools import singledispatch as simplegeneric
import importlib
import importlib.util
import importlib.machinery
import os
import os.path
import sys
from types import ModuleType
import warnings

__all__ = [
    'get_importer', 'iter_importers', 'get_loader', 'find_loader',
    'walk_packages', 'iter_modules', 'get_data',
    'read_code', 'extend_path',
    'ModuleInfo',
]


ModuleInfo = namedtuple('ModuleInfo', 'module_finder name ispkg')
ModuleInfo.__doc__ = 'A namedtuple with minimal info about a module.'


def read_code(stream):
    """The code object of a .pyc read from stream; None if it is not one of ours."""
    import _kaa_importlib
    if stream.read(4) != importlib.util.MAGIC_NUMBER:
        return None
    stream.read(12)  # flags and the source's stamp: not checked here
    return _kaa_importlib.load_code(stream.read())


def walk_packages(path=None, prefix='', onerror=None):
    """Every module below path, recursively: ModuleInfo for each, packages included.

    Packages are imported to find their __path__; a failing import calls
    onerror(name) if given (ImportError is ignored otherwise, other errors raise).
    """
    def visited(p, seen={}):
        if p in seen:
            return True
        seen[p] = True

    for info in iter_modules(path, prefix):
        yield info
        if not info.ispkg:
            continue
        try:
            __import__(info.name)
        except ImportError:
            if onerror is not None:
                onerror(info.name)
            continue
        except Exception:
            if onerror is None:
                raise
            onerror(info.name)
            continue
        sub = getattr(sys.modules[info.name], '__path__', None) or []
        sub = [p for p in sub if not visited(p)]
        yield from walk_packages(sub, info.name + '.', onerror)


def iter_modules(path=None, prefix=''):
    """ModuleInfo for each module directly on path (sys.path by default), first seen wins."""
    if path is None:
        importers = iter_importers()
    elif isinstance(path, str):
        raise ValueError("path must be None or list of paths to look for modules in")
    else:
        importers = map(get_importer, path)
    seen = set()
    for finder in importers:
        for name, ispkg in iter_importer_modules(finder, prefix):
            if name not in seen:
                seen.add(name)
                yield ModuleInfo(finder, name, ispkg)


@simplegeneric
def iter_importer_modules(importer, prefix=''):
    """(name, ispkg) for the modules a path entry finder can see."""
    lister = getattr(importer, 'iter_modules', None)
    return [] if lister is None else lister(prefix)


def _module_name(filename):
    # 'x.py' -> 'x', a package folder -> its name; None for what is no module.
    name, dot, ext = filename.partition('.')
    if not dot:
        return name, True
    if '.' + ext in importlib.machinery.all_suffixes():
        return name, False
    return None, False


def _iter_file_finder_modules(importer, prefix=''):
    folder = importer.path
    if folder is None or not os.path.isdir(folder):
        return
    try:
        names = sorted(os.listdir(folder))
    except OSError:
        return
    found = set()
    for entry in names:
        name, maybe_pkg = _module_name(entry)
        if name is None or name == '__init__' or name in found:
            continue
        full = os.path.join(folder, entry)
        is_pkg = False
        if maybe_pkg:
            if '.' in entry or not os.path.isdir(full):
                continue
            try:
                inside = os.listdir(full)
            except OSError:
                continue
            if not any(_module_name(f)[0] == '__init__' for f in inside):
                continue  # a namespace portion, not listed
            is_pkg = True
        if name.isidentifier():
            found.add(name)
            yield prefix + name, is_pkg


iter_importer_modules.register(importlib.machinery.FileFinder, _iter_file_finder_modules)


try:
    import zipimport
    from zipimport import zipimporter

    def iter_zipimport_modules(importer, prefix=''):
        """(name, ispkg) for the modules in a zipimporter's archive folder."""
        entries = sorted(zipimport._zip_directory_cache[importer.archive])
        start = len(importer.prefix)
        found = set()
        for entry in entries:
            if not entry.startswith(importer.prefix):
                continue
            parts = entry[start:].split('/')
            if len(parts) == 2 and parts[1].startswith('__init__.py'):
                name, ispkg = parts[0], True
            elif len(parts) == 1:
                name, ispkg = _module_name(parts[0])[0], False
                if name is None or name == '__init__':
                    continue
            else:
                continue
            if '.' in name or name in found:
                continue
            found.add(name)
            yield prefix + name, ispkg

    iter_importer_modules.register(zipimporter, iter_zipimport_modules)
except ImportError:
    pass


def _iter_library_modules(importer, prefix=''):
    # The embedded library's folders: listed by the native importer.
    import _kaa_importlib
    for name, ispkg in _kaa_importlib.library_modules(importer):
        yield prefix + name, ispkg


def _register_library():
    try:
        import _kaa_importlib
    except ImportError:
        return
    iter_importer_modules.register(_kaa_importlib.LibraryImporter, _iter_library_modules)


_register_library()
del _register_library


def get_importer(path_item):
    """The finder for sys.path entry path_item (cached in sys.path_importer_cache), or None."""
    path_item = os.fsdecode(path_item)
    cache = sys.path_importer_cache
    if path_item in cache:
        return cache[path_item]
    for hook in sys.path_hooks:
        try:
            finder = hook(path_item)
        except ImportError:
            continue
        cache.setdefault(path_item, finder)
        return finder
    return None


def iter_importers(fullname=""):
    """The finders to search for fullname: sys.meta_path's, then those of the path it is on."""
    if fullname.startswith('.'):
        raise ImportError(f"Relative module name {fullname!r} not supported")
    if '.' in fullname:
        parent = fullname.rpartition('.')[0]
        package = importlib.import_module(parent)
        path = getattr(package, '__path__', None)
        if path is None:
            return
    else:
        yield from sys.meta_path
        path = sys.path
    for entry in path:
        yield get_importer(entry)


def get_loader(module_or_name):
    """The loader of a module or module name (deprecated: use importlib.util.find_spec)."""
    warnings._deprecated("pkgutil.get_loader",
                         f"{warnings._DEPRECATED_MSG}; "
                         "use importlib.util.find_spec() instead",
                         remove=(3, 14))
    with warnings.catch_warnings():
        warnings.simplefilter('ignore', DeprecationWarning)
        if module_or_name in sys.modules:
            module_or_name = sys.modules[module_or_name]
            if module_or_name is None:
                return None
        if isinstance(module_or_name, ModuleType):
            loader = getattr(module_or_name, '__loader__', None)
            if loader is not None:
                return loader
            if getattr(module_or_name, '__spec__', None) is None:
                return None
            fullname = module_or_name.__name__
        else:
            fullname = module_or_name
        return find_loader(fullname)


def find_loader(fullname):
    """The loader for fullname, or None (deprecated: use importlib.util.find_spec)."""
    warnings._deprecated("pkgutil.find_loader",
                         f"{warnings._DEPRECATED_MSG}; "
                         "use importlib.util.find_spec() instead",
                         remove=(3, 14))
    if fullname.startswith('.'):
        raise ImportError(f"Relative module name {fullname!r} not supported")
    try:
        spec = importlib.util.find_spec(fullname)
    except (ImportError, AttributeError, TypeError, ValueError) as ex:
        raise ImportError("Error while finding loader for {!r} ({}: {})".format(
            fullname, type(ex).__name__, ex)) from ex
    return None if spec is None else spec.loader


def extend_path(path, name):
    """Add to a package's __path__ the same-named folders elsewhere on sys.path (and .pkg files).

    Meant for a package's __init__: __path__ = extend_path(__path__, __name__).
    """
    if not isinstance(path, list):
        return path
    parent, _, last = name.rpartition('.')
    if parent:
        try:
            where = sys.modules[parent].__path__
        except (KeyError, AttributeError):
            return path
    else:
        where = sys.path
    pkg_file = last + '.pkg'
    result = path[:]
    for entry in where:
        if not isinstance(entry, str):
            continue
        finder = get_importer(entry)
        if finder is not None:
            portions = []
            if hasattr(finder, 'find_spec'):
                spec = finder.find_spec(last)
                if spec is not None:
                    portions = spec.submodule_search_locations or []
            elif hasattr(finder, 'find_loader'):
                portions = finder.find_loader(last)[1]
            result.extend(p for p in portions if p not in result)
        listing = os.path.join(entry, pkg_file)
        if not os.path.isfile(listing):
            continue
        try:
            f = open(listing)
        except OSError as msg:
            sys.stderr.write("Can't open %s: %s\n" % (listing, msg))
            continue
        with f:
            result.extend(line.rstrip('\n') for line in f
                          if line.rstrip('\n') and not line.startswith('#'))
    return result


def get_data(package, resource):
    """The bytes of resource (a '/'-separated path) in package, through its loader's get_data.

    None when the package cannot be found or its loader cannot read data.
    """
    spec = importlib.util.find_spec(package)
    if spec is None or spec.loader is None or not hasattr(spec.loader, 'get_data'):
        return None
    module = sys.modules.get(package) or importlib._bootstrap._load(spec)
    if module is None or not hasattr(module, '__file__'):
        return None
    where = os.path.join(os.path.dirname(module.__file__), *resource.split('/'))
    return spec.loader.get_data(where)


_NAME_PATTERN = None


def resolve_name(name):
    """The object a 'pkg.mod:attr.attr' or 'pkg.mod.attr' string names.

    ValueError for a malformed name, ImportError or AttributeError when what it
    names cannot be found.
    """
    global _NAME_PATTERN
    if _NAME_PATTERN is None:
        import re
        dotted = r'(?!\d)(\w+)(\.(?!\d)(\w+))*'
        _NAME_PATTERN = re.compile(f'^(?P<pkg>{dotted})(?P<cln>:(?P<obj>{dotted})?)?$', re.UNICODE)
    m = _NAME_PATTERN.match(name)
    if not m:
        raise ValueError(f'invalid format: {name!r}')
    if m['cln']:
        obj = importlib.import_module(m['pkg'])
        attrs = m['obj'].split('.') if m['obj'] else []
    else:
        # The longest importable prefix is the module; the rest are attributes.
        attrs = name.split('.')
        modname = attrs.pop(0)
        obj = importlib.import_module(modname)
        while attrs:
            candidate = f'{modname}.{attrs[0]}'
            try:
                obj = importlib.import_module(candidate)
            except ImportError:
                break
            modname = candidate
            attrs.pop(0)
    for attr in attrs:
        obj = getattr(obj, attr)
    return obj
