"""Locate a module by name or a script by path and run it as a program.

run_module() and run_path() are what `-m` and running a folder or archive
do; they return the globals the code ran with.
"""

import importlib.machinery  # noqa: F401 (importlib.util below needs the package)
import importlib.util
import io
import os
import sys
from types import ModuleType

__all__ = ["run_module", "run_path"]

_ABSENT = object()


class _TempModule:
    """While active, sys.modules[name] is a fresh module (the old one comes back after)."""

    def __init__(self, mod_name):
        self.mod_name = mod_name
        self.module = ModuleType(mod_name)
        self._previous = _ABSENT

    def __enter__(self):
        self._previous = sys.modules.get(self.mod_name, _ABSENT)
        sys.modules[self.mod_name] = self.module
        return self

    def __exit__(self, *exc_info):
        if self._previous is _ABSENT:
            sys.modules.pop(self.mod_name, None)
        else:
            sys.modules[self.mod_name] = self._previous
        self._previous = _ABSENT


class _ModifiedArgv0:
    """While active, sys.argv[0] is the given value."""

    def __init__(self, value):
        self.value = value
        self._kept = _ABSENT

    def __enter__(self):
        if self._kept is not _ABSENT:
            raise RuntimeError("Already preserving saved value")
        self._kept, sys.argv[0] = sys.argv[0], self.value

    def __exit__(self, *exc_info):
        self.value, sys.argv[0] = _ABSENT, self._kept


def _module_attributes(name, spec, package, filename):
    # The dunder globals a module run under `name` sees.  A spec, when there
    # is one, supplies the file, loader, cache path and (unless given) package.
    if spec is not None:
        found = {'__file__': spec.origin, '__cached__': spec.cached,
                 '__loader__': spec.loader}
        if package is None:
            package = spec.parent
    else:
        found = {'__file__': filename, '__cached__': None, '__loader__': None}
    found.update(__name__=name, __doc__=None, __package__=package, __spec__=spec)
    return found


def _run_code(code, run_globals, init_globals=None,
              mod_name=None, mod_spec=None,
              pkg_name=None, script_name=None):
    """exec() code in run_globals, after setting the module attributes it expects."""
    # The caller's extra globals go in first, so the module attributes win.
    settings = dict(() if init_globals is None else init_globals)
    settings.update(_module_attributes(mod_name, mod_spec, pkg_name, script_name))
    run_globals.update(settings)
    exec(code, run_globals)
    return run_globals


def _run_in_temp_module(code, init_globals, name, spec, package, filename, argv0):
    # Run with a throwaway module registered under `name` and sys.argv[0] set;
    # the globals are copied out because dropping the module may clear them.
    with _TempModule(name) as temp, _ModifiedArgv0(argv0):
        namespace = _run_code(code, temp.module.__dict__, init_globals,
                              name, spec, package, filename)
        return dict(namespace)


def _run_module_code(code, init_globals=None,
                     mod_name=None, mod_spec=None,
                     pkg_name=None, script_name=None):
    """Run code in a temporary module named mod_name; return a copy of its globals."""
    argv0 = script_name if mod_spec is None else mod_spec.origin
    return _run_in_temp_module(code, init_globals, mod_name, mod_spec,
                               pkg_name, script_name, argv0)


def _import_parent(mod_name, parent):
    # Importing the package first lets its own failures surface as they are;
    # only an ImportError about the package (or one above it) being missing is
    # swallowed here, to be reported by find_spec later.
    try:
        __import__(parent)
    except ImportError as failure:
        missing = failure.name
        if missing is None:
            raise
        if missing != parent and not parent.startswith(missing + '.'):
            raise
    loaded = sys.modules.get(mod_name)
    if loaded is None or hasattr(loaded, '__path__'):
        return
    import warnings
    warnings.warn(RuntimeWarning(
        f"{mod_name!r} found in sys.modules after import of package {parent!r}, "
        f"but prior to execution of {mod_name!r}; this may result in unpredictable behaviour"))


def _find_spec(mod_name, error):
    # importlib.util.find_spec, with its assorted failures turned into `error`.
    try:
        return importlib.util.find_spec(mod_name)
    except (ImportError, AttributeError, TypeError, ValueError) as why:
        text = "Error while finding module specification for {!r} ({}: {})".format(
            mod_name, type(why).__name__, why)
        if mod_name.endswith('.py'):
            text += (f". Try using '{mod_name[:-3]}' instead of "
                     f"'{mod_name}' as the module name.")
        raise error(text) from why


def _details_of_package(mod_name, error):
    # A package is run through its __main__ submodule.
    if mod_name == '__main__' or mod_name.endswith('.__main__'):
        raise error("Cannot use package as __main__ module")
    try:
        return _get_module_details(mod_name + '.__main__', error)
    except error as why:
        if mod_name in sys.modules:
            raise error("%s; %r is a package and cannot be directly executed"
                        % (why, mod_name))
        raise


def _get_module_details(mod_name, error=ImportError):
    """(name, spec, code) of the module `-m mod_name` would run; error if there is none."""
    if mod_name.startswith('.'):
        raise error("Relative module names not supported")
    parent = mod_name.rpartition('.')[0]
    if parent:
        _import_parent(mod_name, parent)
    spec = _find_spec(mod_name, error)
    if spec is None:
        raise error("No module named %s" % mod_name)
    if spec.submodule_search_locations is not None:
        return _details_of_package(mod_name, error)
    if spec.loader is None:
        raise error("%r is a namespace package and cannot be executed" % mod_name)
    # (Kaa's native BuiltinImporter has no get_code: no code either way.)
    get_code = getattr(spec.loader, 'get_code', None)
    try:
        code = None if get_code is None else get_code(mod_name)
    except ImportError as why:
        raise error(str(why)) from why
    if code is not None:
        return mod_name, spec, code
    raise error("No code object available for %s" % mod_name)


class _Error(Exception):
    """A failure _run_module_as_main reports as a message, without a traceback."""


def _run_module_as_main(mod_name, alter_argv=True):
    """Run module mod_name in __main__'s namespace, as `-m mod_name` does."""
    # With alter_argv false and the name __main__, it is a folder or archive
    # on sys.path[0] that is being run.
    from_path = not alter_argv and mod_name == '__main__'
    try:
        if from_path:
            _, spec, code = _get_main_module_details(_Error)
        else:
            _, spec, code = _get_module_details(mod_name, _Error)
    except _Error as failure:
        sys.exit(f"{sys.executable}: {failure}")
    if alter_argv:
        sys.argv[0] = spec.origin
    namespace = vars(sys.modules['__main__'])
    return _run_code(code, namespace, None, '__main__', spec)


def run_module(mod_name, init_globals=None,
               run_name=None, alter_sys=False):
    """Find module mod_name and run its code in a new namespace; return that namespace.

    run_name is the module's __name__ while it runs (mod_name by default);
    alter_sys also puts a temporary module in sys.modules and sets sys.argv[0].
    """
    found_name, spec, code = _get_module_details(mod_name)
    name = found_name if run_name is None else run_name
    if not alter_sys:
        return _run_code(code, {}, init_globals, name, spec)
    return _run_module_code(code, init_globals, name, spec)


def _get_main_module_details(error=ImportError):
    # The __main__ module of sys.path[0]; the running __main__ is taken out
    # of sys.modules while looking, so the search does not just find it.
    running = sys.modules.pop('__main__')
    try:
        return _get_module_details('__main__')
    except ImportError as why:
        if '__main__' not in str(why):
            raise
        raise error("can't find %r module in %r" % ('__main__', sys.path[0])) from why
    finally:
        sys.modules['__main__'] = running


def _get_code_from_file(fname):
    """The code of a script: a .pyc's if fname is one, else its source compiled."""
    import pkgutil
    with io.open_code(os.path.abspath(os.fsdecode(fname))) as stream:
        compiled = pkgutil.read_code(stream)
        if compiled is not None:
            return compiled
        stream.seek(0)
        return compile(stream.read(), fname, 'exec')


def run_path(path_name, init_globals=None, run_name=None):
    """Run the script, folder or archive at path_name; return the resulting globals.

    A folder or archive runs its __main__ module; run_name is __name__ while
    the code runs ('<run_path>' by default).
    """
    import pkgutil
    name = '<run_path>' if run_name is None else run_name
    package = name.rpartition('.')[0]
    searchable = pkgutil.get_importer(path_name) is not None
    where = os.fsdecode(path_name)
    if not searchable:
        # A plain script file.
        return _run_in_temp_module(_get_code_from_file(where), init_globals,
                                   name, None, package, where, where)
    # A folder or archive that sys.path_hooks can search: run its __main__
    # with it at the front of sys.path for the duration.
    sys.path.insert(0, where)
    try:
        _, spec, code = _get_main_module_details()
        return _run_in_temp_module(code, init_globals, name, spec, package,
                                   None, where)
    finally:
        if where in sys.path:
            sys.path.remove(where)


if __name__ == '__main__':
    if len(sys.argv) < 2:
        print("No module specified for execution", file=sys.stderr)
    else:
        del sys.argv[0]
        _run_module_as_main(sys.argv[0])
