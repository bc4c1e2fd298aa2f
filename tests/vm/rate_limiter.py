class TokenBucket:
    def __init__(self, rate, capacity):
        self.rate, self.capacity = rate, capacity
        self.tokens, self.last = capacity, 0.0
    def allow(self, now, cost=1):
        self.tokens = min(self.capacity, self.tokens + (now - self.last) * self.rate)
        self.last = now
        if self.tokens >= cost:
            self.tokens -= cost
            return True
        return False
tb = TokenBucket(rate=2, capacity=5)
times = [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 1.0, 1.1, 3.0, 3.0, 3.0, 3.0, 3.0, 3.0]
print([tb.allow(t) for t in times], round(tb.tokens, 3))
class SlidingWindow:
    def __init__(self, limit, window):
        self.limit, self.window, self.hits = limit, window, []
    def allow(self, now):
        self.hits = [h for h in self.hits if h > now - self.window]
        if len(self.hits) < self.limit:
            self.hits.append(now)
            return True
        return False
sw = SlidingWindow(3, 1.0)
print([sw.allow(t) for t in [0, 0.2, 0.4, 0.6, 1.1, 1.3, 1.5, 2.6]])
