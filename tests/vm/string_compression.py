def lz77(data, window=16):
    i, out = 0, []
    while i < len(data):
        best_len = best_off = 0
        for j in range(max(0, i - window), i):
            l = 0
            while i + l < len(data) and data[j + l] == data[i + l] and l < 15:
                l += 1
            if l > best_len:
                best_len, best_off = l, i - j
        nxt = data[i + best_len] if i + best_len < len(data) else ''
        out.append((best_off, best_len, nxt))
        i += best_len + 1
    return out
def unlz77(tokens):
    s = []
    for off, l, ch in tokens:
        for _ in range(l):
            s.append(s[-off])
        if ch:
            s.append(ch)
    return ''.join(s)
for text in ['abababababab', 'aaaaaaa', 'abcdef', 'to be or not to be, that is the question', '']:
    toks = lz77(text)
    print(len(text), len(toks), toks[:4], unlz77(toks) == text)
def bwt(s):
    s += '$'
    rots = sorted(s[i:] + s[:i] for i in range(len(s)))
    return ''.join(r[-1] for r in rots)
def ibwt(t):
    table = [''] * len(t)
    for _ in range(len(t)):
        table = sorted(t[i] + table[i] for i in range(len(t)))
    return next(r for r in table if r.endswith('$'))[:-1]
for w in ['banana', 'mississippi', 'abracadabra']:
    b = bwt(w)
    print(w, b, ibwt(b) == w)
