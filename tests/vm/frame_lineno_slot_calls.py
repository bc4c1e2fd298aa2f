# A caller's f_lineno while it is inside a call made through a slot (property,
# operator, comparison, iteration, attribute hooks, augmented assignment), not
# through CALL: the line of the instruction running, as in CPython.
import sys


def caller_line():
    return sys._getframe(2).f_lineno


class A:
    @property
    def p(self):
        return caller_line()

    def __add__(self, o):
        return caller_line()

    def __eq__(self, o):
        return caller_line()

    def __getitem__(self, i):
        return caller_line()

    def __iter__(self):
        return iter([caller_line()])

    def __getattr__(self, name):
        return caller_line()

    def __iadd__(self, o):
        return caller_line()

    def __bool__(self):
        print("bool at", caller_line())
        return True

    def __hash__(self):
        return 1


a = A()
x = 1
print(a.p)
print(
    a
    +
    1)
print(a == 2)
print(a[0])
for v in a:
    print(v)
print(a.missing)
b = A()
b += 1
print(b)
if a:
    pass


def g():
    q = 0
    w = a.p
    return w


print(g())
print({a: 1} and "dict ok")
