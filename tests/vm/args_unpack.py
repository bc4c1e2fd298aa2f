def f(*args, **kwargs):
    return args, sorted(kwargs.items())

print(f(*[1, 2], *(3,), *range(2), 9))
print(f(**{'a': 1}, **{'b': 2}, c=3))
print(f(*'ab', x=1, **dict(y=2)))
print(f(*iter([7, 8])))
try:
    f(**{'a': 1}, a=2)
except TypeError as e:
    print(e)
try:
    f(**{'a': 1}, **{'a': 2})
except TypeError as e:
    print(e)
try:
    f(*5)
except TypeError as e:
    print(e)
try:
    f(**[1])
except TypeError as e:
    print(e)
try:
    f(**{1: 2})
except TypeError as e:
    print(e)

class M:
    def keys(self):
        return ['k1', 'k2']
    def __getitem__(self, k):
        return k.upper()
print(f(**M()))
def g(a, b, c):
    return a + b + c
print(g(*[1], **{'c': 3, 'b': 2}))
a, *b, c = range(5)
print(a, b, c)
(x, y), z = 'ab', 'c'
print(x, y, z)
first, *rest = 'hello'
print(first, rest)
*init, last = [1]
print(init, last)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    a, b, c = [1]
except ValueError as e:
    print(e)
try:
    a, *b, c = [1]
except ValueError as e:
    print(e)
print([*range(3), *'xy'], {*'aa', 1} == {1, 'a'}, {**{'a': 1}, 'b': 2}, (*[1, 2],))
