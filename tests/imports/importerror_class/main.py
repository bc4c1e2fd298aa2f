e = ImportError('msg', name='n', path='p')
print(repr(e), str(e), e.args, e.name, e.path, e.name_from, e.msg)
e = ImportError()
print(repr(e), repr(str(e)), e.name, e.path, e.msg)
e = ImportError('a', 'b')
print(repr(e), str(e), e.msg)
e = ModuleNotFoundError('m', name='x')
print(repr(e), e.name, isinstance(e, ImportError))
print(ImportError('m', name_from='x').name_from)
try:
    ImportError('m', bogus=1)
except TypeError as e:
    print(e)
e = ImportError('m')
e.name = 'changed'
e.name_from = 'nf'
print(e.name, e.name_from)
