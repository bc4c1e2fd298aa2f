import sys
ModuleSpec = type(sys.__spec__)
class Mod:
    pass
class Loader:
    def create_module(self, spec):
        m = type(sys)(spec.name)
        m.created = True
        return m
    def exec_module(self, module):
        module.executed = True
        if module.__name__ == 'failing':
            raise ValueError('exec failed')
class Finder:
    @classmethod
    def find_spec(cls, name, path, target=None):
        if name in ('made', 'failing', 'noloader'):
            return ModuleSpec(name, None if name == 'noloader' else Loader(), origin='somewhere')
        return None
sys.meta_path.insert(0, Finder)
import made
print(made.created, made.executed, repr(made))
print(made.__spec__.origin, made.__spec__.has_location, hasattr(made, '__file__'))
try:
    import failing
except ValueError as e:
    print('ValueError', e, 'failing' in sys.modules)
try:
    import noloader
except ImportError as e:
    print(type(e).__name__, e, e.name)
