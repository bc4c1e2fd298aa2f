print(abs(-3), abs(-2.5), abs(3 + 4j), abs(True), divmod(17, 5), divmod(-17, 5), divmod(17.5, 5))
print(all([]), all([1, 0]), any([]), any([0, 1]), all(x > 0 for x in [1, 2]), any(iter([0, 0])))
print(bin(10), oct(-8), hex(255), bin(0), hex(-0x1f), chr(65), ord('A'), ord('€'), chr(0x1F600) == '\U0001F600')
print(callable(len), callable(1), callable(lambda: 0), callable(type), callable(object()))
print(list(enumerate('ab')), list(enumerate('ab', 10)), list(enumerate([], 5)), list(enumerate('x', start=-1)))
print(list(zip('abc', range(5))), list(zip()), list(zip([1])), list(zip('ab', 'cd', 'ef')))
try:
    list(zip('ab', 'abc', strict=True))
except ValueError as e:
    print(e)
try:
    list(zip('abc', 'ab', strict=True))
except ValueError as e:
    print(e)
print(list(zip('ab', 'cd', strict=True)))
print(list(map(str, [1, 2])), list(map(lambda a, b: a + b, [1, 2], [10, 20, 30])), list(filter(None, [0, 1, '', 'a'])), list(filter(lambda x: x % 2, range(6))))
print(sorted([3, 1, 2]), sorted('bca', reverse=True), sorted([(1, 'b'), (0, 'a')]), sorted(['aa', 'b'], key=len), sorted({3: 1, 1: 2}))
print(min(3, 1, 2), max([1, 5, 2]), min('abc'), max([], default='empty'), min([3, 1], key=lambda x: -x), max(1, 2, key=lambda x: -x), min((), default=None))
for bad in [lambda: min([]), lambda: max(), lambda: min(1, 2, default=0), lambda: max(1)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(sum([1, 2, 3]), sum([1.5, 2]), sum([[1], [2]], []), sum(range(5), 10), sum([0.1] * 10), sum([], start=5))
try:
    sum(['a'], '')
except TypeError as e:
    print(e)
print(round(3.14159, 2), round(2.5), round(3.5), round(-2.5), round(7), round(1234, -2), type(round(2.5)).__name__, round(2.5, None))
print(pow(2, 8), pow(2, -1), pow(2, 3, 5), isinstance(1, int), isinstance(True, int), isinstance(1, (str, float)), issubclass(bool, int), issubclass(int, (str, object)))
print(len('abc'), len([1]), len({}), len(range(3)), repr('x'), ascii('é'), ascii(['ü']), format(3.14159, '.2f'), format(42), format('x', '>3'))
print(list(reversed([1, 2, 3])), list(reversed('abc')), list(reversed(range(3))), type(reversed([])).__name__)
print(hash('a') == hash('a'), id(1) == id(1), type(id(object())).__name__, type(1), type('a'), type(type))
it = iter([1, 2])
print(next(it), next(it), next(it, 'done'))
try:
    next(it)
except StopIteration as e:
    print('StopIteration', e.args)
class Counter:
    def __init__(self): self.n = 0
    def __call__(self):
        self.n += 1
        return self.n
print(list(iter(Counter(), 4)))
try:
    iter(5, 1)
except TypeError as e:
    print(e)
print(getattr([], 'append').__name__, hasattr('', 'upper'), vars(type('X', (), {'a': 1}))['a'], dir([])[:3] if False else 'skip')
print(isinstance(print, type(len)), max('abc', key=ord), min([[2], [1, 5]]), bool(), int(), float(), str(), list(), dict(), tuple(), set(), frozenset(), complex())
print(divmod(7, -2), divmod(-7.5, 2), round(0.5), round(1.5), round(-0.5), round(5, 1), round(5.5, 1), round(1e20))
