import sys
def f(n):
    return 0 if n == 0 else 1 + f(n - 1)
try:
    f(5000)
except RecursionError as e:
    print("RecursionError", e)
sys.setrecursionlimit(100000)
print(f(50000))
class A:
    def __repr__(self): return repr(self)
try:
    repr(A())
except RecursionError as e:
    print("RecursionError", e)
def g(n):
    return [g(n+1) for _ in range(1)]
try:
    g(0)
except RecursionError as e:
    print("RecursionError", e)
print(sys.getrecursionlimit())
def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
sys.setrecursionlimit(2000)
d = depth(0)
print(1900 < d < 2000)
