# isinstance/issubclass recurse into nested tuples: RecursionError, not a Go stack overflow.
t = int
for i in range(100_000):
    t = (t,)
for f, a in ((isinstance, 1), (issubclass, int)):
    try:
        print(f(a, t))
    except RecursionError as e:
        print(f.__name__, type(e).__name__, e)
t = str
for i in range(100):
    t = (t,)
print(isinstance(1, (t, int)), issubclass(bool, (t, (int,))))
