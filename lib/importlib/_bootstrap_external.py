"""Path-based import machinery for Kaa.

The finders and loaders that the import system really uses are native (see
importlib.machinery); this module gathers them under the names CPython's
importlib._bootstrap_external offers, together with the small helpers that
tools (py_compile, compileall, test suites) reach for: pyc headers, cache
paths, path utilities and the Python-level loader mixins.
"""

import _io
import _warnings
import os as _os
import sys
import _kaa_importlib
from importlib import machinery as _machinery
from importlib import util as _util

_bootstrap = None  # set by _set_bootstrap_module

# The concrete finders and loaders are the native ones.
FileFinder = _machinery.FileFinder
PathFinder = _machinery.PathFinder
SourceFileLoader = _machinery.SourceFileLoader
SourcelessFileLoader = _machinery.SourcelessFileLoader
NamespaceLoader = _machinery.NamespaceLoader
_NamespaceLoader = NamespaceLoader

SOURCE_SUFFIXES = _machinery.SOURCE_SUFFIXES
BYTECODE_SUFFIXES = _machinery.BYTECODE_SUFFIXES
EXTENSION_SUFFIXES = _machinery.EXTENSION_SUFFIXES
DEBUG_BYTECODE_SUFFIXES = OPTIMIZED_BYTECODE_SUFFIXES = BYTECODE_SUFFIXES

MAGIC_NUMBER = _util.MAGIC_NUMBER
_RAW_MAGIC_NUMBER = int.from_bytes(MAGIC_NUMBER, 'little')
_PYCACHE = '__pycache__'
_OPT = 'opt-'

cache_from_source = _util.cache_from_source
source_from_cache = _util.source_from_cache
spec_from_file_location = _util.spec_from_file_location

_MS_WINDOWS = False
path_separators = '/'
path_sep = '/'
path_sep_tuple = ('/',)
_pathseps_with_colon = {':/'}
_CASE_INSENSITIVE_PLATFORMS_STR_KEY = ('cygwin', 'darwin', 'ios', 'tvos', 'watchos')
_CASE_INSENSITIVE_PLATFORMS_BYTES_KEY = ('win',)
_CASE_INSENSITIVE_PLATFORMS = (_CASE_INSENSITIVE_PLATFORMS_BYTES_KEY
                               + _CASE_INSENSITIVE_PLATFORMS_STR_KEY)
_code_type = type(compile('', '', 'exec'))
_POPULATE = object()


def _make_relax_case():
    # Case-insensitive matching is only for the platforms listed above and
    # only when PYTHONCASEOK is set; Kaa runs on case-sensitive systems.
    key = 'PYTHONCASEOK'
    if sys.platform.startswith(_CASE_INSENSITIVE_PLATFORMS_STR_KEY):
        return lambda: not sys.flags.ignore_environment and key in _os.environ
    return lambda: False


_relax_case = _make_relax_case()


# -- integers in pyc headers --------------------------------------------------

def _pack_uint32(x):
    """The low 32 bits of x, little-endian."""
    return (int(x) & 0xFFFFFFFF).to_bytes(4, 'little')


def _unpack_uint64(data):
    if len(data) != 8:
        raise AssertionError
    return int.from_bytes(data, 'little')


def _unpack_uint32(data):
    if len(data) != 4:
        raise AssertionError
    return int.from_bytes(data, 'little')


def _unpack_uint16(data):
    if len(data) != 2:
        raise AssertionError
    return int.from_bytes(data, 'little')


# -- paths ----------------------------------------------------------------------

def _path_join(*parts):
    """The non-empty parts joined by '/', each without trailing separators."""
    return path_sep.join(p.rstrip(path_separators) for p in parts if p)


def _path_split(path):
    head, _, tail = path.rpartition('/')
    return head, tail


def _path_stat(path):
    return _os.stat(path)


def _path_is_mode_type(path, mode):
    try:
        info = _path_stat(path)
    except OSError:
        return False
    return (info.st_mode & 0o170000) == mode


def _path_isfile(path):
    return _path_is_mode_type(path, 0o100000)


def _path_isdir(path):
    if not path:
        path = _os.getcwd()
    return _path_is_mode_type(path, 0o040000)


def _path_isabs(path):
    return path.startswith('/')


def _path_abspath(path):
    if _path_isabs(path):
        return path
    return _path_join(_os.getcwd(), path)


def _write_atomic(path, data, mode=0o666):
    """Write data to path through a temporary file renamed over it."""
    tmp = '{}.{}'.format(path, id(path))
    fd = _os.open(tmp, _os.O_EXCL | _os.O_CREAT | _os.O_WRONLY, mode & 0o666)
    try:
        with _io.FileIO(fd, 'wb') as f:
            f.write(data)
        _os.replace(tmp, path)
    except OSError:
        try:
            _os.unlink(tmp)
        except OSError:
            pass
        raise


def _calc_mode(path):
    """The permission bits a cache file for the source at path gets."""
    try:
        mode = _path_stat(path).st_mode
    except OSError:
        mode = 0o666
    return mode | 0o200


def _get_sourcefile(bytecode_path):
    """The .py beside a cached or legacy .pyc, if it exists; else the path given."""
    if not bytecode_path:
        return None
    stem, dot, ext = bytecode_path.rpartition('.')
    if not stem or ext.lower()[-3:-1] != 'py':
        return bytecode_path
    try:
        source = source_from_cache(bytecode_path)
    except (NotImplementedError, ValueError):
        source = bytecode_path[:-1]
    return source if _path_isfile(source) else bytecode_path


def _get_cached(filename):
    if filename.endswith(tuple(SOURCE_SUFFIXES)):
        try:
            return cache_from_source(filename)
        except NotImplementedError:
            return None
    if filename.endswith(tuple(BYTECODE_SUFFIXES)):
        return filename
    return None


def decode_source(source_bytes):
    """Source bytes as text: the PEP 263 encoding, universal newlines."""
    import tokenize
    readline = _io.BytesIO(source_bytes).readline
    encoding = tokenize.detect_encoding(readline)[0]
    newlines = _io.IncrementalNewlineDecoder(None, True)
    return newlines.decode(source_bytes.decode(encoding))


# -- pyc files --------------------------------------------------------------------

def _classify_pyc(data, name, exc_details):
    """Check a pyc's magic number and flags; return the flags."""
    if data[:4] != MAGIC_NUMBER:
        message = f'bad magic number in {name!r}: {data[:4]!r}'
        _bootstrap._verbose_message('{}', message)
        raise ImportError(message, **exc_details)
    if len(data) < 16:
        message = f'reached EOF while reading pyc header of {name!r}'
        _bootstrap._verbose_message('{}', message)
        raise EOFError(message)
    flags = _unpack_uint32(data[4:8])
    if flags & ~0b11:
        message = f'invalid flags {flags!r} in {name!r}'
        raise ImportError(message, **exc_details)
    return flags


def _validate_timestamp_pyc(data, source_mtime, source_size, name, exc_details):
    """Raise ImportError when a timestamp pyc is stale for its source."""
    if _unpack_uint32(data[8:12]) != (int(source_mtime) & 0xFFFFFFFF):
        message = f'bytecode is stale for {name!r}'
        _bootstrap._verbose_message('{}', message)
        raise ImportError(message, **exc_details)
    if source_size is not None and _unpack_uint32(data[12:16]) != (source_size & 0xFFFFFFFF):
        raise ImportError(f'bytecode is stale for {name!r}', **exc_details)


def _validate_hash_pyc(data, source_hash, name, exc_details):
    """Raise ImportError when a hash pyc does not match its source's hash."""
    if data[8:16] != source_hash:
        raise ImportError(
            f'hash in bytecode doesn\'t match hash of source {name!r}',
            **exc_details,
        )


def _compile_bytecode(data, name=None, bytecode_path=None, source_path=None):
    """The code object of a pyc body (the bytes after the header)."""
    code = _kaa_importlib.load_code(bytes(data))
    if not isinstance(code, _code_type):
        raise ImportError(f'Non-code object in {bytecode_path!r}',
                          name=name, path=bytecode_path)
    _bootstrap._verbose_message('code object from {!r}', bytecode_path)
    if source_path is not None:
        code = _fix_filename(code, source_path)
    return code


def _fix_filename(code, path):
    consts = tuple(_fix_filename(c, path) if isinstance(c, _code_type) else c
                   for c in code.co_consts)
    return code.replace(co_filename=path, co_consts=consts)


def _code_to_timestamp_pyc(code, mtime=0, source_size=0):
    """A timestamp-based pyc for code."""
    header = MAGIC_NUMBER + _pack_uint32(0) + _pack_uint32(mtime) + _pack_uint32(source_size)
    return header + _kaa_importlib.dump_code(code)


def _code_to_hash_pyc(code, source_hash, checked=True):
    """A hash-based pyc for code (PEP 552)."""
    if len(source_hash) != 8:
        raise AssertionError
    flags = 0b01 | (0b10 if checked else 0)
    return MAGIC_NUMBER + _pack_uint32(flags) + source_hash + _kaa_importlib.dump_code(code)


# -- Python-level loader mixins (the bases of importlib.abc) ------------------------

def _check_name(method):
    """Decorator: the loader's method accepts only the name it was made for."""
    def checked(self, name=None, *args, **kwargs):
        if name is None:
            name = self.name
        elif self.name != name:
            raise ImportError('loader for %s cannot handle %s' % (self.name, name), name=name)
        return method(self, name, *args, **kwargs)
    for attr in ('__module__', '__name__', '__qualname__', '__doc__'):
        if hasattr(method, attr):
            setattr(checked, attr, getattr(method, attr))
    checked.__dict__.update(method.__dict__)
    return checked


class _LoaderBasics:
    """is_package, create_module and exec_module for loaders with get_code."""

    def is_package(self, fullname):
        leaf = self.get_filename(fullname).rpartition('/')[2]
        return leaf.rsplit('.', 1)[0] == '__init__' and fullname.rpartition('.')[2] != '__init__'

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        code = self.get_code(module.__name__)
        if code is None:
            raise ImportError(f'cannot load module {module.__name__!r} when get_code() returns None')
        exec(code, module.__dict__)

    def load_module(self, fullname):
        return _bootstrap._load_module_shim(self, fullname)


class SourceLoader(_LoaderBasics):
    """A loader over path_stats/get_data/set_data, with the bytecode cache."""

    def path_mtime(self, path):
        raise OSError

    def path_stats(self, path):
        return {'mtime': self.path_mtime(path)}

    def _cache_bytecode(self, source_path, cache_path, data):
        return self.set_data(cache_path, data)

    def set_data(self, path, data):
        """Write data to path, where the loader can (nothing by default)."""

    def get_source(self, fullname):
        path = self.get_filename(fullname)
        try:
            raw = self.get_data(path)
        except OSError as exc:
            raise ImportError('source not available through get_data()', name=fullname) from exc
        return decode_source(raw)

    def source_to_code(self, data, path, *, _optimize=-1):
        return compile(data, path, 'exec', dont_inherit=True, optimize=_optimize)

    def get_code(self, fullname):
        source_path = self.get_filename(fullname)
        cache_path = None
        stats = None
        if not sys.dont_write_bytecode or True:
            try:
                cache_path = cache_from_source(source_path)
            except NotImplementedError:
                cache_path = None
        if cache_path is not None:
            try:
                stats = self.path_stats(source_path)
            except OSError:
                stats = None
        if stats is not None:
            try:
                data = self.get_data(cache_path)
            except OSError:
                data = None
            if data is not None:
                details = {'name': fullname, 'path': cache_path}
                try:
                    flags = _classify_pyc(data, fullname, details)
                    if flags & 0b1:
                        raise ImportError('hash-based pyc', **details)
                    _validate_timestamp_pyc(data, stats['mtime'], stats.get('size'),
                                            fullname, details)
                except (ImportError, EOFError):
                    pass
                else:
                    return _compile_bytecode(data[16:], fullname, cache_path, source_path)
        source = self.get_data(source_path)
        code = self.source_to_code(source, source_path)
        if stats is not None and cache_path is not None and not sys.dont_write_bytecode:
            pyc = _code_to_timestamp_pyc(code, stats['mtime'], len(source))
            try:
                self._cache_bytecode(source_path, cache_path, pyc)
            except NotImplementedError:
                pass
        return code


class FileLoader:
    """A loader for one module at one file path."""

    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def __eq__(self, other):
        return type(self) is type(other) and self.__dict__ == other.__dict__

    def __hash__(self):
        return hash(self.name) ^ hash(self.path)

    @_check_name
    def load_module(self, fullname):
        return super().load_module(fullname)

    @_check_name
    def get_filename(self, fullname):
        return self.path

    def get_data(self, path):
        with _io.FileIO(path, 'r') as f:
            return f.read()

    @_check_name
    def get_resource_reader(self, module):
        from importlib.readers import FileReader
        return FileReader(self)


class ExtensionFileLoader(FileLoader, _LoaderBasics):
    """Extension modules: Kaa has none (EXTENSION_SUFFIXES is empty)."""

    def create_module(self, spec):
        raise ImportError(f'extension modules are not supported: {spec.name!r}',
                          name=spec.name, path=self.path)

    def exec_module(self, module):
        pass

    def is_package(self, fullname):
        return False

    def get_code(self, fullname):
        return None

    def get_source(self, fullname):
        return None


class AppleFrameworkLoader(ExtensionFileLoader):
    """Extension modules in Apple frameworks (none under Kaa)."""


class WindowsRegistryFinder:
    """Finder of modules declared in the Windows registry (never finds any here)."""

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        return None


class _NamespacePath:
    """The live __path__ of a namespace package."""

    def __init__(self, name, path, path_finder):
        self._name = name
        self._path = path
        self._path_finder = path_finder

    def _recalculate(self):
        return self._path

    def __iter__(self):
        return iter(self._recalculate())

    def __getitem__(self, index):
        return self._recalculate()[index]

    def __setitem__(self, index, path):
        self._path[index] = path

    def __len__(self):
        return len(self._recalculate())

    def __repr__(self):
        return f'_NamespacePath({self._path!r})'

    def __contains__(self, item):
        return item in self._recalculate()

    def append(self, item):
        self._path.append(item)


def _bless_my_loader(module_globals):
    """The loader a module's globals name: __spec__.loader, checked against __loader__."""
    missing = object()
    loader = module_globals.get('__loader__', missing)
    spec = module_globals.get('__spec__', missing)
    if spec is missing:
        if loader is missing:
            return None
        if loader is None:
            raise ValueError('Module globals is missing a __spec__.loader')
        return loader
    spec_loader = getattr(spec, 'loader', missing)
    if spec_loader in (missing, None):
        raise ValueError('Module globals is missing a __spec__.loader')
    if loader is not missing and loader != spec_loader:
        raise ValueError('Module globals; __loader__ != __spec__.loader')
    return spec_loader


def _fix_up_module(ns, name, pathname, cpathname=None):
    """Give a namespace __spec__, __loader__, __file__ and __cached__ for a path."""
    loader = ns.get('__loader__')
    spec = ns.get('__spec__')
    if not loader:
        if spec:
            loader = spec.loader
        elif pathname == cpathname:
            loader = SourcelessFileLoader(name, pathname)
        else:
            loader = SourceFileLoader(name, pathname)
    if not spec:
        spec = spec_from_file_location(name, pathname, loader=loader)
        if cpathname:
            spec.cached = _path_abspath(cpathname)
    try:
        ns['__spec__'] = spec
        ns['__loader__'] = loader
        ns['__file__'] = pathname
        ns['__cached__'] = cpathname
    except Exception:
        pass


def _get_supported_file_loaders():
    """(loader, suffixes) pairs, as FileFinder is configured with."""
    return [(SourceFileLoader, SOURCE_SUFFIXES),
            (SourcelessFileLoader, BYTECODE_SUFFIXES)]


def _set_bootstrap_module(module):
    global _bootstrap
    _bootstrap = module


def _install(bootstrap_module):
    """The path finders are installed natively at start-up; only remember the module."""
    _set_bootstrap_module(bootstrap_module)


from importlib import _bootstrap as _bootstrap_module  # noqa: E402
_set_bootstrap_module(_bootstrap_module)
del _bootstrap_module
