def m(x):
    match x:
        case []:
            return 'empty list'
        case [a]:
            return f'one: {a}'
        case [a, b] if a == b:
            return f'pair equal {a}'
        case [a, b]:
            return f'pair {a} {b}'
        case [first, *rest] if len(rest) > 2:
            return f'long: {first} + {len(rest)}'
        case [_, _, *_]:
            return 'three or four'
        case {'type': 'point', 'x': x, 'y': y}:
            return f'point {x},{y}'
        case {'type': t, **rest}:
            return f'typed {t} rest={sorted(rest)}'
        case {}:
            return 'some mapping'
        case str() | bytes():
            return 'stringish'
        case _:
            return 'other'
for v in [[], [1], [2, 2], [1, 2], [1, 2, 3], [1, 2, 3, 4, 5], (1, 2, 3, 4), {'type': 'point', 'x': 1, 'y': 2}, {'type': 'circle', 'r': 3, 'c': 0}, {'k': 1}, {}, 'abc', b'x', 5, range(2), 3.5]:
    print(repr(v)[:30], '->', m(v))
def nested(x):
    match x:
        case [(a, b), [c, *d]]:
            return a, b, c, d
        case {'a': {'b': [_, v]}}:
            return v
        case [*_, {'last': v}]:
            return 'last', v
    return None
print(nested([(1, 2), [3, 4, 5]]), nested({'a': {'b': [0, 'deep']}}), nested([1, 2, {'last': 9}]), nested(5))
match [1, 2, 3]:
    case [1, *middle, 3]:
        print('middle', middle)
match {'a': 1, 'b': 2}:
    case {'a': 1, **kw}:
        print('kw', kw)
