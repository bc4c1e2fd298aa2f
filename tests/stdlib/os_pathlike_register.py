# os.PathLike: classes with __fspath__ are PathLike; register() adds others
# (and their subclasses); __fspath__ = None opts out unless registered.
import os
import pathlib


class A:
    pass


class B(A):
    pass


class C:
    __fspath__ = None


class D:
    def __fspath__(self):
        return 'd'


print(issubclass(A, os.PathLike), isinstance(B(), os.PathLike), issubclass(C, os.PathLike),
      issubclass(D, os.PathLike), isinstance(D(), os.PathLike), issubclass(str, os.PathLike))
print(os.PathLike.register(A) is A, issubclass(A, os.PathLike), isinstance(B(), os.PathLike),
      issubclass(int, os.PathLike))
os.PathLike.register(C)
print(issubclass(C, os.PathLike), issubclass(pathlib.PurePath, os.PathLike),
      isinstance(pathlib.PureWindowsPath('x'), os.PathLike))
for bad in (1, 'x', None):
    try:
        os.PathLike.register(bad)
    except TypeError as e:
        print('TypeError', e)
try:
    issubclass(1, os.PathLike)
except TypeError as e:
    print('TypeError', e)
