d = dict.fromkeys('abcdef', 0)
del d['c']
d['c'] = 1
d['a'] = 5
print(list(d), list(d.values()))
print(d.popitem(), d.popitem(), list(d))
d.update([('z', 1), ('a', 9)])
print(list(d.items()))
e = {k: v for k, v in reversed(list(d.items()))}
print(e, list(reversed(e)), e == d, list(e) == list(d))
keys = list(d)
for k in keys:
    if d[k] == 0:
        del d[k]
print(d)
cp = d.copy()
cp['new'] = 1
print(d, cp, d is not cp, {**d} == d)
nested = {'outer': {'inner': [1, 2]}}
shallow = nested.copy()
shallow['outer']['inner'].append(3)
print(nested)
print(sorted({3: 'c', 1: 'a', 2: 'b'}.items()), min({'x': 3, 'y': 1}, key=lambda k: {'x': 3, 'y': 1}[k]))
big = {}
for i in range(200):
    big[str(i)] = i
for i in range(0, 200, 3):
    big.pop(str(i))
print(len(big), list(big)[:5], sum(big.values()))
print({1: 'a'}.get(1.0), {1.0: 'a'}[True], {(1, 2): 3}[(1.0, 2)], {0: 'zero'}.get(-0.0), {'': 1}.get(''))
