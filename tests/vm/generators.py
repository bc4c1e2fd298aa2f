def gen():
    x = yield 1
    print("got", x)
    try:
        y = yield 2
    except KeyError as e:
        print("caught", repr(e))
        y = yield 3
    return "done:%s" % y

g = gen()
print(next(g), g.send("a"), g.throw(KeyError("k")))
try:
    g.send("z")
except StopIteration as e:
    print("stop", e.value, e.args)

def deleg():
    r = yield from gen()
    print("deleg got", r)
    yield r

g = deleg()
print(next(g), g.send(1), g.throw(KeyError), g.send("w"))

def closer():
    try:
        yield 1
    except GeneratorExit:
        print("exit")
        return "closed value"
g = closer(); next(g); print(g.close())
g = closer(); print(g.close())

def bad_close():
    try:
        yield 1
    except GeneratorExit:
        yield 2
g = bad_close(); next(g)
try:
    g.close()
except RuntimeError as e:
    print(e)

def stopper():
    yield 1
    raise StopIteration
try:
    list(stopper())
except RuntimeError as e:
    print(e, type(e.__cause__).__name__)

g = (x * x for x in range(4))
print(type(g).__name__, list(g), list(g))
print(sum(x for x in range(10) if x % 2))

def running():
    yield g2.gi_running
g2 = running()
print(g2.gi_running, next(g2))
g3 = gen()
print(g3.gi_frame is not None, g3.gi_code.co_name, g3.__name__, g3.__qualname__)
list(zip(range(1), g3))
g3.close()
print(g3.gi_frame)

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

print([x for _, x in zip(range(15), fib())])

def inner():
    yield 1
    yield 2
    return 3
def outer():
    v = yield from inner()
    yield v
    yield from [10, 20]
    yield from range(2)
print(list(outer()))

def reentrant():
    yield next(r)
r = reentrant()
try:
    next(r)
except ValueError as e:
    print(e)

def throw_through():
    try:
        yield from inner()
    except ValueError as e:
        yield "caught " + str(e)
t = throw_through()
next(t)
print(t.throw(ValueError("boom")))
try:
    t.throw(TypeError, TypeError("x"), None)
except TypeError as e:
    print("propagated", e)
ge = (i for i in range(3))
print(next(ge), ge.send(None))
try:
    (i for i in range(3)).send(5)
except TypeError as e:
    print(e)
