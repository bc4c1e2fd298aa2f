import sys
ModuleSpec = type(sys.__spec__)
class Loader:
    def create_module(self, spec):
        print('create_module', spec.name)
        return None
    def exec_module(self, module):
        print('exec_module', module.__name__, module.__spec__.name)
        module.answer = 42
        module.loader_name = type(module.__loader__).__name__
    def __repr__(self): return '<Loader>'
class Finder:
    def find_spec(self, name, path, target=None):
        print('find_spec', name, path if path is None else type(path).__name__)
        if name.startswith('virtual'):
            return ModuleSpec(name, Loader(), is_package=name == 'virtual')
        return None
sys.meta_path.insert(0, Finder())
import virtual
print(virtual.answer, virtual.loader_name, virtual.__package__)
print(repr(virtual))
print(virtual.__spec__.submodule_search_locations, virtual.__path__)
print(hasattr(virtual, '__file__'))
import virtual.child
print(virtual.child.answer, virtual.child.__package__, virtual.child.__spec__.parent)
import plain
print(plain.X)
sys.meta_path.pop(0)
try:
    import virtual2
except ImportError as e:
    print(type(e).__name__, e)
