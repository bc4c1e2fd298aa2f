"""Utilities for finding, listing and loading modules and package data."""

from collections import namedtuple
from functools import singledispatch as simplegeneric
import importlib.machinery
import importlib.util
import os
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


# --- listing the modules a finder can see -----------------------------------

def _module_stem(filename):
    # The module name filename stands for: the name with its longest import
    # suffix (.py, .pyc, an extension module's suffix...) cut off; None when
    # no suffix matches.
    matching = [s for s in importlib.machinery.all_suffixes() if filename.endswith(s)]
    if not matching:
        return None
    return filename[:-max(map(len, matching))]


def _entries(folder):
    # The names in folder, sorted; an unreadable folder counts as empty, the
    # way the import system passes over it.
    try:
        return sorted(os.listdir(folder))
    except OSError:
        return []


@simplegeneric
def iter_importer_modules(importer, prefix=''):
    """(name, ispkg) for the modules a path entry finder can see."""
    lister = getattr(importer, 'iter_modules', None)
    return [] if lister is None else lister(prefix)


def _iter_file_finder_modules(importer, prefix=''):
    # A FileFinder's folder: its modules, and its sub-folders that hold an
    # __init__ module (packages).  A package is listed ahead of a module of
    # the same name, as sorting puts 'x' before 'x.py'.
    folder = importer.path
    if folder is None or not os.path.isdir(folder):
        return
    listed = set()
    for entry in _entries(folder):
        stem = _module_stem(entry)
        if stem == '__init__' or (stem is not None and stem in listed):
            continue
        if stem:
            found = stem, False
        else:
            where = os.path.join(folder, entry)
            if '.' in entry or not os.path.isdir(where):
                continue
            if '__init__' not in map(_module_stem, _entries(where)):
                continue    # a plain folder (or namespace portion)
            found = entry, True
        if '.' not in found[0]:
            listed.add(found[0])
            yield prefix + found[0], found[1]


iter_importer_modules.register(importlib.machinery.FileFinder, _iter_file_finder_modules)


# (Kaa always has zipimport, natively.)
import zipimport
from zipimport import zipimporter


def iter_zipimport_modules(importer, prefix=''):
    """(name, ispkg) for the modules in a zipimporter's archive folder."""
    inside = importer.prefix
    listed = set()
    for member in sorted(zipimport._zip_directory_cache[importer.archive]):
        if not member.startswith(inside):
            continue
        steps = member[len(inside):].split(os.sep)
        if len(steps) == 2 and steps[1].startswith('__init__.py'):
            found = steps[0], True
        elif len(steps) == 1:
            stem = _module_stem(steps[0])
            if not stem or stem == '__init__' or '.' in stem:
                continue
            found = stem, False
        else:
            continue
        if found[0] not in listed:
            listed.add(found[0])
            yield prefix + found[0], found[1]


iter_importer_modules.register(zipimporter, iter_zipimport_modules)


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


def iter_modules(path=None, prefix=''):
    """ModuleInfo for each module directly on path (sys.path by default), first seen wins."""
    if isinstance(path, str):
        raise ValueError("path must be None or list of paths to look for modules in")
    finders = iter_importers() if path is None else map(get_importer, path)
    listed = set()
    for finder in finders:
        for name, ispkg in iter_importer_modules(finder, prefix):
            if name in listed:
                continue
            listed.add(name)
            yield ModuleInfo(finder, name, ispkg)


def walk_packages(path=None, prefix='', onerror=None):
    """Every module below path, recursively: ModuleInfo for each, packages included.

    Packages are imported to find their __path__; a failing import calls
    onerror(name) if given (ImportError is ignored otherwise, other errors raise).
    """
    walked = set()   # __path__ entries this level has already gone into
    for info in iter_modules(path, prefix):
        yield info
        if not info.ispkg:
            continue
        try:
            __import__(info.name)
        except Exception as failure:
            # Without onerror, a missing package is passed over quietly and
            # anything else propagates.
            if onerror is None:
                if isinstance(failure, ImportError):
                    continue
                raise
            onerror(info.name)
            continue
        below = []
        for entry in getattr(sys.modules[info.name], '__path__', None) or ():
            if entry not in walked:
                walked.add(entry)
                below.append(entry)
        yield from walk_packages(below, info.name + '.', onerror)


# --- finders and loaders -----------------------------------------------------

def get_importer(path_item):
    """The finder for sys.path entry path_item (cached in sys.path_importer_cache), or None."""
    entry = os.fsdecode(path_item)
    cache = sys.path_importer_cache
    if entry not in cache:
        for hook in sys.path_hooks:
            try:
                made = hook(entry)
            except ImportError:
                continue
            cache.setdefault(entry, made)
            return made
        return None
    return cache[entry]


def _refuse_relative(fullname):
    if fullname[:1] == '.':
        raise ImportError(f"Relative module name {fullname!r} not supported")


def iter_importers(fullname=""):
    """The finders to search for fullname: sys.meta_path's, then those of the path it is on."""
    _refuse_relative(fullname)
    parent, dot, _ = fullname.rpartition('.')
    if dot:
        entries = getattr(importlib.import_module(parent), '__path__', None)
        if entries is None:
            return
    else:
        yield from sys.meta_path
        entries = sys.path
    yield from map(get_importer, entries)


def _deprecated(what):
    warnings._deprecated(f"pkgutil.{what}",
                         f"{warnings._DEPRECATED_MSG}; "
                         "use importlib.util.find_spec() instead",
                         remove=(3, 14))


def get_loader(module_or_name):
    """The loader of a module or module name (deprecated: use importlib.util.find_spec)."""
    _deprecated('get_loader')
    target = module_or_name
    if target in sys.modules:
        target = sys.modules[target]
        if target is None:      # taken out of sys.modules
            return None
    if isinstance(target, ModuleType):
        found = getattr(target, '__loader__', None)
        if found is not None or getattr(target, '__spec__', None) is None:
            return found
        target = target.__name__
    with warnings.catch_warnings():
        warnings.simplefilter('ignore', DeprecationWarning)
        return find_loader(target)


def find_loader(fullname):
    """The loader for fullname, or None (deprecated: use importlib.util.find_spec)."""
    _deprecated('find_loader')
    _refuse_relative(fullname)
    try:
        found = importlib.util.find_spec(fullname)
    except (ImportError, AttributeError, TypeError, ValueError) as why:
        raise ImportError("Error while finding loader for {!r} ({}: {})".format(
            fullname, type(why), why)) from why
    return None if found is None else found.loader


# --- package paths and data --------------------------------------------------

def _portions_from(finder, name):
    # The folders finder (None: no finder for that entry) contributes to
    # package `name`, its PEP 420 portions.
    if finder is None:
        return []
    look_up = getattr(finder, 'find_spec', None)
    if look_up is not None:
        spec = look_up(name)
        return [] if spec is None else (spec.submodule_search_locations or [])
    if hasattr(finder, 'find_loader'):
        return finder.find_loader(name)[1]
    return []


def _listed_in_pkg_file(filename):
    # The path entries a NAME.pkg file lists: its non-empty lines that are
    # not comments, taken as they are (not checked for existence).
    try:
        stream = open(filename)
    except OSError as msg:
        sys.stderr.write("Can't open %s: %s\n" % (filename, msg))
        return []
    with stream:
        lines = [text.rstrip('\n') for text in stream]
    return [text for text in lines if text and not text.startswith('#')]


def extend_path(path, name):
    """Add to a package's __path__ the same-named folders elsewhere on sys.path (and .pkg files).

    Meant for a package's __init__: __path__ = extend_path(__path__, __name__).
    """
    if not isinstance(path, list):
        return path
    extended = list(path)
    parent, _, last = name.rpartition('.')
    if not parent:
        search = sys.path
    elif parent in sys.modules and hasattr(sys.modules[parent], '__path__'):
        search = sys.modules[parent].__path__
    else:
        return extended
    for folder in search:
        if not isinstance(folder, str):
            continue
        for portion in _portions_from(get_importer(folder), last):
            if portion not in extended:
                extended.append(portion)
        listing = os.path.join(folder, name + '.pkg')
        if os.path.isfile(listing):
            extended += _listed_in_pkg_file(listing)
    return extended


def get_data(package, resource):
    """The bytes of resource (a '/'-separated path) in package, through its loader's get_data.

    None when the package cannot be found or its loader cannot read data.
    """
    spec = importlib.util.find_spec(package)
    reader = getattr(spec and spec.loader, 'get_data', None)
    if reader is None:
        return None
    module = sys.modules.get(package) or importlib._bootstrap._load(spec)
    if module is None or not hasattr(module, '__file__'):
        return None
    return reader(os.path.join(os.path.dirname(module.__file__), *resource.split('/')))


_NAME_PATTERN = None


def _name_pattern():
    # 'pkg.mod' optionally followed by ':' and 'attr.attr', each part an
    # identifier; compiled on first use.
    global _NAME_PATTERN
    if _NAME_PATTERN is None:
        import re
        dotted = r'(?!\d)(\w+)(\.(?!\d)(\w+))*'
        _NAME_PATTERN = re.compile(f'^(?P<pkg>{dotted})(?P<cln>:(?P<obj>{dotted})?)?$', re.UNICODE)
    return _NAME_PATTERN


def resolve_name(name):
    """The object a 'pkg.mod:attr.attr' or 'pkg.mod.attr' string names.

    ValueError for a malformed name, ImportError or AttributeError when what it
    names cannot be found.
    """
    parsed = _name_pattern().match(name)
    if not parsed:
        raise ValueError(f'invalid format: {name!r}')
    if parsed['cln']:
        # With a colon the module part is explicit: one import.
        target = importlib.import_module(parsed['pkg'])
        attributes = parsed['obj'].split('.') if parsed['obj'] else []
    else:
        # Without one, the module is the longest importable dotted prefix.
        modname, _, rest = name.partition('.')
        target = importlib.import_module(modname)
        while rest:
            step, _, after = rest.partition('.')
            try:
                target = importlib.import_module(f'{modname}.{step}')
            except ImportError:
                break
            modname, rest = f'{modname}.{step}', after
        attributes = rest.split('.') if rest else []
    for attribute in attributes:
        target = getattr(target, attribute)
    return target
