def show(stmt):
    try:
        exec(stmt, {})
    except ImportError as e:
        print(stmt, '->', type(e).__name__, repr(str(e)), e.name, e.path, e.name_from)
        print('  ', repr(e))
    else:
        print(stmt, 'ok')
show('import nosuch')
show('import nosuch.sub')
show('import pkg.nosuch')
show('import pkg.nosuch.deeper')
show('import plain.x')
show('from plain import nothing')
show('from pkg import nothing')
show('from pkg.nosuch import thing')
show('import pkg.sub.z')
print(issubclass(ModuleNotFoundError, ImportError))
