def prefix_function(p):
    pi = [0] * len(p)
    k = 0
    for i in range(1, len(p)):
        while k and p[i] != p[k]:
            k = pi[k - 1]
        if p[i] == p[k]:
            k += 1
        pi[i] = k
    return pi
def kmp(text, pat):
    if not pat:
        return list(range(len(text) + 1))
    pi, k, out = prefix_function(pat), 0, []
    for i, ch in enumerate(text):
        while k and ch != pat[k]:
            k = pi[k - 1]
        if ch == pat[k]:
            k += 1
        if k == len(pat):
            out.append(i - k + 1)
            k = pi[k - 1]
    return out
print(prefix_function('abacabab'), prefix_function('aaaa'))
for text, pat in [('abababcabab', 'abab'), ('aaaaa', 'aa'), ('hello world', 'o'), ('abc', 'd'), ('abc', '')]:
    found = kmp(text, pat)
    naive = [i for i in range(len(text) - len(pat) + 1) if text[i:i + len(pat)] == pat]
    print(text, pat, found, found == naive)
def rabin_karp(text, pat, base=256, mod=1_000_003):
    n, m = len(text), len(pat)
    if m > n:
        return []
    h = pow(base, m - 1, mod)
    ph = th = 0
    for i in range(m):
        ph = (ph * base + ord(pat[i])) % mod
        th = (th * base + ord(text[i])) % mod
    out = []
    for i in range(n - m + 1):
        if ph == th and text[i:i + m] == pat:
            out.append(i)
        if i < n - m:
            th = ((th - ord(text[i]) * h) * base + ord(text[i + m])) % mod
    return out
print(rabin_karp('abababcabab', 'abab'), rabin_karp('ünïcödé ünï', 'ünï'))
