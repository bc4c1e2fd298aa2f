s = 'abcdefghij'
for start in (None, 0, 3, -3, 20, -20):
    for stop in (None, 5, -2, 0, 20):
        for step in (None, 1, 2, -1, -3):
            print(repr(s[start:stop:step]), end=' ')
    print()
u = 'héllo wörld 🐍!'
print(u[1:4], u[-3:], u[::-1], u[::3], u[6:11].upper(), len(u[::2]))
print(s[slice(2, 8, 2)], s[slice(None)], s[slice(-1, None, -1)], s[1:-1][::-1])
try:
    s[::0]
except ValueError as e:
    print(e)
b = b'abcdefghij'
print(b[2:5], b[::-2], b[-1], bytearray(b)[3:6], memoryview(b)[1:3].tobytes())
l = list(range(10))
print(l[::3], l[7:2:-2], l[-100:100][:3], l[5:5], l[::-1][::-1] == l)
t = tuple(range(5))
print(t[1:], t[:-1], t[::-1], t[10:], type(t[1:3]).__name__)
r = range(0, 20, 3)
print(r[2:], r[::-1], r[-2:], list(r[1::2]))
