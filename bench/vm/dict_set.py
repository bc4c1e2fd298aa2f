# Dict and set work: counting words, membership, updates.
def run(n):
    words = ["w%d" % (i % 5000) for i in range(n)]
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    seen = set()
    dup = 0
    for w in words:
        if w in seen:
            dup += 1
        else:
            seen.add(w)
    inv = {v: k for k, v in counts.items()}
    merged = dict(counts)
    for k in list(merged)[:1000]:
        del merged[k]
    return len(counts), dup, len(inv), len(merged), sum(counts.values())
print(run(800_000))
