# __del__: called once when an object becomes unreachable (after gc.collect() at the
# latest), before the weak reference callbacks; resurrection; exceptions reported as
# unraisable; __del__ of objects still alive at exit.
import gc
import sys
import weakref

sys.stderr = sys.stdout


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


a = Noisy("a")
r = weakref.ref(a, lambda r: print("callback after del"))
del a
gc.collect()
print("collected a")

keep = []


class Phoenix:
    def __del__(self):
        print("phoenix del")
        keep.append(self)


p = Phoenix()
del p
gc.collect()
print("resurrected", len(keep), type(keep[0]).__name__)
keep.clear()
gc.collect()
print("no second del")


class Faulty:
    def __del__(self):
        raise ValueError("in __del__")


import io

sys.stderr = io.StringIO()
f = Faulty()
del f
gc.collect()
for line in sys.stderr.getvalue().splitlines():
    if line.startswith("  File"):
        line = "  File ..., " + line.split(", ", 1)[1]
    if " at 0x" in line:
        line = line[:line.index(" at 0x")] + line[line.index(">"):]
    print(line)
sys.stderr = sys.stdout


def hook(u):
    print("hook:", u.exc_type.__name__, u.exc_value, u.object.__qualname__, u.err_msg)


sys.unraisablehook = hook
f = Faulty()
del f
gc.collect()
sys.unraisablehook = sys.__unraisablehook__


# a chain: the second object is freed only after the first one's __del__
class Node:
    def __init__(self, name, nxt=None):
        self.name, self.nxt = name, nxt

    def __del__(self):
        print("del node", self.name)


head = Node(1, Node(2, Node(3)))
del head
gc.collect()
print("chain done")


# __del__ added to a class after instances exist, and inherited
class Late:
    pass


class Child(Noisy):
    pass


Late.__del__ = lambda self: print("late del")
x = Late()
del x
c = Child("child")
del c
gc.collect()
print(gc.collect())


# a __del__ that raises inside gc.collect does not stop the collection
class Counter:
    count = 0

    def __del__(self):
        Counter.count += 1


objs = [Counter() for _ in range(100)]
del objs
gc.collect()
print("counted", Counter.count)

# an instance whose class becomes one with __del__


class Before:
    pass


class After:
    def __del__(self):
        print("del after __class__ assignment")


obj = Before()
obj.__class__ = After
del obj
gc.collect()

last = Noisy("at exit")
also = Noisy("also at exit")
print("end of program")
