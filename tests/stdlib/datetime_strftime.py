# strftime and __format__ of date, time and datetime over every directive (with
# the %z %:z %Z %f that datetime handles itself), odd formats, and f-strings.
from datetime import date, time, datetime, timedelta, timezone, UTC

directives = 'aAbBcdDeFgGhHIjmMnpRrStTuUVwWxXyYzZf%:'
values = [datetime(2024, 2, 29, 13, 5, 9, 7), datetime(1, 1, 1), datetime(9999, 12, 31, 23, 59, 59, 999999),
          datetime(2021, 1, 3, 0, 0, tzinfo=UTC), datetime(2020, 12, 31, 12, tzinfo=timezone(timedelta(hours=-3, minutes=-30), 'NST')),
          datetime(1900, 1, 1, tzinfo=timezone(timedelta(seconds=5, microseconds=6))), date(2024, 7, 4), date(1, 1, 1),
          time(0), time(23, 59, 59, 999999, timezone(timedelta(hours=14))), time(12, 30, tzinfo=timezone(-timedelta(seconds=1)))]
for v in values:
    print(repr(v))
    print(' ', ' '.join('%%%s=[%s]' % (d, v.strftime('%' + d)) for d in directives))
    print(' ', repr(v.strftime('')), repr(v.strftime('%')), repr(v.strftime('%%z')), repr(v.strftime('%:z%:')), repr(v.strftime('%-d %_m %05Y')))
    print(' ', format(v, ''), '|', format(v, '%Y|%z'), '|', f'{v:%H:%M}', '|', '{:%j}'.format(v))
tz = timezone(timedelta(hours=1), 'a%zb%Zc')
print(datetime(2000, 1, 1, tzinfo=tz).strftime('%Z|%z'), time(1, tzinfo=tz).strftime('[%Z]'))
print(datetime(2000, 1, 1).strftime('\u00e9\u20ac %Y \U0001f600'), datetime(2000, 1, 1).strftime('x' * 300)[-5:])
for bad in [None, 1, b'%Y']:
    try:
        datetime(2000, 1, 1).strftime(bad)
    except TypeError as e:
        print('TypeError', e)
