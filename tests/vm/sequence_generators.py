def look_and_say(s):
    out, i = [], 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append(f'{j - i}{s[i]}')
        i = j
    return ''.join(out)
s = '1'
seq = [s]
for _ in range(9):
    s = look_and_say(s)
    seq.append(s)
print(seq[:7], [len(x) for x in seq])
def thue_morse(n):
    return ''.join(str(bin(i).count('1') % 2) for i in range(n))
print(thue_morse(32))
def recaman(n):
    seen, a, out = {0}, 0, [0]
    for i in range(1, n):
        b = a - i
        a = b if b > 0 and b not in seen else a + i
        seen.add(a)
        out.append(a)
    return out
print(recaman(25))
def farey(n):
    a, b, c, d = 0, 1, 1, n
    out = [(a, b)]
    while c <= n:
        k = (n + b) // d
        a, b, c, d = c, d, k * c - a, k * d - b
        out.append((a, b))
    return out
print(' '.join(f'{p}/{q}' for p, q in farey(5)))
def happy(n):
    seen = set()
    while n != 1 and n not in seen:
        seen.add(n)
        n = sum(int(d) ** 2 for d in str(n))
    return n == 1
print([n for n in range(1, 60) if happy(n)])
