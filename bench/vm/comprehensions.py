# Comprehensions and sorting.
def run(n):
    total = 0
    for k in range(40):
        xs = [(i * 7919 + k) % 1000 for i in range(n)]
        ys = sorted(xs)
        zs = sorted(xs, key=lambda v: -v)
        evens = {x for x in xs if x % 2 == 0}
        sq = {x: x * x for x in ys[:100]}
        total += ys[n // 2] + zs[0] + len(evens) + sum(sq.values())
    return total
print(run(20_000))
