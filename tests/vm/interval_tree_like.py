class Schedule:
    def __init__(self):
        self.slots = []
    def book(self, start, end, who):
        if start >= end:
            raise ValueError(f'empty interval {start}-{end}')
        for s, e, w in self.slots:
            if start < e and s < end:
                return f'conflict with {w} ({s}-{e})'
        self.slots.append((start, end, who))
        self.slots.sort()
        return 'booked'
    def free(self, day_start=9, day_end=17):
        gaps, cur = [], day_start
        for s, e, _ in self.slots:
            if s > cur:
                gaps.append((cur, s))
            cur = max(cur, e)
        if cur < day_end:
            gaps.append((cur, day_end))
        return gaps
    def busiest(self):
        events = sorted([(s, 1) for s, _, _ in self.slots] + [(e, -1) for _, e, _ in self.slots])
        best = cur = 0
        for _, d in events:
            cur += d
            best = max(best, cur)
        return best
sch = Schedule()
for req in [(9, 10, 'ann'), (9.5, 11, 'bob'), (10, 11, 'cy'), (13, 14.5, 'di'), (14, 15, 'ed'), (16, 16, 'fa'), (11, 12, 'gus')]:
    try:
        print(req, sch.book(*req))
    except ValueError as e:
        print(req, 'error:', e)
print(sch.slots, sch.free(), sch.busiest())
