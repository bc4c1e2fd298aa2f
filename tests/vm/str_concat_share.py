a = 'x' * 200
b = a + 'y'
c = b + 'z'
d = b + 'w'
e = c + 'q'
f = d + 'r'
print(len(a), b[-3:], c[-3:], d[-3:], e[-3:], f[-3:], b == a + 'y', c != d)
s = ''
keep = []
for i in range(500):
    s += str(i % 10)
    if i % 100 == 0:
        keep.append(s)
print(len(s), s[:15], s[-5:], [len(k) for k in keep], [k[-3:] for k in keep], keep[2] == s[:201])
t = 'é' * 100
u = t + '✓'
v = u + '🐍'
w = u + 'a'
print(len(v), v[-3:], w[-3:], len(w.encode()), hash(v) == hash(t + '✓🐍'), v.count('é'))
x = 'base' * 50
parts = [x + str(i) for i in range(5)]
print([p[-6:] for p in parts], len(set(parts)))
acc = 'start' * 30
acc += ''
acc2 = acc
acc += 'END'
print(acc2[-5:], acc[-5:], acc2 is not acc)
