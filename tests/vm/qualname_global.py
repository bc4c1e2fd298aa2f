# __qualname__ of a def or class whose name the enclosing function declares
# global has no prefix (compiler_set_qualname); set_name errors get a note;
# __bases__ assignment keeps the solid base.
def f():
    global C, g

    class C:
        def m(self):
            pass

    def g():
        pass

    def h():
        pass

    class D:
        pass

    return C.__qualname__, C.m.__qualname__, g.__qualname__, h.__qualname__, D.__qualname__


print(f())


class K:
    def m(self):
        global Q, G

        def Q():
            pass

        class G[T]:
            pass

        return Q.__qualname__, G.__qualname__


print(K().m())


class Boom:
    def __set_name__(self, owner, name):
        raise ValueError('boom')


try:
    class Holder:
        attr = Boom()
except ValueError as e:
    print(e, e.__notes__)


class Base:
    pass


class T2(tuple):
    pass


T2.__bases__ = (Base, tuple)
print(T2.__bases__, T2.__base__, T2((1, 2)), tuple.__new__(T2, (3,)))
