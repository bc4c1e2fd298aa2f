class Bounce:
    __slots__ = ('fn', 'args')
    def __init__(self, fn, *args):
        self.fn, self.args = fn, args
def trampoline(result):
    steps = 0
    while isinstance(result, Bounce):
        result = result.fn(*result.args)
        steps += 1
    return result, steps
def fact(n, acc=1):
    return acc if n <= 1 else Bounce(fact, n - 1, acc * n)
def is_even(n):
    return True if n == 0 else Bounce(is_odd, n - 1)
def is_odd(n):
    return False if n == 0 else Bounce(is_even, n - 1)
r, steps = trampoline(fact(1000))
print(len(str(r)), steps, trampoline(is_even(100001)), trampoline(is_odd(7)))
def sum_list(xs, acc=0):
    return acc if not xs else Bounce(sum_list, xs[1:], acc + xs[0])
print(trampoline(sum_list(list(range(3000)))))
def collatz_steps(n, k=0):
    return k if n == 1 else Bounce(collatz_steps, n // 2 if n % 2 == 0 else 3 * n + 1, k + 1)
print([trampoline(collatz_steps(n))[0] for n in (1, 7, 27, 97, 871)])
