import sys
class Spec:
    def __init__(self, name, loader):
        self.name = name
        self.loader = loader
        self.origin = 'duck-origin'
        self.submodule_search_locations = None
        self.has_location = False
        self.cached = None
        self.parent = name.rpartition('.')[0]
        self.loader_state = None
class Loader:
    def create_module(self, spec):
        return None
    def exec_module(self, module):
        module.ok = module.__spec__.origin
class OnlyExec:
    def exec_module(self, module):
        pass
class Finder:
    def find_spec(self, name, path, target=None):
        if name == 'duck':
            return Spec(name, Loader())
        if name == 'onlyexec':
            return Spec(name, OnlyExec())
        if name == 'boom':
            raise LookupError('finder exploded')
sys.meta_path.insert(0, Finder())
import duck
print(duck.ok, type(duck.__spec__).__name__, duck.__package__, type(duck.__loader__).__name__)
print(repr(duck), hasattr(duck, '__file__'))
try:
    import onlyexec
except ImportError as e:
    print(type(e).__name__, e)
try:
    import boom
except LookupError as e:
    print(type(e).__name__, e)
print('onlyexec' in sys.modules, 'boom' in sys.modules)
