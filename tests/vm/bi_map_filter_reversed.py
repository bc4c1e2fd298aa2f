print(list(map(abs, [-1, 2, -3])), list(map(pow, [2, 3], [3, 2])), list(map(str.upper, 'ab')), list(map(lambda x, y, z: x + y + z, 'ab', 'cd', 'ef')))
print(list(map(int, ['1', '2'])), list(map(len, [[], [1], 'ab'])), list(map(max, [1, 5], [4, 2])), list(map(None.__class__, [])))
print(list(filter(None, [0, 1, '', 'a', None, [], [0]])), list(filter(lambda x: x > 2, range(6))), list(filter(str.isalpha, 'a1b2')))
print(list(reversed([1, 2, 3])), list(reversed('abc')), list(reversed(range(5))), list(reversed((1,))), list(reversed({'a': 1, 'b': 2})), list(reversed({'a': 1}.items())))
class Seq:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
class Rev:
    def __reversed__(self): return iter('custom')
print(list(reversed(Seq())), list(reversed(Rev())))
for bad in [lambda: reversed(5), lambda: reversed({1, 2}), lambda: map(), lambda: filter(None), lambda: list(map(1, [1]))]:
    try:
        bad()
    except TypeError as e:
        print(e)
m = map(abs, [-1, -2])
print(type(m).__name__, next(m), list(m), list(m))
r = reversed([1, 2, 3])
print(type(r).__name__, r.__length_hint__(), next(r), r.__length_hint__())
