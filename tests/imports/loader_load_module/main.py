# A loader with load_module() but no exec_module(): importlib falls back to
# load_module (its ImportWarning is hidden by the default filters) and fills in the
# attributes the module lacks.
import sys
import importlib.util


class OldLoader:
    def __init__(self, fail=False):
        self.fail = fail

    def load_module(self, name):
        print("load_module", name, name in sys.modules)
        if self.fail:
            sys.modules[name] = "partial"
            raise ValueError("loader failed")
        m = type(sys)(name)
        m.VALUE = name.upper()
        if name == "oldpkg":
            m.__path__ = []
        m.__package__ = None
        m.__loader__ = None
        sys.modules[name] = m
        sys.modules["after_" + name] = 1
        return m


class Finder:
    def find_spec(self, name, path, target=None):
        if name in ("oldmod", "oldpkg", "oldpkg.sub", "broken"):
            return importlib.util.spec_from_loader(name, OldLoader(fail=name == "broken"), is_package=name == "oldpkg")
        return None


sys.meta_path.insert(0, Finder())
import oldmod
print(oldmod.VALUE, type(oldmod.__loader__).__name__, repr(oldmod.__package__), oldmod.__spec__.name)
print(list(sys.modules)[-2:])
import oldpkg.sub
print(oldpkg.VALUE, repr(oldpkg.__package__), repr(oldpkg.sub.__package__), oldpkg.sub.VALUE)
try:
    import broken
except ValueError as e:
    print("ValueError", e, sys.modules.get("broken"), list(sys.modules)[-1])
