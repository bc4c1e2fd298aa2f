# Constant folding: every expression here is folded (or, where Python would raise or
# a size limit is passed, left alone) by the compiler as CPython's ast_opt.c does;
# kaa -m dis of this file must equal python3.13's (tests/dis), and the values printed
# must be those of run-time evaluation.

# bool operands are ints, except & | ^ between two bools
print(3 * True, True + True, False - 1, True * 2.5, True / 2, True ** 3, 7 // True, 7 % True)
print(True & False, True | False, True ^ True, True & 3, -True, +False, ~5, not 1, not '', not ())
print(True << 3, 1 >> True, True - False, 2 ** True)

# constants equal in value but not in type stay apart in co_consts and tuples
t = (1, 1.0, True, 0.0, -0.0, False, 0)
print(t, [type(x).__name__ for x in t])
print((1, 1.0) == (1.0, 1), repr((0.0, -0.0)), repr((-0.0, 0.0)))

# a set display of constants folds to a frozenset of distinct members, the first kept
print(1 in {1, 1.0, True}, 2 in {1, 1.0, True}, len({1, 1.0, True, 1 + 0j}))
s = {None, 0, False, '', 0.0}
print(sorted(map(repr, s)), [type(x).__name__ for x in (0 in {0, False}, 0.0 in {False})])
for x in {'b', 'a', 'b'}:
    pass
print(x in 'ab')

# subscripts of constants
print(b'.'[0], 'abc'[-1], (1, 2, 3)[True], ('x', 'y')[False], 'h\u00e9llo'[1], b'xyz'[-3])
for bad in (lambda: 'abc'[5], lambda: (1, 2)[-3], lambda: b''[0]):
    try:
        bad()
    except IndexError as e:
        print('IndexError:', e)

# sequence repetition and concatenation within CPython's limits
print(repr('ab' * -1), 'ab' * True, (1,) * 0, (1, 2) * 3, b'ab' * 2, len('x' * 4097), len(('y',) * 257))
print(len('a' * 4096 + 'b' * 4096), (1, 2) + (3,), b'a' + b'b', len((('z',) * 200) * 2))

# numbers: correctly rounded true division, float and complex arithmetic
print(10**30 / 10**10, 2**64 * 1.0, 1 / 3, 0 / -5, -0.0 + 0, 7 // -2, -7 % 3, 7.5 // 2, -7.5 % 2)
print((-8.0) ** 0.5, (1 + 2j) / (3 - 4j), (2 + 0j) ** 2, 2 ** -1, 10 ** -400, 1e308 * 10, -(1e308 * 10))
print(2 ** 127, 2 ** 128, 3 ** 80, 1 << 127, 1 << 129, -1 >> 1000, 0 ** 0, 0 ** 10**20, 0 << 10**20)
for bad in (lambda: 2.0 ** 10000, lambda: 1 / 0, lambda: 1.5 // 0.0, lambda: 0.0 ** -1, lambda: 10**400 * 1.0):
    try:
        bad()
    except (OverflowError, ZeroDivisionError) as e:
        print(type(e).__name__, e)

# formatting is left to run time
print('%s-%s' % ('a', 'b'), '%d' % 5, b'%d' % 5, '%s' % (1,))

# short-circuit operators on constants
print(0 or 1 and 2, 1 and 0 or 3, None or 5, '' and 'x', (lambda: 1 or 2)(), (lambda: 0 and 1)())
