# list(t) of an exact tuple copies its items: changing the list (or another list
# made from the same tuple) leaves the tuple as it was.
t = (1, 2, 3)
a, b = list(t), list(t)
a[0] += 10
b[0] += 100
b.append(4)
print(t, a, b)
u = tuple(range(5))
c = list(u)
c.sort(reverse=True)
c[1:3] = ['x']
print(u, c)
class T(tuple):
    pass
d = list(T((7, 8)))
d[0] = 0
print(d)
