# gmtime, localtime, mktime, asctime and ctime on fixed timestamps in a fixed
# zone (time_convert.env: Europe/Paris), struct_time's behaviour, and the zone
# attributes.
import time

print(time.timezone, time.altzone, time.daylight, time.tzname)
for t in [0, 1, -1, 1e9, 1720000000, 1711846800, 1711850400, 1729990800, 1729994400, -2e9, 4e9, 1e11, -1.5, 1.999, 2**40, -2**40]:
    g, l = time.gmtime(t), time.localtime(t)
    print(t, tuple(g), g.tm_zone, g.tm_gmtoff)
    print('  ', tuple(l), l.tm_zone, l.tm_gmtoff, time.mktime(l), time.asctime(l), time.ctime(t))
for tt in [(2024, 3, 31, 2, 30, 0, 0, 0, -1), (2024, 3, 31, 2, 30, 0, 0, 0, 0), (2024, 3, 31, 2, 30, 0, 0, 0, 1),
           (2024, 10, 27, 2, 30, 0, 0, 0, -1), (2024, 10, 27, 2, 30, 0, 0, 0, 0), (2024, 10, 27, 2, 30, 0, 0, 0, 1),
           (2024, 7, 1, 12, 0, 0, 0, 0, 0), (2024, 7, 1, 12, 0, 0, 0, 0, 1), (2024, 1, 1, 12, 0, 0, 0, 0, 1),
           (1900, 1, 1, 0, 0, 0, 0, 0, -1), (2024, 14, 35, 25, 61, 61, 0, 0, -1), (2024, 0, 0, 0, 0, 0, 0, 0, -1),
           (2024, -5, -40, -3, -70, -70, 0, 0, -1), (2**31 - 1, 2, 3, 4, 5, 6, 7, 8, 9), (1970, 1, 1, 0, 0, 0, 0, 0, 0)]:
    print(tt, time.mktime(tt))
st = time.localtime(1720000000)
print(st)
print(len(st), st[0], st[-1], st[2:5], st.tm_year, st.tm_yday, st.tm_zone, st.tm_gmtoff)
print(st == tuple(st), hash(st) == hash(tuple(st)), st.__reduce__())
print(time.struct_time(st), time.struct_time(list(st) + ['X', 5]).tm_zone)
print(time.mktime(time.struct_time((2024, 7, 1, 12, 0, 0, 0, 0, 1, 'XYZ', 1234))))
print(time.asctime((2024, 1, 1, 0, 0, 0, 0, 0, 0)), time.asctime((2024, 0, 0, 0, 0, 0, 0, 0, 0)))
print(time.asctime((-5, 1, 1, 0, 0, 0, 0, 0, 0)), time.asctime((12345, 1, 1, 0, 0, 0, 6, 0, 0)), time.asctime((1, 12, 31, 23, 59, 61, 5, 366, 0)))
print(time.gmtime(67768036191676799), time.gmtime(-67768040609740800))
match time.gmtime(0):
    case time.struct_time(tm_year=y, tm_mon=m):
        print('match', y, m)
