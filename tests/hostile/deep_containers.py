# repr, ==, hash and str of deeply nested containers raise RecursionError.
def nest(make, n=50_000):
    x = make(None)
    for i in range(n):
        x = make(x)
    return x
for name, make in [('list', lambda x: [x]), ('dict', lambda x: {1: x}), ('tuple', lambda x: (x,)),
                   ('frozenset', lambda x: frozenset([x]))]:
    a = nest(make)
    for op in (repr, str):
        try:
            op(a)
            print(name, op.__name__, 'ok')
        except RecursionError as e:
            print(name, op.__name__, 'RecursionError')
    b = nest(make)
    try:
        print(name, 'eq', a == b)
    except RecursionError:
        print(name, 'eq RecursionError')
print('done')
