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


class _TempModule:
    """While active, sys.modules[name] is a fresh module (the old one comes back after)."""

    def __init__(self, mod_name):
        self.mod_name = mod_name
        self.module = ModuleType(mod_name)
        self._saved = []

    def __enter__(self):
        name = self.mod_name
        self._saved = [sys.modules[name]] if name in sys.modules else []
        sys.modules[name] = self.module
        return self

    def __exit__(self, *args):
        if self._saved:
            sys.modules[self.mod_name] = self._saved[0]
        else:
            sys.modules.pop(self.mod_name, None)
        self._saved = []


class _ModifiedArgv0:
    """While active, sys.argv[0] is value."""

    _UNSET = object()

    def __init__(self, value):
        self.value = value
        self._saved = self._UNSET

    def __enter__(self):
        if self._saved is not self._UNSET:
            raise RuntimeError("Already preserving saved value")
        self._saved = sys.argv[0]
        sys.argv[0] = self.value

    def __exit__(self, *args):
        self.value, sys.argv[0] = self._UNSET, self._saved


def _run_code(code, run_globals, init_globals=None,
              mod_name=None, mod_spec=None,
              pkg_name=None, script_name=None):
    """exec() code in run_globals, after setting the module attributes it expects."""
    if init_globals is not None:
        run_globals.update(init_globals)
    attrs = dict(__file__=script_name, __cached__=None, __loader__=None,
                 __package__=pkg_name)
    if mod_spec is not None:
        attrs.update(__loader__=mod_spec.loader, __file__=mod_spec.origin,
                     __cached__=mod_spec.cached)
        if pkg_name is None:
            attrs['__package__'] = mod_spec.parent
    run_globals.update(__name__=mod_name, __doc__=None, __spec__=mod_spec, **attrs)
    exec(code, run_globals)
    return run_globals


def _run_module_code(code, init_globals=None,
                     mod_name=None, mod_spec=None,
                     pkg_name=None, script_name=None):
    """Run code in a temporary module named mod_name; return a copy of its globals."""
    argv0 = script_name if mod_spec is None else mod_spec.origin
    with _TempModule(mod_name) as temp, _ModifiedArgv0(argv0):
        namespace = temp.module.__dict__
        _run_code(code, namespace, init_globals, mod_name, mod_spec, pkg_name, script_name)
    return namespace.copy()


def _import_parent(mod_name, pkg_name):
    # The package is imported first (its __init__ may change how the module is
    # found); a missing package is left for find_spec to report.
    try:
        __import__(pkg_name)
    except ImportError as e:
        if e.name is None or (e.name != pkg_name and not pkg_name.startswith(e.name + '.')):
            raise
    already = sys.modules.get(mod_name)
    if already is not None and not hasattr(already, '__path__'):
        from warnings import warn
        warn(RuntimeWarning(
            f"{mod_name!r} found in sys.modules after import of package {pkg_name!r}, "
            f"but prior to execution of {mod_name!r}; this may result in unpredictable behaviour"))


def _get_module_details(mod_name, error=ImportError):
    """(name, spec, code) of the module `-m mod_name` would run; error if there is none."""
    if mod_name.startswith('.'):
        raise error("Relative module names not supported")
    parent = mod_name.rpartition('.')[0]
    if parent:
        _import_parent(mod_name, parent)
    try:
        spec = importlib.util.find_spec(mod_name)
    except (ImportError, AttributeError, TypeError, ValueError) as ex:
        hint = ''
        if mod_name.endswith('.py'):
            hint = (f". Try using '{mod_name[:-3]}' instead of "
                    f"'{mod_name}' as the module name.")
        raise error("Error while finding module specification for {!r} ({}: {})".format(
            mod_name, type(ex).__name__, ex) + hint) from ex
    if spec is None:
        raise error("No module named %s" % mod_name)
    if spec.submodule_search_locations is not None:
        # A package runs as its __main__ submodule.
        if mod_name == '__main__' or mod_name.endswith('.__main__'):
            raise error("Cannot use package as __main__ module")
        try:
            return _get_module_details(mod_name + '.__main__', error)
        except error as e:
            if mod_name not in sys.modules:
                raise
            raise error("%s; %r is a package and cannot be directly executed" % (e, mod_name))
    loader = spec.loader
    if loader is None:
        raise error("%r is a namespace package and cannot be executed" % mod_name)
    try:
        # (Kaa's native BuiltinImporter has no get_code: no code either way.)
        code = getattr(loader, 'get_code', lambda name: None)(mod_name)
    except ImportError as e:
        raise error(format(e)) from e
    if code is None:
        raise error("No code object available for %s" % mod_name)
    return mod_name, spec, code


class _Error(Exception):
    """A failure _run_module_as_main reports as a message, without a traceback."""


def _run_module_as_main(mod_name, alter_argv=True):
    """Run module mod_name in __main__'s namespace, as `-m mod_name` does."""
    try:
        if alter_argv or mod_name != '__main__':
            mod_name, spec, code = _get_module_details(mod_name, _Error)
        else:
            mod_name, spec, code = _get_main_module_details(_Error)
    except _Error as exc:
        sys.exit("%s: %s" % (sys.executable, exc))
    namespace = sys.modules['__main__'].__dict__
    if alter_argv:
        sys.argv[0] = spec.origin
    return _run_code(code, namespace, None, '__main__', spec)


def run_module(mod_name, init_globals=None,
               run_name=None, alter_sys=False):
    """Find module mod_name and run its code in a new namespace; return that namespace.

    run_name is the module's __name__ while it runs (mod_name by default);
    alter_sys also puts a temporary module in sys.modules and sets sys.argv[0].
    """
    mod_name, spec, code = _get_module_details(mod_name)
    name = mod_name if run_name is None else run_name
    if alter_sys:
        return _run_module_code(code, init_globals, name, spec)
    return _run_code(code, {}, init_globals, name, spec)


def _get_main_module_details(error=ImportError):
    # The __main__ module of sys.path[0], with the running __main__ hidden while looking.
    running = sys.modules.pop('__main__')
    try:
        return _get_module_details('__main__')
    except ImportError as exc:
        if '__main__' in str(exc):
            raise error("can't find %r module in %r" % ('__main__', sys.path[0])) from exc
        raise
    finally:
        sys.modules['__main__'] = running


def _get_code_from_file(fname):
    """The code of a script: a .pyc's if fname is one, else its source compiled."""
    from pkgutil import read_code
    path = os.path.abspath(os.fsdecode(fname))
    with io.open_code(path) as f:
        code = read_code(f)
    if code is None:
        with io.open_code(path) as f:
            code = compile(f.read(), fname, 'exec')
    return code


def run_path(path_name, init_globals=None, run_name=None):
    """Run the script, folder or archive at path_name; return the resulting globals.

    A folder or archive runs its __main__ module; run_name is __name__ while
    the code runs ('<run_path>' by default).
    """
    if run_name is None:
        run_name = '<run_path>'
    pkg_name = run_name.rpartition('.')[0]
    from pkgutil import get_importer
    finder = get_importer(path_name)
    path_name = os.fsdecode(path_name)
    if finder is None:
        # A plain file, not something sys.path_hooks can search.
        code = _get_code_from_file(path_name)
        return _run_module_code(code, init_globals, run_name,
                                pkg_name=pkg_name, script_name=path_name)
    sys.path.insert(0, path_name)
    try:
        _, spec, code = _get_main_module_details()
        with _TempModule(run_name) as temp, _ModifiedArgv0(path_name):
            namespace = _run_code(code, temp.module.__dict__, init_globals,
                                  run_name, spec, pkg_name)
            return namespace.copy()
    finally:
        try:
            sys.path.remove(path_name)
        except ValueError:
            pass


if __name__ == '__main__':
    if len(sys.argv) < 2:
        print("No module specified for execution", file=sys.stderr)
    else:
        del sys.argv[0]
        _run_module_as_main(sys.argv[0])
