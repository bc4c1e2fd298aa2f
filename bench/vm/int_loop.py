# Integer arithmetic in a tight loop.
def run(n):
    total = 0
    for i in range(n):
        total += (i * 7 + 3) % 11 - (i >> 2) + (i & 15)
    return total
print(run(3_000_000))
