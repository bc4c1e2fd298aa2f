# Under sys.setrecursionlimit(10**6), recursion reaches the depth CPython 3.13
# reaches before RecursionError. Kaa must not stop early (it stopped at 220,000)
# nor die of a Go stack overflow. One kind of call per program
# (recursion_depth*.py: plain calls, f(*args, **kwargs), methods): a million
# frames take 0.8 GB of Kaa's heap besides its 1 GB Go stack, and the tests run
# under an address-space limit.
import sys

sys.setrecursionlimit(10**6)


def star(*args, **kwargs):
    return star(args[0] + 1, **kwargs)


depth = 0
try:
    star(0, k=1)
except RecursionError as e:
    # The deepest frame the traceback reached is the depth.
    tb = e.__traceback__
    while tb.tb_next is not None:
        tb = tb.tb_next
        depth += 1
    print("star", "RecursionError", e, "at depth", depth)
