# A finished generator (or coroutine) no longer keeps its locals alive, as in CPython,
# where the frame is cleared on completion: a weak reference to what they held dies.
import gc
import weakref


class A:
    pass


def gen(items):
    held = list(items)
    yield len(held)


def run_to_end():
    a = A()
    w = weakref.ref(a)
    it = gen([a])
    for _ in it:
        pass
    del a
    gc.collect()
    return w() is None, it.gi_frame


def close_unstarted():
    a = A()
    w = weakref.ref(a)
    it = gen([a])
    it.close()
    del a
    gc.collect()
    return w() is None


def suspended_keeps():
    a = A()
    w = weakref.ref(a)
    it = gen([a])
    next(it)
    del a
    gc.collect()
    alive = w() is not None
    it.close()
    gc.collect()
    return alive, w() is None


def returned_value():
    def g():
        big = [A() for _ in range(3)]
        yield 1
        return len(big)
    it = g()
    next(it)
    try:
        next(it)
    except StopIteration as e:
        return e.value


async def coro(x):
    held = [x]
    return len(held)


def coroutine_done():
    a = A()
    w = weakref.ref(a)
    c = coro(a)
    try:
        c.send(None)
    except StopIteration as e:
        r = e.value
    del a
    gc.collect()
    return r, w() is None


print(run_to_end())
print(close_unstarted())
print(suspended_keeps())
print(returned_value())
print(coroutine_done())
