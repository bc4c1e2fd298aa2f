r = range(10**20)
print(r, r[-1], r[10**19], 10**19 in r, 10**20 in r, -1 in r, r[5:10], r[::10**19], r.index(12345), r.count(7), bool(r), bool(range(10**20, 0)))
try:
    len(r)
except OverflowError as e:
    print(e)
print(list(range(2**64, 2**64 + 3)), list(range(-2**63 - 2, -2**63 + 1)), list(reversed(range(2**70, 2**70 + 6, 2))))
big = range(-10**30, 10**30, 10**29)
print(len(big), big[3], big[-1], big.start, big.stop, big.step, list(big)[:2], big == range(-10**30, 10**30, 10**29), hash(big) == hash(range(-10**30, 10**30, 10**29)))
print(range(0, 2**63 + 5)[2**63:], len(range(0, 2**63 + 5)[2**63:]), range(2**63)[-1], range(-2**63, 2**63 - 1)[0])
it = iter(range(2**64, 2**64 + 2))
print(type(it).__name__, next(it), next(it), next(it, 'done'))
try:
    r[10**20]
except IndexError as e:
    print(e)
try:
    range(0, 10, 2**70 * 0)
except ValueError as e:
    print(e)
print(range(5)[2**100:], range(5)[-2**100:2], 3.0 in range(5), 2**100 in range(5), range(3) == range(0, 3), range(2**64) != range(2**65))
print(len(range(-2**63, 2**63 - 1)) if False else range(-2**63, 2**63 - 1).__class__.__name__, range(10**25, 10**25 + 10, 3))
