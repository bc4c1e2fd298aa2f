def collatz_len(n, cache={1: 1}):
    path = []
    while n not in cache:
        path.append(n)
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    l = cache[n]
    for m in reversed(path):
        l += 1
        cache[m] = l
    return cache[path[0]] if path else l
best = max(range(1, 10000), key=collatz_len)
print(best, collatz_len(best), [collatz_len(n) for n in range(1, 11)])
def digits_sum(n):
    return sum(map(int, str(n)))
print(digits_sum(2 ** 1000), sum(int(c) for c in str(2 ** 100)), [n for n in range(1, 200) if n % digits_sum(n) == 0][:15])
def perfect(limit):
    return [n for n in range(2, limit) if sum(d for d in range(1, n // 2 + 1) if n % d == 0) == n]
print(perfect(10000))
def pascal(n):
    row = [1]
    rows = []
    for _ in range(n):
        rows.append(row)
        row = [a + b for a, b in zip([0] + row, row + [0])]
    return rows
for r in pascal(7):
    print(' '.join(map(str, r)).center(30))
def to_base(n, b):
    digits = '0123456789abcdefghijklmnopqrstuvwxyz'
    if n == 0:
        return '0'
    s = ''
    neg = n < 0
    n = abs(n)
    while n:
        n, r = divmod(n, b)
        s = digits[r] + s
    return '-' * neg + s
print([to_base(255, b) for b in (2, 8, 16, 36)], to_base(-10, 3), all(int(to_base(n, 7), 7) == n for n in range(500)))
