# A suspended generator that becomes unreachable is closed, as CPython closes the
# generators it frees: finally blocks and with statements finish (GeneratorExit), an
# exception from them is reported as unraisable, and a generator that yields again
# is reported too. (Kaa closes it at the next collection: gc.collect() here.)
import gc
import io
import sys


def counted(n):
    try:
        yield 1
        yield 2
    finally:
        print("finally", n)


for x in counted(1):
    break
gc.collect()
print("after the loop")

g = counted(2)
next(g)
del g
gc.collect()
print("after del")

g = counted(3)
print(list(g))
del g
gc.collect()
print("finished generators are not closed again")


class Resource:
    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, kind, value, tb):
        print("exit", kind.__name__)


def using():
    with Resource():
        yield "inside"


u = using()
print(next(u))
del u
gc.collect()


def nested():
    yield from counted(4)


n = nested()
next(n)
del n
gc.collect()


def plain():
    yield 1
    yield 2


p = plain()
next(p)
del p
gc.collect()
print("plain generator: nothing to run")

sys.stderr = io.StringIO()


def failing():
    try:
        yield 1
    finally:
        raise KeyError("from finally")


def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "again"


gen = failing()
next(gen)
del gen
gc.collect()
for line in sys.stderr.getvalue().splitlines():
    if line.startswith("  File"):
        line = "  File ..., " + line.split(", ", 1)[1]
    if " at 0x" in line:
        line = line[:line.index(" at 0x")] + line[line.index(">"):]
    print(line)
sys.stderr = sys.__stderr__


def hook(u):
    print("unraisable:", u.exc_type.__name__, u.exc_value, u.object.__name__)


sys.unraisablehook = hook
gen = stubborn()
next(gen)
del gen
gc.collect()
print("end")
