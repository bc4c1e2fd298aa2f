# datetime.strptime (through _strptime): every directive, week numbers, ISO
# calendars, %z and %Z, AM/PM, fractions, defaults, the year-less leap day, and
# the error messages; time.strptime beside it; _strptime's helpers.
import time
import warnings
import _strptime
from datetime import datetime, date, timezone, timedelta

warnings.simplefilter('ignore')


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))


cases = [
    ('2024-02-29 13:45:07', '%Y-%m-%d %H:%M:%S'), ('29/02/24', '%d/%m/%y'), ('01/01/69', '%m/%d/%y'), ('01/01/68', '%m/%d/%y'),
    ('Thu Mar  7 09:05:03 2024', '%a %b %d %H:%M:%S %Y'), ('Thursday, March 07 2024', '%A, %B %d %Y'), ('MARCH 7 2024', '%B %d %Y'),
    ('7 mar 2024', '%d %b %Y'), ('12:30:45.5', '%H:%M:%S.%f'), ('12:30:45.123456', '%H:%M:%S.%f'), ('1:05 PM', '%I:%M %p'),
    ('12:05 am', '%I:%M %p'), ('12:05 pm', '%I:%M %p'), ('12:05', '%I:%M'), ('2024 060', '%Y %j'), ('2024 366', '%Y %j'), ('2023 366', '%Y %j'),
    ('2024 10 3', '%Y %U %w'), ('2024 10 3', '%Y %W %w'), ('2024 0 0', '%Y %U %w'), ('2024 0 1', '%Y %W %u'), ('2023 53 0', '%Y %U %w'),
    ('2020 53 5', '%G %V %u'), ('2021 01 1', '%G %V %u'), ('2020 01 Mon', '%G %V %a'), ('2020 01', '%G %V'), ('2020 01 1', '%Y %V %u'),
    ('2020 01 1 5', '%G %V %u %j'), ('01 1', '%V %u'),
    ('2024-01-01T00:00:00+0530', '%Y-%m-%dT%H:%M:%S%z'), ('2024-01-01 -05:30', '%Y-%m-%d %z'), ('2024-01-01 Z', '%Y-%m-%d %z'),
    ('2024-01-01 +01:02:03.5', '%Y-%m-%d %z'), ('2024-01-01 +0102:03', '%Y-%m-%d %z'), ('2024-01-01 +010203', '%Y-%m-%d %z'),
    ('2024-01-01 z', '%Y-%m-%d %z'), ('2024-01-01 UTC', '%Y-%m-%d %Z'), ('2024-01-01 gmt', '%Y-%m-%d %Z'), ('2024-01-01 EST', '%Y-%m-%d %Z'),
    ('2024-01-01 +0100 UTC', '%Y-%m-%d %z %Z'), ('100%', '%Y%%'), ('2024%', '%Y%%'), ('2024', '%Y%'), ('2024', '%Y %Q'), ('2024', '%'),
    ('2024 x', '%Y'), ('x2024', '%Y'), ('2024-13-01', '%Y-%m-%d'), ('2024-02-30', '%Y-%m-%d'), ('02-29', '%m-%d'), ('29', '%d'),
    ('Feb 29', '%b %d'), ('  2024   3', '%Y %m'), ('2024\t\n3', '%Y %m'), ('2024.3', '%Y.%m'), ('2024(3)', '%Y(%m)'), ('[2024]', '[%Y]'),
    ('Wed Mar 17 22:44:55 1999', '%c'), ('03/17/99', '%x'), ('22:44:55', '%X'), ('', ''), ('a', 'a'), ('A', 'a'), ('5', '%w'), ('7', '%u'),
    ('61', '%S'), ('60', '%S'), ('24', '%H'), ('0', '%H'), ('9999-12-31 23:59:59.999999', '%Y-%m-%d %H:%M:%S.%f'), ('0001', '%Y'), ('0000', '%Y'),
    ('Mon 2024 10', '%a %Y %W'), ('Sunday 2024 00', '%A %Y %U'), ('2024 1 12', '%Y %m %j'), ('１２', '%H'), ('2024-1-5', '%Y-%m-%d'),
]
for s, f in cases:
    show('datetime.strptime(%r, %r)' % (s, f), lambda: datetime.strptime(s, f))
    show('time.strptime', lambda: tuple(time.strptime(s, f)))
show('no args', lambda: datetime.strptime())
show('int', lambda: datetime.strptime(1, '%Y'))
show('fmt int', lambda: datetime.strptime('1', 1))
show('_strptime int', lambda: _strptime._strptime(1, '%Y'))
show('_strptime', lambda: _strptime._strptime('2024 +0100 12', '%Y %z %H'))
show('_strptime_time', lambda: _strptime._strptime_time('2024'))
show('_strptime_time fmt', lambda: _strptime._strptime_time('2024 5', '%Y %m'))
show('_strptime_datetime', lambda: _strptime._strptime_datetime(datetime, 'Mon Jan  1 00:00:00 2024'))
show('julian', lambda: [_strptime._calc_julian_from_U_or_W(2024, w, d, m) for w in (0, 1, 52) for d in (0, 6) for m in (True, False)])


class DT(datetime):
    pass


show('subclass', lambda: DT.strptime('2024-05-06', '%Y-%m-%d'))
lt = _strptime.LocaleTime()
print(lt.a_weekday, lt.f_weekday, lt.a_month, lt.f_month, lt.am_pm, lt.LC_date_time, lt.LC_date, lt.LC_time, sorted(lt.timezone[0]), sorted(lt.timezone[1]), lt.lang)
tre = _strptime.TimeRE()
print(sorted(tre), tre['d'], tre['W'], tre['b'], tre['p'], sorted(tre['Z'][6:-1].split('|')), tre['c'])
print(tre.pattern('%Y-%m %d'), tre.pattern('a.b*c (x) [y] {z} | ^$ + ? \\'), tre.compile('%H').pattern, tre.compile('%H').flags & 2)
show('pattern bad', lambda: tre.pattern('%Q'))
show('pattern stray', lambda: tre.pattern('abc%'))
print(_strptime._CACHE_MAX_SIZE, _strptime._getlang(), _strptime.__all__, type(_strptime._TimeRE_cache).__name__)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    datetime.strptime('03-04', '%m-%d')
    print([(x.category.__name__, str(x.message).splitlines()[0]) for x in w])
