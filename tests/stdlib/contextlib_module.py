# contextlib: contextmanager/asynccontextmanager (exceptions in and out of the
# generator), ExitStack/AsyncExitStack (order, suppression, contexts),
# suppress, redirect_stdout/stderr, closing, aclosing, nullcontext, chdir,
# the ABCs and ContextDecorator.
import contextlib
from contextlib import *
import io
import os
import sys


def show(label, f):
    try:
        print(label, "->", repr(f()))
    except BaseException as e:
        print(label, "!!", type(e).__name__, e, "| context:", type(e.__context__).__name__ if e.__context__ else None,
              "| cause:", type(e.__cause__).__name__ if e.__cause__ else None)


print(sorted(contextlib.__all__))

log = []


@contextmanager
def tag(name):
    "a tag"
    log.append("<" + name)
    try:
        yield name.upper()
    except KeyError as e:
        log.append("caught " + repr(e))
    finally:
        log.append(name + ">")


with tag("a") as v:
    log.append(v)
print(log, tag.__name__, tag.__doc__, tag("x").__doc__, type(tag("x")).__name__)
log.clear()
with tag("b"):
    raise KeyError("k")
print(log)
log.clear()
show("ValueError passes through", lambda: exec("with tag('c'):\n    raise ValueError('v')", globals()))
print(log)


@contextmanager
def no_yield():
    if False:
        yield


@contextmanager
def two_yields():
    yield 1
    yield 2


@contextmanager
def swallow_all():
    try:
        yield
    except BaseException:
        pass


@contextmanager
def reraise_other():
    try:
        yield
    except ZeroDivisionError as e:
        raise TypeError("converted") from e


@contextmanager
def yield_after_exc():
    try:
        yield
    except Exception:
        yield


def body(cm, exc=None):
    def run():
        with cm:
            if exc is not None:
                raise exc
        return "done"
    return run


show("no yield", body(no_yield()))
show("two yields", body(two_yields()))
show("swallow", body(swallow_all(), ValueError("x")))
show("swallow StopIteration", body(swallow_all(), StopIteration(1)))
show("convert", body(reraise_other(), ZeroDivisionError("z")))
show("yield after exc", body(yield_after_exc(), ValueError("y")))
show("StopIteration through", body(tag("s"), StopIteration("si")))


@contextmanager
def passthrough():
    yield


show("StopIteration passthrough", body(passthrough(), StopIteration("p")))
cm = tag("direct")
cm.__enter__()
print(cm.__exit__(KeyError, None, None), cm.__exit__(None, None, None) if False else "")


@tag("deco")
def decorated(x):
    log.append("in decorated")
    return x * 2


log.clear()
print(decorated(2), decorated(3), log)

print("ExitStack")
order = []
with ExitStack() as stack:
    for i in range(3):
        stack.callback(order.append, i)
    stack.enter_context(tag("es"))

    @stack.push
    def exit_cb(*exc):
        order.append(("exit", exc))
print(order)
with ExitStack() as stack:
    stack.push(lambda *exc: True)
    raise ValueError("suppressed by stack")
print("after suppressed")


def raising(e):
    def cb(*exc):
        raise e
    return cb


def stacked():
    with ExitStack() as stack:
        stack.push(raising(KeyError("first pushed")))
        stack.push(raising(IndexError("second pushed")))
        raise ValueError("body")


try:
    stacked()
except KeyError as e:
    chain = []
    x = e
    while x is not None:
        chain.append(type(x).__name__)
        x = x.__context__
    print("chain", chain)
with ExitStack() as outer:
    inner = ExitStack()
    inner.callback(print, "inner callback")
    moved = inner.pop_all()
    print("popped", len(inner._exit_callbacks), len(moved._exit_callbacks))
    moved.close()
s = ExitStack()
s.callback(print, "closed", end="!\n")
s.close()
show("enter_context on non-cm", lambda: ExitStack().enter_context(1))
print(ExitStack().__enter__().__class__.__name__, issubclass(ExitStack, AbstractContextManager))

print("suppress")
with suppress(KeyError, IndexError):
    {}["x"]
with suppress():
    pass
show("suppress other", lambda: exec("with suppress(KeyError):\n    1/0"))
with suppress(ValueError):
    raise ExceptionGroup("g", [ValueError(1), ValueError(2)])
try:
    with suppress(ValueError):
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
except ExceptionGroup as eg:
    print("rest", eg.exceptions)

print("redirect")
buf = io.StringIO()
with redirect_stdout(buf) as target:
    print("captured")
    print(target is buf)
print(repr(buf.getvalue()))
ebuf = io.StringIO()
with redirect_stderr(ebuf):
    sys.stderr.write("err text")
print(repr(ebuf.getvalue()))
r = redirect_stdout(io.StringIO())
with r:
    with r:
        print("nested")
print("restored", sys.stdout is sys.__stdout__ or True)


class Thing:
    def close(self):
        print("Thing closed")


with closing(Thing()) as th:
    print(type(th).__name__)
with nullcontext(5) as n:
    print(n)
with nullcontext() as n:
    print(n)
here = os.getcwd()
with chdir("/"):
    print(os.getcwd())
print(os.getcwd() == here)

print("ABCs")


class Mine:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        return None


print(isinstance(Mine(), AbstractContextManager), isinstance(1, AbstractContextManager), issubclass(nullcontext, AbstractAsyncContextManager))
print(AbstractContextManager[int], sorted(AbstractContextManager.__abstractmethods__))


class Default(AbstractContextManager):
    def __exit__(self, *a):
        pass


with Default() as d:
    print(type(d).__name__)


class Deco(ContextDecorator):
    def __enter__(self):
        print("enter deco")

    def __exit__(self, *a):
        print("exit deco")


@Deco()
def decorated2():
    print("body")


decorated2()

print("async")


async def main():
    alog = []

    @asynccontextmanager
    async def atag(name):
        alog.append("<" + name)
        try:
            yield name
        finally:
            alog.append(name + ">")

    async with atag("x") as v:
        alog.append(v)

    async with AsyncExitStack() as st:
        st.push_async_callback(lambda: _append(alog, "async cb"))
        st.callback(alog.append, "sync cb")
        await st.enter_async_context(atag("inner"))

        @st.push_async_exit
        async def aexit(*exc):
            alog.append("aexit")
    try:
        async with atag("e"):
            raise KeyError("k")
    except KeyError:
        alog.append("KeyError out")

    @asynccontextmanager
    async def ano_yield():
        if False:
            yield

    try:
        async with ano_yield():
            pass
    except RuntimeError as e:
        alog.append(str(e))

    class AGen:
        async def aclose(self):
            alog.append("aclosed")

    async with aclosing(AGen()):
        pass
    async with nullcontext(3) as three:
        alog.append(three)

    @atag("adeco")
    async def adecorated():
        alog.append("adecorated body")

    await adecorated()
    try:
        await AsyncExitStack().enter_async_context(1)
    except TypeError as e:
        alog.append(str(e))
    st = AsyncExitStack()
    st.push_async_callback(_append, alog, "aclose cb")
    await st.aclose()
    return alog


async def _append(lst, x):
    lst.append(x)


coro = main()
try:
    coro.send(None)
except StopIteration as stop:
    print(stop.value)
