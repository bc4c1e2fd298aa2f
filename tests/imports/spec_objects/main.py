import sys
ModuleSpec = type(sys.__spec__)
s = ModuleSpec('x.y', None)
print(repr(s), s.parent, s.has_location, s.cached, s.submodule_search_locations)
s = ModuleSpec('pkg', None, origin='here', is_package=True)
print(repr(s), s.parent, s.submodule_search_locations)
print(ModuleSpec('a', None) == ModuleSpec('a', None), ModuleSpec('a', None) == ModuleSpec('b', None))
print(sys.__spec__.name, sys.__spec__.origin, sys.__spec__.loader.__name__)
import plain
print(plain.__spec__ == plain.__spec__, plain.__spec__.loader_state)
