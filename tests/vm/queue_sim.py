class LCG:
    def __init__(self, seed):
        self.state = seed
    def next(self):
        self.state = (self.state * 1103515245 + 12345) % 2**31
        return self.state
    def uniform(self):
        return self.next() / 2**31
    def choice(self, seq):
        return seq[self.next() % len(seq)]
rng = LCG(42)
queue, served, waits, clock = [], [], [], 0
tellers = [0, 0]
for minute in range(60):
    if rng.uniform() < 0.6:
        queue.append((minute, rng.choice([1, 2, 3, 5])))
    for t in range(len(tellers)):
        if tellers[t] <= minute and queue:
            arrived, dur = queue.pop(0)
            waits.append(minute - arrived)
            tellers[t] = minute + dur
            served.append((arrived, minute, dur, t))
print(len(served), len(queue), max(waits), round(sum(waits) / len(waits), 3), served[:3], tellers)
hist = {}
for w in waits:
    hist[w // 5 * 5] = hist.get(w // 5 * 5, 0) + 1
for k in sorted(hist):
    print(f'{k:>3}-{k + 4:<3} {"#" * hist[k]}')
