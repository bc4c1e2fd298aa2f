log = []
def t(name, v=None):
    log.append(name)
    return v if v is not None else name
def f(*a, **k):
    return a, k
f(t('a'), t('b'), k=t('c'), **{t('d'): t('e')})
print(log); log.clear()
d = {t('k1'): t('v1'), t('k2'): t('v2')}
print(log); log.clear()
t('obj', [0, 0])[t('idx', 0)] = t('val')
print(log); log.clear()
x = t('left', 1) + t('right', 2) * t('mul', 3)
print(x, log); log.clear()
r = t('a', 1) < t('b', 2) < t('c', 0) < t('d', 5)
print(r, log); log.clear()
r = t('x', 0) or t('y', 0) or t('z', 'last')
print(r, log); log.clear()
r = t('x', 1) and t('y', 0) and t('z', 2)
print(r, log); log.clear()
r = t('then') if t('cond', True) else t('else')
print(r, log); log.clear()
class A:
    pass
a = A()
a.v = [1, 2]
t('target', a).v[t('i', 0)] += t('inc', 10)
print(a.v, log); log.clear()
lst = [t(str(i), i) for i in range(3) if t('cond' + str(i), i % 2 == 0)]
print(lst, log); log.clear()
def defaults(a=t('default evaluated at def')):
    return a
print(log, defaults()); log.clear()
print([t('e1'), t('e2')][t('sub', 1)], log); log.clear()
u, v = t('u1'), t('v1')
print(log); log.clear()
s = {t('s1'), t('s2')}
print(sorted(s), log); log.clear()
z = (t('z1'), *[t('z2'), t('z3')], t('z4'))
print(z, log); log.clear()
def deco(name):
    log.append('deco ' + name)
    return lambda fn: fn
@deco('outer')
@deco('inner')
def decorated():
    pass
print(log); log.clear()
i = 0
l2 = [10, 20, 30]
i, l2[i] = 1, 99
print(i, l2)
