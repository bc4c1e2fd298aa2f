x = 1
del x
try:
    x
except NameError as e:
    print(e)
l = [0, 1, 2, 3, 4, 5]
del l[0], l[-1]
del l[1:3]
print(l)
d = {'a': 1, 'b': 2}
del d['a']
print(d)
try:
    del d['zz']
except KeyError as e:
    print('KeyError', e)
class O:
    pass
o = O()
o.attr = 1
del o.attr
print(hasattr(o, 'attr'))
try:
    del o.attr
except AttributeError as e:
    print(e)
a, b = 1, 2
del a, b
try:
    del undefined_name_here
except NameError as e:
    print(e)
def f():
    v = 1
    del v
    try:
        return v
    except UnboundLocalError as e:
        return str(e)
print(f())
assert True
assert 1 == 1, 'not shown'
try:
    assert False
except AssertionError as e:
    print('AssertionError', repr(e), e.args)
try:
    assert 1 > 2, 'custom message'
except AssertionError as e:
    print('AssertionError', e)
try:
    assert [], ['list', 'msg']
except AssertionError as e:
    print(e.args)
def g():
    assert isinstance(5, str), f'bad type {type(5).__name__}'
try:
    g()
except AssertionError as e:
    print(e)
(p, q), r = (1, 2), 3
[s, t] = 'st'
print(p, q, r, s, t)
i = j = k = 0
i += 1
print(i, j, k)
m = n = []
m.append(1)
print(n)
x, y = y, x = 1, 2
print(x, y)
