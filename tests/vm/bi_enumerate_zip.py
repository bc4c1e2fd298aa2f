print(list(enumerate('abc')), list(enumerate('abc', 1)), list(enumerate('ab', start=-5)), list(enumerate([], 3)), list(enumerate(range(3), 2**70))[:1])
e = enumerate(iter('xy'))
print(next(e), next(e), next(e, None))
print(list(zip('abc', [1, 2, 3], (True, False, None))), list(zip('ab', range(100))), list(zip()), list(zip('a')))
print(dict(zip('abc', range(3))), list(zip(*zip('ab', 'cd'))), [a + b for a, b in zip('xy', 'zw')])
for strict in [True]:
    for args in [('ab', 'cd'), ('ab', 'c'), ('a', 'bc'), ('ab', 'cd', 'e')]:
        try:
            print(args, list(zip(*args, strict=strict)))
        except ValueError as ex:
            print(args, ex)
try:
    zip('a', bogus=1)
except TypeError as ex:
    print(ex)
try:
    enumerate('a', 'b')
except TypeError as ex:
    print(ex)
z = zip(range(3), range(3))
print(type(z).__name__, iter(z) is z, next(z), list(z))
