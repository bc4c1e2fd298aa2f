"""Abstract base classes of importlib's finders and loaders."""

import abc
import warnings
from . import _bootstrap_external
from . import machinery
from ._abc import Loader

try:
    import _frozen_importlib
except ImportError:
    _frozen_importlib = None
try:
    import _frozen_importlib_external
except ImportError:
    _frozen_importlib_external = _bootstrap_external

__all__ = [
    'Loader', 'MetaPathFinder', 'PathEntryFinder',
    'ResourceLoader', 'InspectLoader', 'ExecutionLoader',
    'FileLoader', 'SourceLoader',
]

# Traversable and TraversableResources moved to importlib.resources.abc.
_MOVED = ('Traversable', 'TraversableResources')


def __getattr__(name):
    if name in _MOVED:
        warnings._deprecated(f'{__name__}.{name}', remove=(3, 14))
        from .resources import abc as _resources_abc
        return getattr(_resources_abc, name)
    raise AttributeError(f'module {__name__!r} has no attribute {name!r}')


def _register(abstract_cls, *classes):
    """Register each class (and its frozen twin, if any) as a virtual subclass."""
    for cls in classes:
        abstract_cls.register(cls)
        if _frozen_importlib is not None:
            twin = getattr(_frozen_importlib, cls.__name__, None)
            if twin is None:
                twin = getattr(_frozen_importlib_external, cls.__name__, None)
            if twin is not None and twin is not cls:
                abstract_cls.register(twin)


class MetaPathFinder(metaclass=abc.ABCMeta):
    """A finder for sys.meta_path."""

    def invalidate_caches(self):
        """Drop whatever the finder caches (nothing by default)."""


_register(MetaPathFinder, machinery.BuiltinImporter, machinery.FrozenImporter,
          machinery.PathFinder, _bootstrap_external.WindowsRegistryFinder)


class PathEntryFinder(metaclass=abc.ABCMeta):
    """A finder for one sys.path entry, made by a sys.path_hooks hook."""

    def invalidate_caches(self):
        """Drop whatever the finder caches (nothing by default)."""


_register(PathEntryFinder, machinery.FileFinder)


class ResourceLoader(Loader):
    """A loader that can read data files by path (get_data)."""

    @abc.abstractmethod
    def get_data(self, path):
        """The bytes of the file at path; OSError if there is none."""
        raise OSError


class InspectLoader(Loader):
    """A loader that can show a module's source and code."""

    def is_package(self, fullname):
        """Whether fullname is a package; ImportError if the loader has no such module."""
        raise ImportError

    def get_code(self, fullname):
        """The code object of the module, compiled from get_source(); None without source."""
        source = self.get_source(fullname)
        if source is None:
            return None
        return self.source_to_code(source)

    @abc.abstractmethod
    def get_source(self, fullname):
        """The module's source text; ImportError if the loader has no such module."""
        raise ImportError

    @staticmethod
    def source_to_code(data, path='<string>'):
        """Compile data (str or bytes) as a module found at path."""
        return compile(data, path, 'exec', dont_inherit=True)

    exec_module = _bootstrap_external._LoaderBasics.exec_module
    load_module = _bootstrap_external._LoaderBasics.load_module


_register(InspectLoader, machinery.BuiltinImporter, machinery.FrozenImporter,
          machinery.NamespaceLoader)


class ExecutionLoader(InspectLoader):
    """An InspectLoader whose modules come from files."""

    @abc.abstractmethod
    def get_filename(self, fullname):
        """The path of the module's file; ImportError if there is none."""
        raise ImportError

    def get_code(self, fullname):
        """Compile get_source() as the file get_filename() names."""
        source = self.get_source(fullname)
        if source is None:
            return None
        try:
            path = self.get_filename(fullname)
        except ImportError:
            return self.source_to_code(source)
        return self.source_to_code(source, path)


_register(ExecutionLoader, _bootstrap_external.ExtensionFileLoader)


class FileLoader(_bootstrap_external.FileLoader, ResourceLoader, ExecutionLoader):
    """A loader for one file: get_filename() and get_data() from its path."""


_register(FileLoader, machinery.SourceFileLoader, machinery.SourcelessFileLoader)


class SourceLoader(_bootstrap_external.SourceLoader, ResourceLoader, ExecutionLoader):
    """A loader that compiles source files and keeps their bytecode cache.

    Implement get_filename() and get_data(); path_stats() (or path_mtime())
    and set_data() enable the cache.
    """

    def path_mtime(self, path):
        """The modification time of path; OSError when unknown."""
        if self.path_stats.__func__ is SourceLoader.path_stats:
            raise OSError
        return int(self.path_stats(path)['mtime'])

    def path_stats(self, path):
        """{'mtime': ..., 'size': ...} for path; OSError when unknown."""
        if self.path_mtime.__func__ is SourceLoader.path_mtime:
            raise OSError
        return {'mtime': self.path_mtime(path)}

    def set_data(self, path, data):
        """Write data to path (the cache), where the loader can."""


_register(SourceLoader, machinery.SourceFileLoader)
