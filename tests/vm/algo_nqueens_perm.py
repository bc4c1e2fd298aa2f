def queens(n):
    sols = []
    def place(row, cols, d1, d2, acc):
        if row == n:
            sols.append(acc[:])
            return
        for c in range(n):
            if c in cols or row - c in d1 or row + c in d2:
                continue
            acc.append(c)
            place(row + 1, cols | {c}, d1 | {row - c}, d2 | {row + c}, acc)
            acc.pop()
    place(0, frozenset(), frozenset(), frozenset(), [])
    return sols
for n in range(1, 9):
    s = queens(n)
    print(n, len(s), s[0] if s else None)
def perms(seq):
    if len(seq) <= 1:
        yield list(seq)
        return
    for i, x in enumerate(seq):
        for p in perms(seq[:i] + seq[i + 1:]):
            yield [x] + p
print(list(perms('abc')), sum(1 for _ in perms(list(range(6)))))
def combos(seq, k):
    if k == 0:
        yield ()
        return
    for i in range(len(seq)):
        for rest in combos(seq[i + 1:], k - 1):
            yield (seq[i],) + rest
print(list(combos([1, 2, 3, 4], 2)), len(list(combos(list(range(10)), 3))))
def powerset(s):
    out = [[]]
    for x in s:
        out += [sub + [x] for sub in out]
    return out
print(powerset('abc'))
def hanoi(n, a='A', b='B', c='C', moves=None):
    moves = [] if moves is None else moves
    if n:
        hanoi(n - 1, a, c, b, moves)
        moves.append(a + c)
        hanoi(n - 1, b, a, c, moves)
    return moves
print(hanoi(3), len(hanoi(10)))
