"""Path-based import machinery, under CPython's name importlib._bootstrap_external.

Kaa's finders and loaders for files are native (see importlib.machinery) and
are only re-exported here.  What this module implements itself is what
tools and tests reach for: the pyc format (header checks, writing pycs),
cache and source path helpers, small path utilities, and the Python-level
loader bases that importlib.abc builds on (SourceLoader, FileLoader).
"""

import _io
import os as _os
import sys
import _kaa_importlib
from importlib import machinery as _machinery
from importlib import util as _util

_bootstrap = None  # importlib._bootstrap, bound by _set_bootstrap_module

# -- what importlib.machinery and importlib.util already provide -----------------

FileFinder = _machinery.FileFinder
PathFinder = _machinery.PathFinder
SourceFileLoader = _machinery.SourceFileLoader
SourcelessFileLoader = _machinery.SourcelessFileLoader
NamespaceLoader = _machinery.NamespaceLoader

SOURCE_SUFFIXES = _machinery.SOURCE_SUFFIXES
BYTECODE_SUFFIXES = _machinery.BYTECODE_SUFFIXES
EXTENSION_SUFFIXES = _machinery.EXTENSION_SUFFIXES
# Since PEP 488 every optimisation level uses .pyc; the old names remain as aliases.
DEBUG_BYTECODE_SUFFIXES = BYTECODE_SUFFIXES
OPTIMIZED_BYTECODE_SUFFIXES = BYTECODE_SUFFIXES

MAGIC_NUMBER = _util.MAGIC_NUMBER
_RAW_MAGIC_NUMBER = int.from_bytes(MAGIC_NUMBER, 'little')

cache_from_source = _util.cache_from_source
source_from_cache = _util.source_from_cache
spec_from_file_location = _util.spec_from_file_location

# Kaa runs on POSIX-like systems only.
_MS_WINDOWS = False
path_separators = '/'
path_sep = '/'
path_sep_tuple = ('/',)
_pathseps_with_colon = {':/'}

# Platforms whose file systems may ignore case (PYTHONCASEOK then applies).
_CASE_INSENSITIVE_PLATFORMS_STR_KEY = ('cygwin', 'darwin', 'ios', 'tvos', 'watchos')
_CASE_INSENSITIVE_PLATFORMS_BYTES_KEY = ('win',)
_CASE_INSENSITIVE_PLATFORMS = _CASE_INSENSITIVE_PLATFORMS_BYTES_KEY + _CASE_INSENSITIVE_PLATFORMS_STR_KEY

_code_type = type(compile('', '', 'exec'))


def _or_none(errors, call, *args):
    """call(*args), or None if it raises one of errors."""
    try:
        return call(*args)
    except errors:
        return None


def _relax_case():
    """Whether module file names may match in any case.

    Only on the case-insensitive platforms, and only when PYTHONCASEOK is
    set and the environment is not ignored (-E).
    """
    if not sys.platform.startswith(_CASE_INSENSITIVE_PLATFORMS_STR_KEY):
        return False
    return not sys.flags.ignore_environment and 'PYTHONCASEOK' in _os.environ


# -- little-endian integers of pyc headers ----------------------------------------

_LOW32 = 0xFFFFFFFF


def _pack_uint32(x):
    """The low 32 bits of x as 4 little-endian bytes."""
    return (int(x) & _LOW32).to_bytes(4, 'little')


def _reader_of_width(size):
    """A function decoding exactly size little-endian bytes as an unsigned int."""
    def unpack(data):
        if len(data) != size:
            raise AssertionError
        return int.from_bytes(data, 'little')
    unpack.__name__ = unpack.__qualname__ = f'_unpack_uint{8 * size}'
    return unpack


_unpack_uint16 = _reader_of_width(2)
_unpack_uint32 = _reader_of_width(4)
_unpack_uint64 = _reader_of_width(8)


# -- paths (no os.path here: the import machinery keeps to os and _io) -------------

def _path_join(*parts):
    """The non-empty parts joined with '/', trailing separators dropped from each."""
    return path_sep.join(p.rstrip(path_separators) for p in parts if p)


def _path_split(path):
    """(head, tail) around the last separator; head is '' when there is none."""
    head, _, tail = path.rpartition(path_sep)
    return head, tail


# A name of its own so that experiments can wrap it (a stat cache, say).
_path_stat = _os.stat


_S_IFMT = 0o170000
_S_IFDIR = 0o040000
_S_IFREG = 0o100000


def _path_is_mode_type(path, mode):
    """Whether path exists and its file type bits equal mode."""
    info = _or_none(OSError, _path_stat, path)
    return info is not None and info.st_mode & _S_IFMT == mode


def _path_isfile(path):
    """Like os.path.isfile."""
    return _path_is_mode_type(path, _S_IFREG)


def _path_isdir(path):
    """Like os.path.isdir, but '' means the current directory."""
    return _path_is_mode_type(path or _os.getcwd(), _S_IFDIR)


def _path_isabs(path):
    """Like os.path.isabs."""
    return path.startswith(path_sep_tuple)


def _path_abspath(path):
    """path made absolute against the current directory."""
    return path if _path_isabs(path) else _path_join(_os.getcwd(), path)


def _write_atomic(path, data, mode=0o666):
    """Replace path's contents with data in one step.

    The bytes go to a fresh file beside path (created exclusively, so a
    concurrent writer gets FileExistsError) which is then renamed over path.
    If anything fails the fresh file is removed and the error re-raised.
    """
    scratch = '{}.{}'.format(path, id(path))
    fd = _os.open(scratch, _os.O_WRONLY | _os.O_CREAT | _os.O_EXCL, mode & 0o666)
    try:
        with _io.FileIO(fd, 'wb') as out:
            out.write(data)
        _os.replace(scratch, path)
    except OSError:
        _or_none(OSError, _os.unlink, scratch)
        raise


def _calc_mode(path):
    """The mode a cache file for the source at path gets: the source's, plus owner write."""
    info = _or_none(OSError, _path_stat, path)
    source_mode = 0o666 if info is None else info.st_mode
    # Owner write lets a later run overwrite the cache even for a read-only source.
    return source_mode | 0o200


def _get_sourcefile(bytecode_path):
    """The source file of a cached or legacy bytecode path if it exists, else the path itself."""
    if not bytecode_path:
        return None
    stem, _, suffix = bytecode_path.rpartition('.')
    # Only names like x.pyc (any last letter after "py") can have a source.
    if not stem or not suffix.lower()[:-1].endswith('py'):
        return bytecode_path
    source = _or_none((NotImplementedError, ValueError), source_from_cache, bytecode_path)
    if source is None:
        source = bytecode_path[:-1]  # legacy layout: x.pyc beside x.py
    return source if _path_isfile(source) else bytecode_path


def _get_cached(filename):
    """Where the compiled form of filename lives: its cache file, itself, or None."""
    if filename.endswith(tuple(SOURCE_SUFFIXES)):
        return _or_none(NotImplementedError, cache_from_source, filename)
    return filename if filename.endswith(tuple(BYTECODE_SUFFIXES)) else None


def decode_source(source_bytes):
    """Source bytes as text: the PEP 263 encoding, universal newlines."""
    import tokenize
    encoding, _ = tokenize.detect_encoding(_io.BytesIO(source_bytes).readline)
    text = source_bytes.decode(encoding)
    return _io.IncrementalNewlineDecoder(None, True).decode(text)


# -- pyc files ----------------------------------------------------------------------
#
# A pyc is a 16-byte header and the marshalled code: the magic number, a
# 32-bit flags word (bit 0: hash-based, bit 1: check the hash), then either
# the source's mtime and size (timestamp pycs) or an 8-byte source hash.

_PYC_HEADER = 16
_MAGIC_FIELD = slice(0, 4)
_FLAGS_FIELD = slice(4, 8)
_MTIME_FIELD = slice(8, 12)
_SIZE_FIELD = slice(12, 16)
_HASH_FIELD = slice(8, 16)
_FLAG_HASH_BASED = 0b01
_FLAG_CHECK_SOURCE = 0b10


def _stale(complaint, exc_details):
    """Say complaint under -v, then raise it as ImportError."""
    _bootstrap._verbose_message('{}', complaint)
    raise ImportError(complaint, **exc_details)


def _classify_pyc(data, name, exc_details):
    """Check a pyc's magic number and flags word; return the flags."""
    if data[_MAGIC_FIELD] != MAGIC_NUMBER:
        _stale(f'bad magic number in {name!r}: {data[_MAGIC_FIELD]!r}', exc_details)
    if len(data) < _PYC_HEADER:
        short = f'reached EOF while reading pyc header of {name!r}'
        _bootstrap._verbose_message('{}', short)
        raise EOFError(short)
    flags = _unpack_uint32(data[_FLAGS_FIELD])
    unknown = flags & ~(_FLAG_HASH_BASED | _FLAG_CHECK_SOURCE)
    if unknown:
        raise ImportError(f'invalid flags {flags!r} in {name!r}', **exc_details)
    return flags


def _validate_timestamp_pyc(data, source_mtime, source_size, name, exc_details):
    """Raise ImportError unless a timestamp pyc records source_mtime (and source_size)."""
    stale = f'bytecode is stale for {name!r}'
    if _unpack_uint32(data[_MTIME_FIELD]) != int(source_mtime) & _LOW32:
        _stale(stale, exc_details)
    if source_size is None:
        return
    if _unpack_uint32(data[_SIZE_FIELD]) != source_size & _LOW32:
        raise ImportError(stale, **exc_details)


def _validate_hash_pyc(data, source_hash, name, exc_details):
    """Raise ImportError unless a hash-based pyc records source_hash."""
    recorded = data[_HASH_FIELD]
    if recorded != source_hash:
        raise ImportError(f"hash in bytecode doesn't match hash of source {name!r}",
                          **exc_details)


def _compile_bytecode(data, name=None, bytecode_path=None, source_path=None):
    """The code object in data (a pyc without its header).

    With source_path, the code (and the code nested in it) says it came
    from there.
    """
    code = _kaa_importlib.load_code(bytes(data))
    if not isinstance(code, _code_type):
        raise ImportError(f'Non-code object in {bytecode_path!r}', name=name, path=bytecode_path)
    _bootstrap._verbose_message('code object from {!r}', bytecode_path)
    return code if source_path is None else _fix_filename(code, source_path)


def _fix_filename(code, path):
    """code, and the code objects among its constants, relabelled as coming from path."""
    consts = tuple(_fix_filename(c, path) if isinstance(c, _code_type) else c
                   for c in code.co_consts)
    return code.replace(co_filename=path, co_consts=consts)


def _assemble_pyc(flags, middle, code):
    """Magic number, flags word, the 8 bytes of middle, then code marshalled."""
    return b''.join((MAGIC_NUMBER, _pack_uint32(flags), middle, _kaa_importlib.dump_code(code)))


def _code_to_timestamp_pyc(code, mtime=0, source_size=0):
    """A timestamp-checked pyc of code."""
    return _assemble_pyc(0, _pack_uint32(mtime) + _pack_uint32(source_size), code)


def _code_to_hash_pyc(code, source_hash, checked=True):
    """A hash-based pyc of code (PEP 552), checked against the source or not."""
    if len(source_hash) != 8:
        raise AssertionError
    flags = _FLAG_HASH_BASED | (_FLAG_CHECK_SOURCE if checked else 0)
    return _assemble_pyc(flags, source_hash, code)


# -- Python-level loader bases (importlib.abc builds on these) ------------------------

def _check_name(method):
    """Decorator for loader methods taking a module name.

    The name must be the one the loader was made for; None stands for it.
    """
    def checked(self, name=None, *args, **kwargs):
        own = self.name
        if name is not None and name != own:
            raise ImportError('loader for %s cannot handle %s' % (own, name), name=name)
        return method(self, own, *args, **kwargs)
    for attr in ('__module__', '__name__', '__qualname__', '__doc__'):
        setattr(checked, attr, getattr(method, attr))
    vars(checked).update(vars(method))
    return checked


def _usable_pyc_body(data, fullname, cache_path, stats):
    """The code bytes of data if it is a timestamp pyc that matches stats; else None."""
    details = {'name': fullname, 'path': cache_path}
    try:
        if _classify_pyc(data, fullname, details) & _FLAG_HASH_BASED:
            return None  # SourceLoader keeps timestamp pycs only
        _validate_timestamp_pyc(data, stats['mtime'], stats.get('size'), fullname, details)
    except (ImportError, EOFError):
        return None
    return data[_PYC_HEADER:]


class _LoaderBasics:
    """is_package, create_module, exec_module and load_module for loaders with get_code."""

    def is_package(self, fullname):
        """Whether the module's file is an __init__ file (and the module not itself __init__)."""
        leaf = _path_split(self.get_filename(fullname))[1]
        in_init = leaf.rsplit('.', 1)[0] == '__init__'
        return in_init and fullname.rpartition('.')[2] != '__init__'

    def create_module(self, spec):
        """None: the import system's default module will do."""

    def exec_module(self, module):
        """Run the code get_code() gives in the module's namespace."""
        name = module.__name__
        code = self.get_code(name)
        if code is None:
            raise ImportError(f'cannot load module {name!r} when get_code() returns None')
        exec(code, vars(module))

    def load_module(self, fullname):
        """The deprecated load_module(), done through exec_module()."""
        return _bootstrap._load_module_shim(self, fullname)


class SourceLoader(_LoaderBasics):
    """A loader over get_filename() and get_data(), with a bytecode cache.

    path_stats() (or path_mtime()) and set_data() enable the cache.
    """

    def path_mtime(self, path):
        """The modification time of path; OSError when unknown (the default)."""
        raise OSError

    def path_stats(self, path):
        """{'mtime': ..., optionally 'size': ...} for path; OSError when unknown."""
        return {'mtime': self.path_mtime(path)}

    def _cache_bytecode(self, source_path, cache_path, data):
        """Store a pyc; SourceFileLoader overrides this to give it the source's mode."""
        return self.set_data(cache_path, data)

    def set_data(self, path, data):
        """Write data to path, where the loader can (nothing by default)."""

    def get_source(self, fullname):
        """The module's source text, decoded from what get_data() reads."""
        filename = self.get_filename(fullname)
        try:
            raw = self.get_data(filename)
        except OSError as exc:
            raise ImportError('source not available through get_data()', name=fullname) from exc
        return decode_source(raw)

    def source_to_code(self, data, path, *, _optimize=-1):
        """Compile data (source bytes or text) as the module at path."""
        return compile(data, path, 'exec', dont_inherit=True, optimize=_optimize)

    def get_code(self, fullname):
        """The module's code: from its pyc when that is current, else compiled (and cached)."""
        source_path = self.get_filename(fullname)
        cache_path = _or_none(NotImplementedError, cache_from_source, source_path)
        stats = None if cache_path is None else _or_none(OSError, self.path_stats, source_path)
        if stats is not None:
            cached = _or_none(OSError, self.get_data, cache_path)
            body = None if cached is None else _usable_pyc_body(cached, fullname, cache_path, stats)
            if body is not None:
                return _compile_bytecode(body, fullname, cache_path, source_path)
        source = self.get_data(source_path)
        code = self.source_to_code(source, source_path)
        if stats is not None and not sys.dont_write_bytecode:
            pyc = _code_to_timestamp_pyc(code, stats['mtime'], len(source))
            # NotImplementedError: the loader cannot write, so no cache.
            _or_none(NotImplementedError, self._cache_bytecode, source_path, cache_path, pyc)
        return code


class FileLoader:
    """A loader for one module kept in one file."""

    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def __eq__(self, other):
        """Loaders are equal when of one type and for the same name and path."""
        return type(self) is type(other) and vars(self) == vars(other)

    def __hash__(self):
        """Consistent with __eq__: from the name and the path."""
        return hash((self.name, self.path))

    @_check_name
    def load_module(self, fullname):
        """load_module() of the other bases, for this loader's module only."""
        return super().load_module(fullname)

    @_check_name
    def get_filename(self, fullname):
        """The path the loader was made with."""
        return self.path

    def get_data(self, path):
        """The bytes of the file at path."""
        with _io.FileIO(path, 'r') as stream:
            return stream.readall()

    @_check_name
    def get_resource_reader(self, module):
        """A reader of the resources beside the module's file."""
        from importlib.readers import FileReader
        return FileReader(self)


class ExtensionFileLoader(FileLoader, _LoaderBasics):
    """Extension modules: Kaa has none (EXTENSION_SUFFIXES is empty)."""

    def create_module(self, spec):
        """Always refuses: Kaa cannot load extension modules."""
        raise ImportError(f'extension modules are not supported: {spec.name!r}',
                          name=spec.name, path=self.path)

    def exec_module(self, module):
        """Nothing to run."""

    def is_package(self, fullname):
        """False: no extension module is loaded, package or not."""
        return False

    def get_code(self, fullname):
        """None: an extension module has no code object."""

    def get_source(self, fullname):
        """None: an extension module has no source."""


class AppleFrameworkLoader(ExtensionFileLoader):
    """Extension modules in Apple frameworks (none under Kaa)."""


class WindowsRegistryFinder:
    """Finder of modules declared in the Windows registry (never finds any here)."""

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        """None: there is no registry to look in."""
        return None


def _through_path(operation):
    """A _NamespacePath method applying operation to the current path list."""
    def method(self, *args):
        return operation(self._recalculate(), *args)
    return method


class _NamespacePath:
    """The __path__ of a namespace package.

    CPython's recomputes itself from the parent's path; here the list it
    was given stays the path (shared with whoever passed it in), so
    _recalculate() just hands that list back.  Reads go through it, writes
    go to the list.
    """

    def __init__(self, name, path, path_finder):
        self._name = name
        self._path = path
        self._path_finder = path_finder  # unused: Kaa's path does not change by itself

    def _recalculate(self):
        """The current path: the list given at creation."""
        return self._path

    __iter__ = _through_path(iter)
    __len__ = _through_path(len)
    __getitem__ = _through_path(lambda entries, index: entries[index])
    __contains__ = _through_path(lambda entries, item: item in entries)

    def __setitem__(self, index, entry):
        self._recalculate()[index] = entry

    def append(self, entry):
        self._recalculate().append(entry)

    def __repr__(self):
        return f'_NamespacePath({self._recalculate()!r})'


def _bless_my_loader(module_globals):
    """The loader module_globals name: __spec__.loader, which __loader__ must agree with.

    Without __spec__, __loader__ is taken as it is; with neither, None.
    """
    unset = object()
    spec = module_globals.get('__spec__', unset)
    declared = module_globals.get('__loader__', unset)
    no_loader = 'Module globals is missing a __spec__.loader'
    if spec is unset:
        if declared is None:
            raise ValueError(no_loader)
        return None if declared is unset else declared
    from_spec = getattr(spec, 'loader', None)
    if from_spec is None:
        raise ValueError(no_loader)
    if declared is not unset and declared != from_spec:
        raise ValueError('Module globals; __loader__ != __spec__.loader')
    return from_spec


def _fix_up_module(ns, name, pathname, cpathname=None):
    """Give the namespace of a module run from pathname its __spec__, __loader__, __file__, __cached__."""
    given_spec = ns.get('__spec__')
    if ns.get('__loader__'):
        loader = ns['__loader__']
    elif given_spec:
        loader = given_spec.loader
    else:
        kind = SourcelessFileLoader if pathname == cpathname else SourceFileLoader
        loader = kind(name, pathname)
    fields = {'__spec__': given_spec or _file_spec(name, pathname, cpathname, loader),
              '__loader__': loader, '__file__': pathname, '__cached__': cpathname}
    try:
        ns.update(fields)
    except Exception:
        pass  # a namespace that refuses them keeps what it had


def _file_spec(name, pathname, cpathname, loader):
    """A spec for module name at pathname, cached at cpathname if given."""
    made = spec_from_file_location(name, pathname, loader=loader)
    if cpathname:
        made.cached = _path_abspath(cpathname)
    return made


def _get_supported_file_loaders():
    """(loader, suffixes) pairs, as FileFinder is configured with."""
    return [(SourceFileLoader, SOURCE_SUFFIXES),
            (SourcelessFileLoader, BYTECODE_SUFFIXES)]


def _set_bootstrap_module(module):
    """Remember importlib._bootstrap, which this module calls into."""
    global _bootstrap
    _bootstrap = module


def _install(bootstrap_module):
    """The path finders are installed natively at start-up; only remember the module."""
    _set_bootstrap_module(bootstrap_module)


# Last, since importlib._bootstrap imports this module in turn.
from importlib import _bootstrap as _bootstrap_module  # noqa: E402
_install(_bootstrap_module)
del _bootstrap_module
