# Iterators drawing from iterators, nested far deeper than CPython survives
# (python3.13 dies of a C stack overflow at about 100,000 maps over maps): Kaa
# raises RecursionError and goes on.
import itertools

makers = [
    ("map", lambda it: map(abs, it)),
    ("filter", lambda it: filter(None, it)),
    ("chain", itertools.chain),
    ("islice", lambda it: itertools.islice(it, 5)),
    ("zip", zip),
    ("enumerate", enumerate),
]
for name, make in makers:
    it = iter([1, 2])
    for _ in range(300000):
        it = make(it)
    try:
        list(it)
        print(name, "no error")
    except RecursionError as e:
        print(name, "RecursionError:", e)
print("still running")
