"""Core of the import system, as seen from Python.

Kaa's import system is native; this module offers, under the names of
CPython's importlib._bootstrap, the pieces that Python code reaches for:
the meta path finders, ModuleSpec, module_from_spec and spec_from_loader,
the name resolution helpers, module locks and _verbose_message.
"""

import sys
import _thread
import _warnings
import _weakref
from importlib import machinery as _machinery
from importlib import util as _util

_bootstrap_external = None

BuiltinImporter = _machinery.BuiltinImporter
FrozenImporter = _machinery.FrozenImporter
ModuleSpec = _machinery.ModuleSpec
module_from_spec = _util.module_from_spec
spec_from_loader = _util.spec_from_loader

_ERR_MSG_PREFIX = 'No module named '
_ERR_MSG = _ERR_MSG_PREFIX + '{!r}'
_NEEDS_LOADING = object()


def _object_name(obj):
    return getattr(obj, '__qualname__', None) or type(obj).__qualname__


def _wrap(new, old):
    """Copy the naming attributes of old onto new."""
    for attr in ('__module__', '__name__', '__qualname__', '__doc__'):
        if hasattr(old, attr):
            setattr(new, attr, getattr(old, attr))
    new.__dict__.update(old.__dict__)


def _new_module(name):
    return type(sys)(name)


def _verbose_message(message, *args, verbosity=1):
    """Print message.format(*args) to stderr when -v is at least verbosity."""
    if sys.flags.verbose >= verbosity:
        text = message.format(*args)
        if not text.startswith(('#', 'import ')):
            text = '# ' + text
        print(text, file=sys.stderr)


def _call_with_frames_removed(f, *args, **kwds):
    """Call f; CPython's tracebacks hide the frames up to here."""
    return f(*args, **kwds)


# -- locks ----------------------------------------------------------------------

class _List(list):
    __slots__ = ('__weakref__',)


class _WeakValueDictionary:
    """A small dict whose values are held weakly."""

    def __init__(self):
        self._refs = {}

    def get(self, key, default=None):
        ref = self._refs.get(key)
        value = ref() if ref is not None else None
        return default if value is None else value

    def setdefault(self, key, default=None):
        value = self.get(key)
        if value is None:
            self._refs[key] = _weakref.ref(default, lambda r, k=key: self._refs.pop(k, None))
            value = default
        return value


_module_locks = {}
_blocking_on = _WeakValueDictionary()


class _DeadlockError(RuntimeError):
    pass


def _has_deadlocked(target_id, *, seen_ids, candidate_ids, blocking_on):
    """Whether following what each thread waits for from candidate_ids reaches target_id."""
    stack = list(candidate_ids)
    while stack:
        tid = stack.pop()
        if tid == target_id:
            return True
        if tid in seen_ids:
            continue
        seen_ids.add(tid)
        for lock in blocking_on.get(tid) or ():
            stack.append(lock.owner)
    return False


class _BlockingOnManager:
    """Records, while active, that a thread waits for a lock."""

    def __init__(self, thread_id, lock):
        self.thread_id = thread_id
        self.lock = lock

    def __enter__(self):
        self.blocked_on = _blocking_on.setdefault(self.thread_id, _List())
        self.blocked_on.append(self.lock)

    def __exit__(self, *args, **kwargs):
        self.blocked_on.remove(self.lock)


class _ModuleLock:
    """A re-entrant lock for one module, detecting deadlocks between threads."""

    def __init__(self, name):
        self.lock = _thread.RLock()
        self.wakeup = _thread.allocate_lock()
        self.name = name
        self.owner = None
        self.count = []
        self.waiters = []

    def has_deadlock(self):
        return _has_deadlocked(self.owner, seen_ids=set(),
                               candidate_ids=[_thread.get_ident()],
                               blocking_on=_blocking_on) if self.owner is not None else False

    def acquire(self):
        tid = _thread.get_ident()
        with _BlockingOnManager(tid, self):
            while True:
                with self.lock:
                    if not self.count or self.owner == tid:
                        self.owner = tid
                        self.count.append(True)
                        return True
                    if self.has_deadlock():
                        raise _DeadlockError(f'deadlock detected by {self!r}')
                    if self.wakeup.acquire(False):
                        self.waiters.append(None)
                self.wakeup.acquire()
                self.wakeup.release()

    def release(self):
        with self.lock:
            if self.owner != _thread.get_ident():
                raise RuntimeError('cannot release un-acquired lock')
            self.count.pop()
            if not self.count:
                self.owner = None
                if self.waiters:
                    self.waiters.pop()
                    self.wakeup.release()

    def locked(self):
        return bool(self.count)

    def __repr__(self):
        return f'_ModuleLock({self.name!r}) at {id(self)}'


class _DummyModuleLock:
    """A module lock for when threads are not available."""

    def __init__(self, name):
        self.name = name
        self.count = 0

    def acquire(self):
        self.count += 1
        return True

    def release(self):
        if self.count == 0:
            raise RuntimeError('cannot release un-acquired lock')
        self.count -= 1

    def __repr__(self):
        return f'_DummyModuleLock({self.name!r}) at {id(self)}'


class _ModuleLockManager:
    def __init__(self, name):
        self._name = name
        self._lock = None

    def __enter__(self):
        self._lock = _get_module_lock(self._name)
        self._lock.acquire()

    def __exit__(self, *args, **kwargs):
        self._lock.release()


def _get_module_lock(name):
    """The lock for module name, made on first use."""
    _imp_lock.acquire()
    try:
        ref = _module_locks.get(name)
        lock = ref() if ref is not None else None
        if lock is None:
            lock = _ModuleLock(name)

            def forget(_, key=name):
                _imp_lock.acquire()
                try:
                    if _module_locks.get(key) is not None and _module_locks[key]() is None:
                        del _module_locks[key]
                finally:
                    _imp_lock.release()

            _module_locks[name] = _weakref.ref(lock, forget)
    finally:
        _imp_lock.release()
    return lock


def _lock_unlock_module(name):
    """Wait until no other thread is importing name."""
    lock = _get_module_lock(name)
    try:
        lock.acquire()
    except _DeadlockError:
        pass
    else:
        lock.release()


_imp_lock = _thread.RLock()


class _ImportLockContext:
    """Holds the global import lock while active."""

    def __enter__(self):
        _imp_lock.acquire()

    def __exit__(self, exc_type, exc_value, exc_traceback):
        _imp_lock.release()


# -- names ------------------------------------------------------------------------

def _resolve_name(name, package, level):
    """name relative to package, level dots up."""
    parts = package.rsplit('.', level - 1)
    if len(parts) < level:
        raise ImportError('attempted relative import beyond top-level package')
    base = parts[0]
    return f'{base}.{name}' if name else base


def _sanity_check(name, package, level):
    if not isinstance(name, str):
        raise TypeError(f'module name must be str, not {type(name)}')
    if level < 0:
        raise ValueError('level must be >= 0')
    if level > 0:
        if not isinstance(package, str):
            raise TypeError('__package__ not set to a string')
        if not package:
            raise ImportError('attempted relative import with no known parent package')
    if not name and level == 0:
        raise ValueError('Empty module name')


def _calc___package__(globals):
    """The package a module's globals are relative to."""
    package = globals.get('__package__')
    spec = globals.get('__spec__')
    if package is not None:
        if spec is not None and package != spec.parent:
            _warnings.warn(f'__package__ != __spec__.parent ({package!r} != {spec.parent!r})',
                           DeprecationWarning, stacklevel=3)
        return package
    if spec is not None:
        return spec.parent
    _warnings.warn("can't resolve package from __spec__ or __package__, "
                   "falling back on __name__ and __path__", ImportWarning, stacklevel=3)
    package = globals['__name__']
    if '__path__' not in globals:
        package = package.rpartition('.')[0]
    return package


def _find_spec(name, path, target=None):
    """Ask each finder on sys.meta_path for name's spec."""
    meta_path = sys.meta_path
    if meta_path is None:
        raise ImportError('sys.meta_path is None, Python is likely shutting down')
    if not meta_path:
        _warnings.warn('sys.meta_path is empty', ImportWarning)
    for finder in meta_path:
        find = getattr(finder, 'find_spec', None)
        if find is None:
            continue
        spec = find(name, path, target)
        if spec is None:
            continue
        module = sys.modules.get(name)
        if module is not None and name in sys.modules:
            existing = getattr(module, '__spec__', None)
            if existing is not None:
                return existing
        return spec
    return None


def _find_and_load(name, import_=None):
    """Import name (the module itself, not its top package)."""
    module = sys.modules.get(name, _NEEDS_LOADING)
    if module is _NEEDS_LOADING or getattr(getattr(module, '__spec__', None), '_initializing', False):
        __import__(name)
        module = sys.modules.get(name, _NEEDS_LOADING)
        if module is _NEEDS_LOADING:
            raise ModuleNotFoundError(_ERR_MSG.format(name), name=name)
    if module is None:
        raise ModuleNotFoundError(f'import of {name} halted; None in sys.modules', name=name)
    return module


_find_and_load_unlocked = _find_and_load


def _gcd_import(name, package=None, level=0):
    """Import name (relative to package at level) and return the module itself."""
    _sanity_check(name, package, level)
    if level > 0:
        name = _resolve_name(name, package, level)
    return _find_and_load(name)


def _handle_fromlist(module, fromlist, import_, *, recursive=False):
    """Import the submodules named in fromlist that the package lacks."""
    for item in fromlist:
        if not isinstance(item, str):
            where = (module.__name__ + '.__all__') if recursive else "``from list''"
            raise TypeError(f'Item in {where} must be str, not {type(item).__name__}')
        if item == '*':
            if not recursive and hasattr(module, '__all__'):
                _handle_fromlist(module, module.__all__, import_, recursive=True)
            continue
        if hasattr(module, item):
            continue
        target = f'{module.__name__}.{item}'
        try:
            import_(target)
        except ModuleNotFoundError as exc:
            if exc.name == target and sys.modules.get(target, _NEEDS_LOADING) is not None:
                continue
            raise
    return module


def _module_repr(module):
    return repr(module)


def _module_repr_from_spec(spec):
    name = '?' if spec.name is None else spec.name
    if spec.origin is None:
        loader = spec.loader
        if loader is None:
            return f'<module {name!r}>'
        return f'<module {name!r} ({loader!r})>'
    if spec.has_location:
        return f'<module {name!r} from {spec.origin!r}>'
    return f'<module {spec.name!r} ({spec.origin})>'


def _spec_from_module(module, loader=None, origin=None):
    spec = getattr(module, '__spec__', None)
    if spec is not None:
        return spec
    name = module.__name__
    loader = getattr(module, '__loader__', loader)
    location = getattr(module, '__file__', None) or origin
    search = getattr(module, '__path__', None)
    if location is not None:
        return _util.spec_from_file_location(name, location, loader=loader,
                                              submodule_search_locations=search)
    spec = ModuleSpec(name, loader, origin=origin, is_package=search is not None)
    if search is not None:
        spec.submodule_search_locations = list(search)
    return spec


def _init_module_attrs(spec, module, *, override=False):
    """Set a module's import attributes from its spec."""
    def put(attr, value):
        if override or getattr(module, attr, None) is None:
            try:
                setattr(module, attr, value)
            except AttributeError:
                pass
    put('__name__', spec.name)
    put('__loader__', spec.loader)
    put('__package__', spec.parent)
    try:
        module.__spec__ = spec
    except AttributeError:
        pass
    if spec.submodule_search_locations is not None:
        put('__path__', spec.submodule_search_locations)
    if spec.has_location:
        put('__file__', spec.origin)
        if spec.cached is not None:
            put('__cached__', spec.cached)
    return module


def _exec(spec, module):
    """Run spec's module again in module (importlib.reload without the lookup)."""
    name = spec.name
    if sys.modules.get(name) is not module:
        raise ImportError(f'module {name!r} not in sys.modules', name=name)
    _init_module_attrs(spec, module, override=True)
    if spec.loader is None:
        raise ImportError('missing loader', name=spec.name)
    if not hasattr(spec.loader, 'exec_module'):
        spec.loader.load_module(name)
    else:
        spec.loader.exec_module(module)
    return sys.modules.pop(name) if False else sys.modules[name]


def _load_backward_compatible(spec):
    spec.loader.load_module(spec.name)
    module = sys.modules[spec.name]
    if getattr(module, '__loader__', None) is None:
        module.__loader__ = spec.loader
    if getattr(module, '__spec__', None) is None:
        module.__spec__ = spec
    return module


def _load_unlocked(spec):
    """Create spec's module, put it in sys.modules and execute it."""
    if spec.loader is not None and not hasattr(spec.loader, 'exec_module'):
        return _load_backward_compatible(spec)
    module = module_from_spec(spec)
    spec._initializing = True
    try:
        sys.modules[spec.name] = module
        try:
            if spec.loader is None:
                if spec.submodule_search_locations is None:
                    raise ImportError('missing loader', name=spec.name)
            else:
                spec.loader.exec_module(module)
        except BaseException:
            sys.modules.pop(spec.name, None)
            raise
        module = sys.modules.pop(spec.name)
        sys.modules[spec.name] = module
    finally:
        spec._initializing = False
    return module


def _load(spec):
    """Import the module spec describes, replacing any in sys.modules."""
    with _ModuleLockManager(spec.name):
        return _load_unlocked(spec)


def _load_module_shim(self, fullname):
    """The deprecated load_module() through exec_module()."""
    _warnings.warn('the load_module() method is deprecated and slated for removal in '
                   'Python 3.12; use exec_module() instead', DeprecationWarning, stacklevel=2)
    spec = spec_from_loader(fullname, self)
    module = sys.modules.get(fullname)
    if module is not None:
        _exec(spec, module)
        return sys.modules[fullname]
    return _load(spec)


def _requires_builtin(fxn):
    def checked(self, fullname):
        if fullname not in sys.builtin_module_names:
            raise ImportError(f'{fullname!r} is not a built-in module', name=fullname)
        return fxn(self, fullname)
    _wrap(checked, fxn)
    return checked


def _requires_frozen(fxn):
    def checked(self, fullname):
        raise ImportError(f'{fullname!r} is not a frozen module', name=fullname)
    _wrap(checked, fxn)
    return checked


def _builtin_from_name(name):
    spec = BuiltinImporter.find_spec(name)
    if spec is None:
        raise ImportError('no built-in module named ' + name)
    return _load_unlocked(spec)


def _setup(sys_module, _imp_module):
    """Kaa's import system sets itself up natively."""


def _install(sys_module, _imp_module):
    _setup(sys_module, _imp_module)


def _install_external_importers():
    global _bootstrap_external
    from importlib import _bootstrap_external as external
    _bootstrap_external = external


__import__ = __import__


def _late_bind():
    global _bootstrap_external
    import importlib._bootstrap_external as external
    _bootstrap_external = external


_late_bind()
del _late_bind
