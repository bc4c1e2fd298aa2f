class A:
    def __init__(self, v):
        self.v = v
    def __iadd__(self, o):
        self.v += o
        return self
    def __add__(self, o):
        return A(self.v + o + 1000)
    def __repr__(self):
        return f'A({self.v})'
a = A(1)
b = a
a += 2
print(a, b, a is b)
a = a + 2
print(a, a is b)
class B:
    def __add__(self, o):
        return 'B.add'
x = B()
x += 1
print(x)
class C:
    def __isub__(self, o):
        return NotImplemented
    def __sub__(self, o):
        return 'fallback sub'
c = C()
c -= 1
print(c)
l = [1]
l2 = l
l += [2]
l += (3,)
l += 'ab'
print(l, l is l2)
t = (1,)
t2 = t
t += (2,)
print(t, t2, t is t2)
s = {1}
s |= {2}
s &= {2, 3}
s ^= {4}
s -= {4}
print(s)
d = {'a': 1}
d |= {'b': 2}
d |= [('c', 3)]
print(d)
n = 10
n -= 3; n *= 2; n //= 3; n **= 2; n %= 7; n <<= 3; n >>= 1; n |= 1; n &= 0xff; n ^= 2
print(n)
f = 1.5
f += 1; f /= 2; f -= 0.25
print(f)
st = 'a'
st += 'b'; st *= 3
print(st)
class I:
    def __imul__(self, o):
        print('imul', o)
        return self
    def __imatmul__(self, o):
        return 'imatmul'
i = I()
i *= 4
i @= 1
print(i)
lst = [[0]] * 2
lst[0] += [1]
print(lst)
try:
    tt = ([1],)
    tt[0] += [2]
except TypeError as e:
    print(e, tt)
class Obj:
    pass
o = Obj()
o.count = 0
o.count += 5
print(o.count)
dd = {'k': [1]}
dd['k'] += [2]
print(dd)
try:
    undefined_var += 1
except NameError as e:
    print(e)
