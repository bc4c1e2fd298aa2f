# sys.path_hooks and sys.path_importer_cache as PathFinder uses them, FileFinder,
# custom hooks and finders, and the caches' invalidation.
import os
import sys
import importlib
import importlib.machinery as machinery
from importlib.machinery import FileFinder, PathFinder

here = os.getcwd()


def rel(p):
    return p.replace(here + "/", "")


print(sys.path_hooks[-1].__name__)
import plain
finder = sys.path_importer_cache[here]
print(type(finder).__name__, repr(finder) == f"FileFinder({here!r})", finder.path == here)
print(plain.X, plain.__spec__.loader.__class__.__name__)
print(finder.find_spec("nosuch"))
s = finder.find_spec("pkg")
print(s.name, rel(s.origin), [rel(p) for p in s.submodule_search_locations])
s = finder.find_spec("nsdir")
print(s.name, s.loader, [rel(p) for p in s.submodule_search_locations], s.origin)
print(FileFinder("data").path == os.path.join(here, "data"), FileFinder(".").path == here, FileFinder("").path == here)


# A hook that accepts "virtual:" entries only.
class VirtualLoader:
    def __init__(self, source):
        self.source = source

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        exec(self.source, module.__dict__)


class VirtualFinder:
    def __init__(self, entry):
        self.entry = entry
        self.calls = []

    def find_spec(self, fullname, target=None):
        self.calls.append(fullname)
        if fullname == "vmod":
            return importlib.util.spec_from_loader(fullname, VirtualLoader("V = 'virtual ' + __name__"))
        if fullname == "nspkg":
            spec = machinery.ModuleSpec(fullname, None)
            spec.submodule_search_locations = [os.path.join(here, "nsdir", "nspkg")]
            return spec
        if fullname == "broken":
            return machinery.ModuleSpec(fullname, None)
        return None

    def invalidate_caches(self):
        print("VirtualFinder.invalidate_caches", self.entry)


def virtual_hook(entry):
    if not entry.startswith("virtual:"):
        raise ImportError("not virtual")
    return VirtualFinder(entry)


import importlib.util
sys.path_hooks.insert(0, virtual_hook)
sys.path.append("virtual:one")
import vmod
print(vmod.V, type(sys.path_importer_cache["virtual:one"]).__name__)
print(sys.path_importer_cache["virtual:one"].calls)
import nspkg.part
print(nspkg.part.Y, type(nspkg.__spec__.loader).__name__, [rel(p) for p in nspkg.__path__])
try:
    import broken
except ImportError as e:
    print("ImportError:", e)

# An entry no hook accepts is cached as None.
sys.path.append(os.path.join(here, "plain.py"))
try:
    import nothing_here
except ImportError as e:
    print(type(e).__name__, e)
print(sys.path_importer_cache[os.path.join(here, "plain.py")])

# A module written after its directory was listed is found after invalidate_caches.
with open("later.py", "w") as f:
    f.write("Z = 'written later'\n")
importlib.invalidate_caches()
import later
print(later.Z)
sys.path_importer_cache["relative/dir"] = None
PathFinder.invalidate_caches()
print("relative/dir" in sys.path_importer_cache, os.path.join(here, "plain.py") in sys.path_importer_cache, here in sys.path_importer_cache)
print(PathFinder.find_spec("plain").name, PathFinder.find_spec("plain", [os.path.join(here, "data")]))

# FileFinder.path_hook with loader details: .txt files become modules.
class TextLoader:
    def __init__(self, fullname, path):
        self.fullname, self.path = fullname, path

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        with open(self.path) as f:
            module.TEXT = f.read().strip()

    def is_package(self, fullname):
        return False


sys.path_hooks.insert(0, FileFinder.path_hook((TextLoader, [".txt"])))
sys.path.insert(0, os.path.join(here, "data"))
del sys.path_importer_cache[os.path.join(here, "data")]  # the default finder PathFinder made above
import greeting
print(greeting.TEXT, type(greeting.__loader__).__name__, rel(greeting.__file__))
tf = sys.path_importer_cache[os.path.join(here, "data")]
print([(suf, cls.__name__) for suf, cls in tf._loaders])
