tests = [
    lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0, lambda: 1.0 / 0, lambda: divmod(1, 0), lambda: 2 ** -1 // 0,
    lambda: {}['k'], lambda: {}[(1, 2)], lambda: [][0], lambda: ()[5], lambda: 'abc'[10],
    lambda: int('abc'), lambda: int('12', 2), lambda: float('x'), lambda: int(''), lambda: int(' '),
    lambda: [].pop(), lambda: [1].index(2), lambda: (1,).index(2), lambda: 'a'.index('b'), lambda: [].remove(1),
    lambda: None.attr, lambda: (1).foo, lambda: 'x'.bar, lambda: object().x,
    lambda: 1 + 'a', lambda: 'a' + 1, lambda: [] + (), lambda: 1 < 'a', lambda: {} < {}, lambda: -'a', lambda: ~1.0,
    lambda: iter(5), lambda: next(iter([])), lambda: len(1), lambda: hash([]), lambda: {[]: 1},
    lambda: set().pop(), lambda: {}.popitem(), lambda: chr(-1), lambda: ord('ab'), lambda: range(1.0),
    lambda: 'a' * 'b', lambda: [1, 2][1:2:0], lambda: int(2**100).to_bytes(1, 'big'), lambda: (1).__round__('x'),
    lambda: 2 ** 10000.0, lambda: float(10 ** 400), lambda: 10.0 ** 400, lambda: __import__('nonexistent_mod_xyz'),
    lambda: [].__getitem__('a'), lambda: 'abc'['a'], lambda: sum(['a', 'b']), lambda: sum([[1]]),
    lambda: max([]), lambda: min(1), lambda: getattr(1, 'x'), lambda: setattr(1, 'x', 2), lambda: delattr(1, 'real'),
    lambda: int.real.__set__(1, 2), lambda: type('X', (1,), {}), lambda: issubclass(1, int), lambda: isinstance(1, 1),
    lambda: complex('x'), lambda: abs(None), lambda: round('x'), lambda: bytes(-1),
    lambda: print(end=5), lambda: open(5.5), lambda: ''.encode('nope'), lambda: eval('1+'), lambda: exec(5),
]
for i, t in enumerate(tests):
    try:
        t()
        print(i, 'no error')
    except Exception as e:
        print(i, type(e).__name__ + ':', e)
