def padd(p, q):
    r = dict(p)
    for e, c in q.items():
        r[e] = r.get(e, 0) + c
        if r[e] == 0:
            del r[e]
    return r
def pmul(p, q):
    r = {}
    for e1, c1 in p.items():
        for e2, c2 in q.items():
            r[e1 + e2] = r.get(e1 + e2, 0) + c1 * c2
    return {e: c for e, c in r.items() if c}
def pstr(p):
    if not p:
        return '0'
    terms = []
    for e in sorted(p, reverse=True):
        c = p[e]
        coef = '' if abs(c) == 1 and e else str(abs(c))
        var = '' if e == 0 else ('x' if e == 1 else f'x^{e}')
        terms.append(('-' if c < 0 else '+') + coef + var)
    s = ''.join(terms)
    return s[1:] if s[0] == '+' else s
a = {2: 1, 0: -1}
b = {1: 1, 0: 1}
print(pstr(a), pstr(b), pstr(padd(a, b)), pstr(pmul(a, b)), pstr(pmul(b, b)), pstr(padd(a, {2: -1, 0: 1})))
p = {0: 1}
for _ in range(6):
    p = pmul(p, b)
print(pstr(p), sorted(p.values()))
print(pstr(pmul({100: 1, 0: 1}, {100: 1, 0: -1})), len(pmul({i: 1 for i in range(50)}, {i: 1 for i in range(50)})))
