def play(start, turns):
    last = {v: i for i, v in enumerate(start[:-1], 1)}
    cur = start[-1]
    for turn in range(len(start), turns):
        nxt = turn - last[cur] if cur in last else 0
        last[cur] = turn
        cur = nxt
    return cur
for seq in ([0, 3, 6], [1, 3, 2], [2, 1, 3], [3, 1, 2]):
    print(seq, play(seq, 10), play(seq, 2020))
def josephus(n, k):
    people, idx, order = list(range(1, n + 1)), 0, []
    while people:
        idx = (idx + k - 1) % len(people)
        order.append(people.pop(idx))
    return order
print(josephus(7, 3), josephus(10, 2)[-1], josephus(41, 3)[-2:])
def josephus_formula(n, k):
    r = 0
    for i in range(2, n + 1):
        r = (r + k) % i
    return r + 1
print([josephus_formula(n, 3) == josephus(n, 3)[-1] for n in range(1, 15)].count(True))
