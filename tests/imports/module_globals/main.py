import pkg, pkg.m
print(pkg.init_keys)
print(pkg.m.keys)
print(pkg.m.builtins_type, pkg.m.doc)
print([k for k in dir(pkg.m) if not k.startswith('_')])
print(pkg.m.main_check)
print(type(__builtins__).__name__)
