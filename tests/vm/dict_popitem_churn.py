# dict: popitem takes the last entry in O(1) amortised (deleted entries at the end
# are dropped), and insert/delete churn reuses the table without filling it.
d = {i: i * i for i in range(100000)}
total = 0
while d:
    k, v = d.popitem()
    total += v - k
print(total, len(d))
d = {i: i for i in range(1000)}
for j in range(100000):
    d[10**6 + j] = j
    d.popitem()
print(len(d), 5 in d, -1 in d, sorted(d)[:3], list(d)[-3:])
d = {str(i): i for i in range(100)}
for k in list(d)[::2]:
    del d[k]
print(list(d)[:5], len(d), d.popitem(), list(d)[-2:])
d["x"] = 1
d["1"] = "again"
print(list(d.items())[:2], list(d)[-3:])
for k in list(d):
    if k != "x":
        del d[k]
d.update(a=1, b=2)
print(d, d.popitem(), d)
e = {}
try:
    e.popitem()
except KeyError as err:
    print("KeyError:", err)
