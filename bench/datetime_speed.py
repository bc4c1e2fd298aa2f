"""datetime arithmetic and formatting: timedelta and datetime arithmetic,
comparisons, isoformat, str, strftime, fromisoformat and ordinals over a loop of
generated values. Prints the best of three CPU times (time.process_time, which the
other programs sharing the machine disturb less than wall time) for each part, and a checksum
so runs can be compared."""
import time
from datetime import date, datetime, timedelta, timezone

N = 100000


def best(fn, runs=3):
    t = None
    for _ in range(runs):
        t0 = time.process_time()
        r = fn()
        dt = time.process_time() - t0
        t = dt if t is None else min(t, dt)
    return t, r


def arith():
    d = datetime(2000, 1, 1)
    step = timedelta(hours=7, minutes=13, seconds=5, microseconds=17)
    acc = timedelta(0)
    n = 0
    for i in range(N):
        d = d + step
        acc = acc + step * 3 - step // 2
        if d - step < d:
            n += 1
        n += (d - datetime(2000, 1, 1)).days
    return n, acc.total_seconds(), d.toordinal()


def aware():
    tz = timezone(timedelta(hours=5, minutes=30))
    a = datetime(2020, 6, 1, tzinfo=timezone.utc)
    b = datetime(2020, 6, 1, 5, 30, tzinfo=tz)
    n = 0
    for i in range(N // 2):
        if a == b:
            n += 1
        a = a + timedelta(seconds=i)
        n += int((a - b).total_seconds()) & 7
    return n


def fmt():
    d = datetime(2001, 2, 3, 4, 5, 6, 789)
    step = timedelta(days=1, seconds=3671)
    total = 0
    for i in range(N // 2):
        d += step
        total += len(d.isoformat()) + len(str(d)) + len(d.date().isoformat())
    return total


def strf():
    d = datetime(2001, 2, 3, 4, 5, 6, 789)
    total = 0
    for i in range(N // 10):
        d += timedelta(hours=37)
        total += len(d.strftime('%Y-%m-%d %H:%M:%S.%f')) + len(format(d, '%a %b %d'))
    return total


def parse():
    texts = [(datetime(2000, 1, 1) + timedelta(seconds=i * 7919)).isoformat() for i in range(1000)]
    total = 0
    for i in range(N // 1000):
        for s in texts:
            total += datetime.fromisoformat(s).hour
        total += date.fromisoformat(texts[i][:10]).day
    return total


for name, fn in [('arith', arith), ('aware', aware), ('isoformat', fmt), ('strftime', strf), ('fromisoformat', parse)]:
    t, r = best(fn)
    print('%-14s %.3f s  %r' % (name, t, r))
