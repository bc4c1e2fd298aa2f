class CM:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, typ, val, tb):
        print("exit", self.name, typ.__name__ if typ else None, val, tb is not None)
        return self.swallow

with CM("a") as x:
    print("body", x)
with CM("b", True):
    raise ValueError("swallowed")
print("after b")
try:
    with CM("c"):
        raise KeyError("k")
except KeyError as e:
    print("propagated", e)
with CM("d") as d, CM("e") as e:
    print(d, e)
with (CM("f") as f,
      CM("g")):
    print(f)

def ret():
    with CM("r"):
        return "returned"
print(ret())
for i in range(3):
    with CM("loop%d" % i):
        if i == 0:
            continue
        if i == 1:
            break
class NoExit:
    def __enter__(self): return 1
try:
    with NoExit():
        pass
except TypeError as e:
    print(e)
class NoEnter:
    def __exit__(self, *a): pass
try:
    with NoEnter():
        pass
except TypeError as e:
    print(e)

class Tracking:
    def __enter__(self):
        return self
    def __exit__(self, *args):
        self.args = args
        return False
t = Tracking()
try:
    with t:
        1 / 0
except ZeroDivisionError:
    pass
print(t.args[0].__name__, str(t.args[1]), type(t.args[2]).__name__)

class ExitRaises:
    def __enter__(self): return self
    def __exit__(self, *a):
        raise RuntimeError("from exit")
try:
    with ExitRaises():
        raise ValueError("orig")
except RuntimeError as e:
    print(repr(e), repr(e.__context__))

def gen_cm():
    with CM("in-gen"):
        yield 1
        yield 2
print(list(gen_cm()))
with CM("h") as (a, *b):
    print(a, b)
