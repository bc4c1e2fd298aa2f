def spf_table(n):
    spf = list(range(n + 1))
    for i in range(2, int(n ** 0.5) + 1):
        if spf[i] == i:
            for j in range(i * i, n + 1, i):
                if spf[j] == j:
                    spf[j] = i
    return spf
spf = spf_table(1000)
def factor(n):
    out = {}
    while n > 1:
        p = spf[n]
        out[p] = out.get(p, 0) + 1
        n //= p
    return out
def num_divisors(n):
    r = 1
    for e in factor(n).values():
        r *= e + 1
    return r
def phi(n):
    r = n
    for p in factor(n):
        r = r // p * (p - 1)
    return r
print([factor(n) for n in (360, 997, 1000, 2, 1)])
print(max(range(1, 1001), key=num_divisors), [phi(n) for n in range(1, 13)], sum(phi(n) for n in range(1, 101)))
print([n for n in range(2, 60) if sum(d for d in range(1, n) if n % d == 0) > n][:8], [n for n in range(2, 1000) if factor(n) == {n: 1}][-3:])
