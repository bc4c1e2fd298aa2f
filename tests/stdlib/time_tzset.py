# tzset after os.environ["TZ"] changes: zone files, POSIX rules (with and without
# daylight saving time), partial and bad values; localtime, mktime (gaps, overlaps,
# each tm_isdst), ctime and strftime in each.
import time, os
def show(f, *a):
    try: print(repr(f(*a)))
    except BaseException as e: print(type(e).__name__, e)
for tz in ['UTC', 'Europe/Paris', 'America/New_York', 'Australia/Sydney', 'Asia/Kolkata', 'Asia/Kathmandu', 'EST+05EDT,M3.2.0,M11.1.0', 'XYZ-3:30', 'Foo/Bar', '', ':Europe/London', 'UTC0', '<+0545>-5:45', 'JST-9', 'America/Sao_Paulo', 'Africa/Casablanca', 'Pacific/Chatham', 'garbage!!', '/usr/share/zoneinfo/Asia/Tokyo']:
    os.environ['TZ'] = tz
    time.tzset()
    print(repr(tz), time.timezone, time.altzone, time.daylight, time.tzname)
    for t in [0, 1e9, 1720000000, 1710054000, 1730613600, 1730617200, -2e9, 4e9, 1e11]:
        lt = time.localtime(t)
        print(' ', t, tuple(lt), lt.tm_zone, lt.tm_gmtoff, time.mktime(lt), time.ctime(t))
    for tt in [(2024,3,10,2,30,0,0,0,-1), (2024,3,10,2,30,0,0,0,0), (2024,3,10,2,30,0,0,0,1), (2024,11,3,1,30,0,0,0,-1), (2024,11,3,1,30,0,0,0,0), (2024,11,3,1,30,0,0,0,1), (2024,7,1,12,0,0,0,0,0), (2024,7,1,12,0,0,0,0,1), (2024,1,1,12,0,0,0,0,1), (2024,1,1,12,0,0,0,0,-1), (2024,10,27,2,30,0,0,0,-1), (2024,3,31,2,30,0,0,0,-1), (1900,1,1,0,0,0,0,0,-1), (2024,14,35,25,61,61,0,0,-1), (2024,0,0,0,0,0,0,0,-1), (2024,-5,-40,-3,-70,-70,0,0,-1)]:
        show(time.mktime, tt)
    print(repr(time.strftime('%Z %z', time.localtime(1720000000))), repr(time.strftime('%Z|%z', (2024,7,1,12,0,0,0,183,1))))
