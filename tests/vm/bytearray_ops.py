def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

a = bytearray(b'hello')
print(a, repr(a), len(a), a[0], a[1:3], type(a[1:3]).__name__, bytearray(), bytearray(2), bytearray([1, 2]), bytearray('hé', 'utf-8'))
a[0] = 72
print(a)
a[1:3] = b'EL'
print(a)
a[1:3] = b'xyz12'
print(a)
a[::2] = b'ABCD'
print(a)
del a[0]
print(a)
del a[::2]
print(a)
a[0:0] = [65, 66]
print(a)
a[len(a):] = bytearray(b'!!')
print(a)
show(lambda: a.__setitem__(0, 256))
show(lambda: a.__setitem__(0, b'x'))
show(lambda: a.__setitem__(slice(None, None, 2), b'x'))
show(lambda: a.__setitem__(100, 1))
show(lambda: a.__delitem__(100))
b = bytearray(b'abc')
b.append(100)
b.extend(b'ef')
b.extend([103, 104])
b.extend(iter(range(105, 107)))
b.insert(0, 64)
b.insert(-1, 95)
b.insert(100, 33)
print(b)
print(b.pop(), b.pop(0), b.pop(-2), b)
b.remove(99)
print(b)
show(lambda: b.remove(200))
show(lambda: bytearray().pop())
show(lambda: b.pop(100))
show(lambda: b.append(256))
show(lambda: b.append('a'))
show(lambda: b.extend('str'))
show(lambda: b.extend(5))
b.reverse()
print(b)
c = b.copy()
c.clear()
print(b, c, len(c))
b += b'++'
print(b)
b *= 2
print(b)
b2 = b
b2 += b'X'
print(b is b2, b)
print(b + b'tail', type(b + b'tail').__name__, b'head' + bytearray(b'x'), type(b'head' + bytearray(b'x')).__name__)
show(lambda: hash(bytearray()))
print(bytearray(b'abc') == b'abc', bytearray(b'abc') < bytearray(b'abd'), bytearray(b'Hello').upper(), bytearray(b'a,b').split(b','))
print(bytearray(b' x ').strip(), type(bytearray(b' x ').strip()).__name__, bytearray(b'abc').replace(b'b', b'B'))
print(bytearray.fromhex('ff00'), bytearray(b'\x00\xff').hex(), bytearray(b'a') * 3)
d = bytearray(b'abcdef')
d[1:5] = b''
print(d)
d[:] = b'new content'
print(d, d.find(b'content'), d.count(b'n'), d.startswith(b'new'), d.isalpha())
e = bytearray(b'xyz')
e.__init__(b'reinit')
print(e)
for x in bytearray(b'AB'):
    print(x, end=' ')
print()
print(list(reversed(bytearray(b'abc'))), sorted(bytearray(b'cab')), max(b'abc'), sum(b'\x01\x02'))
class BA(bytearray):
    pass
ba = BA(b'sub')
ba.append(33)
print(ba, type(ba).__name__, type(ba.copy()).__name__)
print(bytearray(b'abc').decode(), str(bytearray(b'q')), bytes(bytearray(b'q')))
f = bytearray(b'0123456789')
del f[2:8:3]
print(f)
f[-1] = 0x41
print(f, f[-1])
