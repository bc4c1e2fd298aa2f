"""Core of the import system, as seen from Python.

Kaa imports natively (in Go).  This module holds what Python code expects
to find under CPython's name importlib._bootstrap: the spec types and
functions (re-exported from importlib.machinery and importlib.util),
relative-name arithmetic, per-module import locks that notice deadlocks,
loading a spec by hand, and the load_module() compatibility shim.
"""

import sys
import _thread
import _warnings
import _weakref
from importlib import machinery as _machinery
from importlib import util as _util

BuiltinImporter = _machinery.BuiltinImporter
FrozenImporter = _machinery.FrozenImporter
ModuleSpec = _machinery.ModuleSpec
module_from_spec = _util.module_from_spec
spec_from_loader = _util.spec_from_loader

# The text of ModuleNotFoundError for a name nobody could find.
_ERR_MSG_PREFIX = 'No module named '
_ERR_MSG = _ERR_MSG_PREFIX + '{!r}'

# Marks "no entry in sys.modules", which differs from an entry that is None.
_NEEDS_LOADING = object()


# -- small utilities ----------------------------------------------------------

def _object_name(obj):
    """A readable name for obj: its qualified name, else its type's."""
    qualname = getattr(obj, '__qualname__', None)
    return qualname if qualname else type(obj).__qualname__


def _wrap(new, old):
    """Make the wrapper new look like the function old it wraps."""
    absent = object()
    for attr in ('__module__', '__name__', '__qualname__', '__doc__'):
        value = getattr(old, attr, absent)
        if value is not absent:
            setattr(new, attr, value)
    vars(new).update(vars(old))


# An empty module object: _new_module(name).
_new_module = type(sys)


def _verbose_message(message, *args, verbosity=1):
    """Report on stderr, as -v does, once sys.flags.verbose reaches verbosity."""
    if sys.flags.verbose < verbosity:
        return
    line = message.format(*args)
    if not line.startswith(('#', 'import ')):
        line = '# ' + line
    print(line, file=sys.stderr)


def _call_with_frames_removed(f, *args, **kwds):
    """f(*args, **kwds).  CPython trims tracebacks at this frame; Kaa has no such trimming."""
    return f(*args, **kwds)


# -- per-module import locks ------------------------------------------------------
#
# Each module being imported by hand (_load, _lock_unlock_module) gets a
# re-entrant lock.  A thread about to wait for one records that in
# _blocking_on (thread id -> locks it waits for); before waiting it walks
# that graph, and if the holder is, directly or through others, waiting for
# this thread, it raises _DeadlockError instead of waiting forever.

# module name -> weak reference to its _ModuleLock
_module_locks = {}

# thread id -> list of the locks that thread is waiting to acquire
_blocking_on = {}

# The global import lock, held through _ImportLockContext.
_imp_lock = _thread.RLock()


class _DeadlockError(RuntimeError):
    pass


def _has_deadlocked(target_id, *, seen_ids, candidate_ids, blocking_on):
    """Whether target_id can be reached from candidate_ids by following "waits for".

    blocking_on maps a thread id to the locks it is waiting for; the owner
    of such a lock is the next thread along.  seen_ids collects the threads
    visited (the caller passes a fresh set).
    """
    level = set(candidate_ids)
    while level:
        if target_id in level:
            return True
        seen_ids |= level
        level = {waited.owner
                 for tid in level
                 for waited in blocking_on.get(tid) or ()} - seen_ids
    return False


_NOT_HELD = 'cannot release un-acquired lock'


class _DummyModuleLock:
    """The module lock for a runtime without threads: it only counts.

    It is also the bookkeeping half of _ModuleLock.
    """

    def __init__(self, name):
        self.name = name
        self.count = 0  # how many times the holder has acquired it

    def acquire(self):
        """Take the lock once more; never blocks."""
        self.count += 1
        return True

    def release(self):
        """Undo one acquire; true once the lock is free again."""
        if not self.count:
            raise RuntimeError(_NOT_HELD)
        self.count -= 1
        return not self.count

    def __repr__(self):
        return f'{type(self).__name__}({self.name!r}) at {id(self)}'

    # A module lock is its own `with` block.
    def __enter__(self):
        self.acquire()

    def __exit__(self, *exc_info):
        self.release()


class _ModuleLock(_DummyModuleLock):
    """A re-entrant lock that raises _DeadlockError rather than wait in a cycle.

    Threads that must wait park on a private lock of their own (a ticket)
    that release() opens once the module lock is free; they then compete
    for it again.
    """

    def __init__(self, name):
        super().__init__(name)
        self.owner = None           # ident of the holding thread
        self._state = _thread.allocate_lock()   # guards owner, count, tickets
        self._tickets = []

    def has_deadlock(self):
        """Whether waiting for this lock would close a cycle back to the caller."""
        if self.owner is None:
            return False
        return _has_deadlocked(_thread.get_ident(), seen_ids=set(),
                               candidate_ids=[self.owner], blocking_on=_blocking_on)

    def acquire(self):
        """Take the lock (again, if this thread holds it); raises _DeadlockError."""
        me = _thread.get_ident()
        # Say what this thread waits for, so that others can see a cycle.
        waits = _blocking_on.setdefault(me, [])
        waits.append(self)
        try:
            while True:
                with self._state:
                    if self.owner in (None, me):
                        self.owner = me
                        return super().acquire()
                    if self.has_deadlock():
                        raise _DeadlockError(f'deadlock detected by {self!r}')
                    ticket = _thread.allocate_lock()
                    ticket.acquire()
                    self._tickets.append(ticket)
                ticket.acquire()  # parked until release() lets go of it
        finally:
            waits.remove(self)
            if not waits:
                _blocking_on.pop(me, None)

    def release(self):
        """Give up one level of the lock; wake the waiters once it is free."""
        with self._state:
            if self.owner != _thread.get_ident():
                raise RuntimeError(_NOT_HELD)
            if not super().release():
                return
            self.owner = None
            woken, self._tickets = self._tickets, []
            for ticket in woken:
                ticket.release()

    def locked(self):
        """Whether some thread holds the lock."""
        return self.owner is not None


def _forget_lock(name):
    """A weakref callback that drops name's entry from _module_locks once its lock dies."""
    def forget(dead_ref):
        with _imp_lock:
            if _module_locks.get(name) is dead_ref:
                del _module_locks[name]
    return forget


def _get_module_lock(name):
    """The lock of module name: the live one if any thread has it, else a new one."""
    with _imp_lock:
        ref = _module_locks.get(name)
        existing = ref() if ref is not None else None
        if existing is not None:
            return existing
        made = _ModuleLock(name)
        _module_locks[name] = _weakref.ref(made, _forget_lock(name))
        return made


def _lock_unlock_module(name):
    """Wait until no other thread is in the middle of importing name."""
    try:
        with _get_module_lock(name):
            pass
    except _DeadlockError:
        # The import we would wait for is waiting for us: go on rather than hang.
        pass


class _ImportLockContext:
    """`with` block that holds the global import lock."""

    def __enter__(self):
        _imp_lock.acquire()

    def __exit__(self, *exc_info):
        _imp_lock.release()


# -- names ----------------------------------------------------------------------

def _resolve_name(name, package, level):
    """The absolute name that `from <level dots>name import ...` in package means."""
    parts = package.split('.')
    if level > len(parts):
        raise ImportError('attempted relative import beyond top-level package')
    kept = parts[:len(parts) - level + 1]
    if name:
        kept.append(name)
    return '.'.join(kept)


def _sanity_check(name, package, level):
    """Reject the arguments __import__ and import_module() refuse."""
    if not isinstance(name, str):
        raise TypeError(f'module name must be str, not {type(name)}')
    if level < 0:
        raise ValueError('level must be >= 0')
    if not level:
        # An absolute import: only the name can be wrong.
        if name:
            return
        raise ValueError('Empty module name')
    if not isinstance(package, str):
        raise TypeError('__package__ not set to a string')
    if not package:
        raise ImportError('attempted relative import with no known parent package')


def _calc___package__(globals):
    """The package that relative imports in a module with these globals are relative to.

    __package__ wins (with a warning if __spec__ disagrees), then
    __spec__.parent, then a guess from __name__ and __path__.
    """
    declared = globals.get('__package__')
    from_spec = globals.get('__spec__')
    if from_spec is not None:
        parent = from_spec.parent
        if declared is None:
            return parent
        if declared != parent:
            _warnings.warn('__package__ != __spec__.parent '
                           f'({declared!r} != {parent!r})',
                           DeprecationWarning, stacklevel=3)
        return declared
    if declared is not None:
        return declared
    _warnings.warn("can't resolve package from __spec__ or __package__, "
                   "falling back on __name__ and __path__",
                   ImportWarning, stacklevel=3)
    own = globals['__name__']
    return own if '__path__' in globals else own.rpartition('.')[0]


# -- finding and importing ----------------------------------------------------------

def _find_spec(name, path, target=None):
    """The spec from the first sys.meta_path finder that knows name, or None.

    When name is already in sys.modules with a spec, that spec is returned
    instead of the finder's.
    """
    finders = sys.meta_path
    if finders is None:
        raise ImportError('sys.meta_path is None, Python is likely shutting down')
    if not finders:
        _warnings.warn('sys.meta_path is empty', ImportWarning)
    for finder in finders:
        ask = getattr(finder, 'find_spec', None)
        found = None if ask is None else ask(name, path, target)
        if found is not None:
            current = getattr(sys.modules.get(name), '__spec__', None)
            return found if current is None else current
    return None


def _still_initializing(module):
    """Whether module is one whose code is still running (a circular import)."""
    return getattr(getattr(module, '__spec__', None), '_initializing', False)


def _find_and_load(name, import_=None):
    """sys.modules[name], importing it (natively) first when absent or half-made."""
    present = sys.modules.get(name, _NEEDS_LOADING)
    if present is _NEEDS_LOADING or _still_initializing(present):
        __import__(name)
        present = sys.modules.get(name, _NEEDS_LOADING)
        if present is _NEEDS_LOADING:
            raise ModuleNotFoundError(_ERR_MSG.format(name), name=name)
    if present is None:
        raise ModuleNotFoundError(f'import of {name} halted; None in sys.modules', name=name)
    return present


_find_and_load_unlocked = _find_and_load


def _gcd_import(name, package=None, level=0):
    """import_module()'s core: the named module itself, not its top-level package."""
    _sanity_check(name, package, level)
    absolute = _resolve_name(name, package, level) if level else name
    return _find_and_load(absolute)


def _import_submodule(fullname, import_):
    """import_(fullname), tolerating only that fullname itself does not exist."""
    try:
        import_(fullname)
    except ModuleNotFoundError as exc:
        # A missing submodule just means the name is not one; a missing
        # dependency of a real one (or a None entry in sys.modules) is an error.
        if exc.name != fullname or sys.modules.get(fullname, _NEEDS_LOADING) is None:
            raise


def _handle_fromlist(module, fromlist, import_, *, recursive=False):
    """Import the submodules of package module that `from module import ...` names.

    '*' means the names in module.__all__; names the module already has are
    left alone.
    """
    for entry in fromlist:
        if not isinstance(entry, str):
            origin = f'{module.__name__}.__all__' if recursive else "``from list''"
            raise TypeError(f'Item in {origin} must be str, not {type(entry).__name__}')
        if entry == '*':
            if recursive or not hasattr(module, '__all__'):
                continue
            _handle_fromlist(module, module.__all__, import_, recursive=True)
        elif not hasattr(module, entry):
            _import_submodule(f'{module.__name__}.{entry}', import_)
    return module


# -- modules and specs --------------------------------------------------------------

_module_repr = repr


def _module_repr_from_spec(spec):
    """repr() of a module, worked out from its spec."""
    shown = '?' if spec.name is None else spec.name
    if spec.origin is not None:
        if not spec.has_location:
            # built-in, frozen and the like: the origin is a word, not a path
            shown, detail = spec.name, f' ({spec.origin})'
        else:
            detail = f' from {spec.origin!r}'
    else:
        detail = '' if spec.loader is None else f' ({spec.loader!r})'
    return f'<module {shown!r}{detail}>'


def _spec_from_module(module, loader=None, origin=None):
    """module.__spec__, or one pieced together from its other attributes."""
    known = getattr(module, '__spec__', None)
    if known is not None:
        return known
    loader = getattr(module, '__loader__', loader)
    where = getattr(module, '__file__', None) or origin
    search = getattr(module, '__path__', None)
    if where is not None:
        return _util.spec_from_file_location(
            module.__name__, where, submodule_search_locations=search, loader=loader)
    made = ModuleSpec(module.__name__, loader, origin=origin, is_package=search is not None)
    if search is not None:
        made.submodule_search_locations = list(search)
    return made


def _init_module_attrs(spec, module, *, override=False):
    """Copy spec's facts onto module's import attributes.

    Attributes already set (not None) are kept unless override; __spec__
    is always replaced.  Attributes the module refuses are skipped.
    """
    facts = [('__name__', spec.name), ('__loader__', spec.loader),
             ('__package__', spec.parent), ('__spec__', spec),
             ('__path__', spec.submodule_search_locations)]
    if spec.has_location:
        facts += [('__file__', spec.origin), ('__cached__', spec.cached)]
    for attr, value in facts:
        if value is None and attr in _SET_ONLY_WHEN_KNOWN:
            continue
        if not override and attr != '__spec__' and getattr(module, attr, None) is not None:
            continue
        try:
            setattr(module, attr, value)
        except AttributeError:
            pass  # a read-only attribute: leave it be
    return module


# Attributes _init_module_attrs leaves alone when the spec has no value for them.
_SET_ONLY_WHEN_KNOWN = ('__path__', '__cached__')


def _no_loader(spec):
    """The error for a spec without a loader that needed one."""
    return ImportError('missing loader', name=spec.name)


def _run_loader(spec, module):
    """Run module's code through spec.loader, the modern way or the old one."""
    if spec.loader is None:
        raise _no_loader(spec)
    runner = getattr(spec.loader, 'exec_module', None)
    if runner is None:
        spec.loader.load_module(spec.name)
    else:
        runner(module)


def _exec(spec, module):
    """Run module afresh from spec (importlib.reload once the spec is found)."""
    if sys.modules.get(spec.name) is not module:
        raise ImportError(f'module {spec.name!r} not in sys.modules', name=spec.name)
    _init_module_attrs(spec, module, override=True)
    _run_loader(spec, module)
    return sys.modules[spec.name]


def _load_backward_compatible(spec):
    """Load through a loader that only has the old load_module()."""
    spec.loader.load_module(spec.name)
    loaded = sys.modules[spec.name]
    for attr, value in (('__loader__', spec.loader), ('__spec__', spec)):
        if getattr(loaded, attr, None) is None:
            setattr(loaded, attr, value)
    return loaded


def _load_unlocked(spec):
    """Make spec's module, enter it in sys.modules and run it.

    On failure the sys.modules entry is taken out again.  What the module
    left in sys.modules under its name is what is returned.
    """
    runner = getattr(spec.loader, 'exec_module', None)
    if spec.loader is not None and runner is None:
        return _load_backward_compatible(spec)
    fresh = module_from_spec(spec)
    spec._initializing = True
    try:
        sys.modules[spec.name] = fresh
        if runner is not None:
            runner(fresh)
        elif spec.submodule_search_locations is None:
            raise _no_loader(spec)  # only namespace packages may lack one
    except BaseException:
        sys.modules.pop(spec.name, None)
        raise
    finally:
        spec._initializing = False
    # Re-insert so that the module ends up last in sys.modules, like CPython.
    final = sys.modules.pop(spec.name)
    sys.modules[spec.name] = final
    return final


def _load(spec):
    """Import spec's module under its lock, replacing any in sys.modules."""
    with _get_module_lock(spec.name):
        return _load_unlocked(spec)


_LOAD_MODULE_DEPRECATED = ('the load_module() method is deprecated and slated for '
                           'removal in Python 3.12; use exec_module() instead')


def _load_module_shim(self, fullname):
    """load_module() on top of exec_module(), for loaders that only have the latter."""
    _warnings.warn(_LOAD_MODULE_DEPRECATED, DeprecationWarning, stacklevel=2)
    made = spec_from_loader(fullname, self)
    existing = sys.modules.get(fullname)
    return _load(made) if existing is None else _exec(made, existing)


def _only_for(kind, accepts):
    """A decorator for loader methods that refuses names accepts() rejects."""
    def decorate(method):
        def checked(self, fullname):
            if not accepts(fullname):
                raise ImportError(f'{fullname!r} is not a {kind} module', name=fullname)
            return method(self, fullname)
        _wrap(checked, method)
        return checked
    return decorate


_requires_builtin = _only_for('built-in', lambda name: name in sys.builtin_module_names)
_requires_frozen = _only_for('frozen', lambda name: False)  # Kaa freezes no modules


def _builtin_from_name(name):
    """Load built-in module name afresh."""
    found = BuiltinImporter.find_spec(name)
    if found is None:
        raise ImportError('no built-in module named ' + name)
    return _load_unlocked(found)


# -- set-up ---------------------------------------------------------------------------

def _setup(sys_module, _imp_module):
    """Nothing to do: Kaa's import system sets itself up natively."""


_install = _setup


def _install_external_importers():
    """Nothing to install: the path finders are native and already on sys.meta_path."""


__import__ = __import__

# Bound last, since importlib._bootstrap_external imports this module in turn;
# whichever of the two comes first, the other is taken from sys.modules.
from importlib import _bootstrap_external  # noqa: E402
