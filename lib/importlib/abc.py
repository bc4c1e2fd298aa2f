"""Abstract base classes for the parts of the import system.

Finders (MetaPathFinder on sys.meta_path, PathEntryFinder made by the
sys.path_hooks hooks) find modules; loaders make and run them.  The loader
ABCs form a ladder, each rung adding a method or two and deriving more:

    Loader           create_module(), exec_module()
    ResourceLoader   + get_data(path): bytes of a file the loader can reach
    InspectLoader    + get_source(), is_package(); gives get_code()
    ExecutionLoader  + get_filename(); compiles with the file's name
    FileLoader       a concrete start for a module kept in one file
    SourceLoader     get_code() with a bytecode cache, from get_data()
                     and path_stats()/set_data()

Kaa's native finders and loaders are registered as virtual subclasses at
the end of the module.
"""

import abc
import warnings
from . import _bootstrap_external
from . import machinery
from ._abc import Loader

__all__ = [
    'Loader', 'MetaPathFinder', 'PathEntryFinder',
    'ResourceLoader', 'InspectLoader', 'ExecutionLoader',
    'FileLoader', 'SourceLoader',
]

# Names that lived here until 3.11 and now belong to importlib.resources.abc;
# asking this module for them still works, with a DeprecationWarning.
_MOVED_TO_RESOURCES = ('Traversable', 'TraversableResources')


def __getattr__(name):
    """Find the moved resource ABCs in their new home (deprecated)."""
    if name not in _MOVED_TO_RESOURCES:
        raise AttributeError(f'module {__name__!r} has no attribute {name!r}')
    warnings._deprecated(f'{__name__}.{name}', remove=(3, 14))
    from .resources import abc as new_home
    return getattr(new_home, name)


# -- finders ------------------------------------------------------------------

class MetaPathFinder(metaclass=abc.ABCMeta):
    """A finder for sys.meta_path.

    Its find_spec(fullname, path, target=None) returns a ModuleSpec or
    None.  The ABC leaves find_spec() out on purpose: code that asks
    hasattr(finder, 'find_spec') must not be fooled by a default.
    """

    def invalidate_caches(self):
        """Forget anything cached about the file system.

        importlib.invalidate_caches() calls this on every finder of
        sys.meta_path; the default has nothing to forget.
        """


class PathEntryFinder(metaclass=abc.ABCMeta):
    """A finder for one entry of sys.path (or of a package's __path__).

    The path hooks make them; PathFinder asks them find_spec(fullname,
    target=None).
    """

    def invalidate_caches(self):
        """Forget anything cached about the entry's directory.

        PathFinder.invalidate_caches() calls this on each finder in
        sys.path_importer_cache; the default has nothing to forget.
        """


# -- loaders ------------------------------------------------------------------

class ResourceLoader(Loader):
    """A loader that can read files from where its modules are stored."""

    @abc.abstractmethod
    def get_data(self, path):
        """Return the bytes of the file at path (a str).

        OSError when there is no such file; the default always says so.
        """
        raise OSError


def _code_from_source(loader, fullname, file_name_of=None):
    """Compile loader.get_source(fullname); None when there is no source.

    file_name_of, when given, is asked (once the source is known) for the
    file name to compile under; if it raises ImportError, or is not given,
    the code is compiled under source_to_code()'s default name.
    """
    text = loader.get_source(fullname)
    if text is None:
        return None
    try:
        where = () if file_name_of is None else (file_name_of(fullname),)
    except ImportError:
        where = ()
    return loader.source_to_code(text, *where)


class InspectLoader(Loader):
    """A loader that can show its modules' source and code.

    Subclasses provide get_source() (and, ideally, is_package()); code
    objects, exec_module() and load_module() then come for free.
    """

    def is_package(self, fullname):
        """Whether module fullname is a package.

        ImportError for a module the loader does not know; the default
        knows none.
        """
        raise ImportError

    def get_code(self, fullname):
        """The code object of module fullname, compiled from get_source().

        None when the module has no source (a built-in, say).
        """
        return _code_from_source(self, fullname)

    @abc.abstractmethod
    def get_source(self, fullname):
        """The source text of module fullname, or None if it has none.

        ImportError for a module the loader does not know.
        """
        raise ImportError

    @staticmethod
    def source_to_code(data, path='<string>'):
        """Compile data as the module at path.

        data may be anything compile() takes: text, bytes (decoded by their
        coding cookie) or an AST.  The code does not inherit this module's
        __future__ flags.
        """
        return compile(data, path, 'exec', dont_inherit=True)

    def exec_module(self, module):
        """Run the module's code, from get_code(), in the module's namespace.

        ImportError when get_code() returns None.
        """
        _bootstrap_external._LoaderBasics.exec_module(self, module)

    def load_module(self, fullname):
        """Deprecated: import fullname through exec_module()."""
        return _bootstrap_external._LoaderBasics.load_module(self, fullname)


class ExecutionLoader(InspectLoader):
    """An InspectLoader whose modules have a file name.

    That name becomes the module's __file__ and the file name of its code,
    which is what running a module as a script (runpy) needs.
    """

    @abc.abstractmethod
    def get_filename(self, fullname):
        """The file module fullname comes from, as __file__ should say.

        ImportError for a module the loader does not know.
        """
        raise ImportError

    def get_code(self, fullname):
        """Like InspectLoader.get_code(), but compiled under get_filename().

        When get_filename() raises ImportError the code gets the neutral
        '<string>' name instead.
        """
        return _code_from_source(self, fullname, self.get_filename)


class FileLoader(_bootstrap_external.FileLoader, ResourceLoader, ExecutionLoader):
    """A loader for a module stored in one file.

    It is made with the module's name and path; get_filename() and
    get_data() work from those, and its methods refuse any other module
    name.  Two such loaders are equal when their type, name and path are.
    Subclasses still provide get_source().
    """


def _derive_from(loader, name, path):
    """loader.<name>(path) when a subclass implements that method.

    path_mtime() and path_stats() are each defined from the other, so the
    one a subclass provides serves for both; with neither, OSError.
    """
    method = getattr(loader, name)
    if getattr(method, '__func__', None) is getattr(SourceLoader, name):
        raise OSError
    return method(path)


class SourceLoader(_bootstrap_external.SourceLoader, ResourceLoader, ExecutionLoader):
    """A loader that compiles source and keeps a bytecode cache next to it.

    Implement get_filename() and get_data() to load from source.  For the
    cache, also implement path_stats() (or the older path_mtime()) so that
    a cached pyc can be checked, and set_data() so that one can be written.

    get_code() reads the pyc named by importlib.util.cache_from_source()
    and uses it when it records the source's current mtime and size;
    otherwise it compiles the source and, unless sys.dont_write_bytecode,
    stores a fresh pyc through set_data().
    """

    def path_mtime(self, path):
        """The modification time of path as an int.

        Deprecated in favour of path_stats(); derived from it when a
        subclass implements that, else OSError.
        """
        return int(_derive_from(self, 'path_stats', path)['mtime'])

    def path_stats(self, path):
        """A dict of facts about path: 'mtime' (required), 'size' (optional).

        Derived from path_mtime() when a subclass implements only that;
        OSError when neither is implemented or the path is unknown.
        """
        return {'mtime': _derive_from(self, 'path_mtime', path)}

    def set_data(self, path, data):
        """Write the bytes data to the file path, creating folders as needed.

        Only used to store bytecode; failing to write is allowed and should
        pass silently.  The default writes nothing.
        """


# -- the concrete classes each ABC stands for -----------------------------------

_VIRTUAL_SUBCLASSES = (
    (MetaPathFinder, (machinery.BuiltinImporter, machinery.FrozenImporter,
                      machinery.PathFinder, _bootstrap_external.WindowsRegistryFinder)),
    (PathEntryFinder, (machinery.FileFinder,)),
    (InspectLoader, (machinery.BuiltinImporter, machinery.FrozenImporter,
                     machinery.NamespaceLoader)),
    (ExecutionLoader, (_bootstrap_external.ExtensionFileLoader,)),
    (FileLoader, (machinery.SourceFileLoader, machinery.SourcelessFileLoader)),
    (SourceLoader, (machinery.SourceFileLoader,)),
)

for _abstract, _concrete in _VIRTUAL_SUBCLASSES:
    for _cls in _concrete:
        _abstract.register(_cls)
del _abstract, _concrete, _cls
