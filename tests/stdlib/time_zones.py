# The same conversions in zones given by TZ (time_zones.env: a POSIX rule), and
# tzset; mktime in the spring-forward gap and the autumn overlap with each tm_isdst.
import time

def show(f, *a):
    try:
        print(repr(f(*a)))
    except Exception as e:
        print(type(e).__name__, e)

print(time.timezone, time.altzone, time.daylight, time.tzname)
time.tzset()
print(time.timezone, time.altzone, time.daylight, time.tzname)
for t in [0, 1e9, 1720000000, 1710054000, 1730613600, 1730617200, -2e9, 4e9]:
    lt = time.localtime(t)
    print(t, tuple(lt), lt.tm_zone, lt.tm_gmtoff, time.mktime(lt), time.ctime(t))
for d in [-1, 0, 1]:
    for tt in [(2024, 3, 10, 2, 30, 0, 0, 0, d), (2024, 11, 3, 1, 30, 0, 0, 0, d), (2024, 7, 1, 12, 0, 0, 0, 0, d), (2024, 1, 1, 12, 0, 0, 0, 0, d)]:
        show(time.mktime, tt)
print(repr(time.strftime('%Z %z', time.localtime(1720000000))), repr(time.strftime('%Z|%z', (2024, 7, 1, 12, 0, 0, 0, 183, 1))))
