def ops(l):
    out = []
    def rec(name, f):
        c = list(l)
        try:
            r = f(c)
            out.append(f'{name}={r!r}/{c!r}')
        except Exception as e:
            out.append(f'{name}!{type(e).__name__}')
    rec('append', lambda c: c.append(9))
    rec('extend', lambda c: c.extend('xy'))
    rec('insert0', lambda c: c.insert(0, 'h'))
    rec('insert-1', lambda c: c.insert(-1, 'm'))
    rec('pop', lambda c: c.pop())
    rec('pop0', lambda c: c.pop(0))
    rec('remove1', lambda c: c.remove(1))
    rec('index2', lambda c: c.index(2))
    rec('count1', lambda c: c.count(1))
    rec('reverse', lambda c: c.reverse())
    rec('sort', lambda c: c.sort())
    rec('sortrev', lambda c: c.sort(reverse=True))
    rec('clear', lambda c: c.clear())
    rec('sl', lambda c: c[1:3])
    rec('slneg', lambda c: c[-2:])
    rec('slstep', lambda c: c[::-2])
    rec('setsl', lambda c: c.__setitem__(slice(0, 1), [7, 7]))
    rec('delsl', lambda c: c.__delitem__(slice(None, None, 2)))
    rec('mul', lambda c: c * 2)
    rec('add', lambda c: c + [0])
    rec('iadd', lambda c: c.__iadd__((5,)))
    rec('contains', lambda c: 2 in c)
    rec('min', lambda c: min(c))
    rec('sum', lambda c: sum(c))
    rec('sorted', lambda c: sorted(c, key=str))
    rec('getneg', lambda c: c[-1])
    rec('set5', lambda c: c.__setitem__(5, 0))
    return out
for l in [[], [1], [1, 2, 3], [3, 1, 2, 1], [2, 'a'], [[1], [0]], [None], list(range(10))]:
    print(repr(l))
    for o in ops(l):
        print('   ', o)
