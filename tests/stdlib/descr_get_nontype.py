# super() whose __class__ cell holds a non-type, and a slot wrapper's
# __get__ given a non-type as its second argument (no instance: the
# descriptor itself).
def outer():
    __class__ = 5
    def f(self):
        super()
        return __class__
    return f
try:
    outer()(1)
except Exception as e:
    print(type(e).__name__, e)
print((lambda: 0).__get__(None, int) is not None)
class D:
    def __get__(self, obj, typ):
        return (obj, typ)
print(D().__get__(1, 5))
print(type.__dict__["__doc__"].__get__(None, 5), int.__dict__["real"].__get__(3, 5))
print(type(property().__get__(None, int)).__name__)
