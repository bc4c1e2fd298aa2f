# sched.scheduler on a simulated clock: order by time, priority and entry,
# cancel, non-blocking runs, the queue property, kwargs, and the errors.
import sched


class Clock:
    def __init__(self):
        self.now = 0.0
        self.waits = []

    def time(self):
        return self.now

    def sleep(self, d):
        self.waits.append(d)
        self.now += d


c = Clock()
s = sched.scheduler(c.time, c.sleep)
log = []
e1 = s.enter(5, 2, log.append, ('five-low',))
s.enter(5, 1, log.append, ('five-high',))
s.enterabs(1, 0, log.append, argument=('one',))
e4 = s.enter(3, 0, log.append, ('three',))
s.enter(5, 1, lambda **kw: log.append(sorted(kw.items())), kwargs={'a': 1, 'b': 2})
s.enter(2, 0, lambda: s.enter(0.5, 0, log.append, ('nested',)))
print([(e.time, e.priority, e.sequence, e.argument) for e in s.queue], s.empty())
s.cancel(e4)
try:
    s.cancel(e4)
except ValueError as e:
    print('ValueError', e)
print(s.run(blocking=False), log)
c.now = 2.0
print(s.run(blocking=False), log)
s.run()
print(log, c.waits, c.now, s.empty(), s.queue, s.run(blocking=False))
print(sched.Event._fields, sched.__all__, type(e1).__name__, e1 < e4)
s2 = sched.scheduler(c.time, c.sleep)
s2.enter(1, 0, lambda: 1 / 0)
s2.enter(2, 0, log.append, ('after',))
try:
    s2.run()
except ZeroDivisionError as e:
    print('ZeroDivisionError', e, len(s2.queue))
s2.run()
print(log[-1], s2.empty())
