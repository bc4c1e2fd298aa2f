# date, time and datetime: constructors and their errors, reprs, str, isoformat,
# ordinals, calendars, replace, comparisons, arithmetic, strftime and __format__.
from datetime import date, time, datetime, timedelta, timezone, tzinfo, MINYEAR, MAXYEAR, UTC


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))


print(MINYEAR, MAXYEAR, UTC is timezone.utc, date.min, date.max, date.resolution, time.min, time.max, time.resolution)
print(repr(datetime.min), repr(datetime.max), datetime.resolution)
for args in [(2000, 1, 1), (1, 1, 1), (9999, 12, 31), (2000, 2, 29), (1900, 2, 29), (2001, 2, 29), (0, 1, 1), (10000, 1, 1),
             (2000, 0, 1), (2000, 13, 1), (2000, 1, 0), (2000, 1, 32), (2000, 4, 31), (2000.0, 1, 1), ('2000', 1, 1),
             (2 ** 31, 1, 1), (2 ** 64, 1, 1), (-2 ** 31 - 1, 1, 1), (2000,), (2000, 1, 1, 1), (True, True, True)]:
    show('date%r' % (args,), lambda: date(*args))
show('date(year=2000, month=2, day=3)', lambda: date(year=2000, month=2, day=3))
show('date(2000, 1, day=1, year=3)', lambda: date(2000, day=1, year=3))
show('date(2000, 1, dy=1)', lambda: date(2000, 1, dy=1))
for args in [(), (1,), (23, 59, 59, 999999), (24,), (-1,), (0, 60), (0, 0, 60), (0, 0, 0, 10 ** 6), (1, 2, 3, 4, None), (1, 2, 3, 4, 5),
             (1.0,), (1, 2, 3, 4, timezone.utc, 0)]:
    show('time%r' % (args,), lambda: time(*args))
show('time(fold=1)', lambda: time(fold=1))
show('time(fold=2)', lambda: time(fold=2))
show('time(12, tzinfo=UTC)', lambda: time(12, tzinfo=UTC))
for args in [(2000, 1, 1), (2000, 1, 1, 23, 59, 59, 999999), (2000, 1, 1, 24), (2000, 1, 1, 0, 0, 0, 0, 1), (2000, 1), (2000, 1, 1, 1, 1, 1, 1, None, 1)]:
    show('datetime%r' % (args,), lambda: datetime(*args))
show('datetime(2000,1,1,fold=1)', lambda: datetime(2000, 1, 1, fold=1))
show('datetime(2000,1,1,12,tzinfo=timezone(timedelta(hours=-3)),fold=1)', lambda: datetime(2000, 1, 1, 12, tzinfo=timezone(timedelta(hours=-3)), fold=1))

days = [date(1, 1, 1), date(1970, 1, 1), date(2000, 2, 29), date(2004, 12, 31), date(2005, 1, 1), date(2008, 12, 29), date(2009, 12, 31),
        date(2010, 1, 3), date(2020, 12, 31), date(2021, 1, 1), date(9999, 12, 31), date(1600, 2, 29), date(1900, 3, 1)]
for d in days:
    print(repr(d), str(d), d.isoformat(), d.toordinal(), d.weekday(), d.isoweekday(), d.isocalendar(), tuple(d.isocalendar()),
          d.isocalendar().week, d.ctime(), d.timetuple(), format(d), format(d, '%d/%m/%Y'), d.strftime('%a %A %b %B %j %U %W %y %%'))
    assert date.fromordinal(d.toordinal()) == d
    assert date.fromisocalendar(*d.isocalendar()) == d
    assert date.fromisoformat(d.isoformat()) == d
for n in [1, 2, 365, 366, 730119, 730120, 3652059, 0, -1, 3652060, 1.0]:
    show('fromordinal(%r)' % (n,), lambda: date.fromordinal(n))
for a in [(2004, 53, 7), (2005, 53, 1), (2020, 53, 5), (2000, 0, 1), (2000, 1, 0), (2000, 1, 8), (0, 1, 1), (10000, 1, 1), (9999, 52, 5), (9999, 52, 6), (1, 1, 1)]:
    show('fromisocalendar%r' % (a,), lambda: date.fromisocalendar(*a))
for s in ['2000-01-01', '20000101', '2000-W01', '2000W01', '2000-W01-3', '2000W013', '2000-W53-1', '2004-W53-7', '2000-01', '2000-1-01',
          '2000/01/01', '2000-01-01T', ' 2000-01-01', '2000-02-30', '0000-01-01', '2000-W00', '2000-W01-8', '２０００-01-01', '', 5, None]:
    show('date.fromisoformat(%r)' % (s,), lambda: date.fromisoformat(s))

d = date(2000, 3, 1)
for label, f in [('d+1d', lambda: d + timedelta(1)), ('1d+d', lambda: timedelta(1) + d), ('d-1d', lambda: d - timedelta(1)),
                 ('d+hours', lambda: d + timedelta(hours=47)), ('d-hours', lambda: d - timedelta(hours=1)), ('d-d', lambda: d - date(1999, 3, 1)),
                 ('d+1', lambda: d + 1), ('d-dt', lambda: d - datetime(2000, 1, 1)), ('max+1', lambda: date.max + timedelta(1)),
                 ('min-1', lambda: date.min - timedelta(1)), ('d<dt', lambda: d < datetime(2000, 1, 1)), ('d==dt', lambda: d == datetime(2000, 3, 1)),
                 ('d<d2', lambda: d < date(2000, 3, 2)), ('d==d', lambda: d == date(2000, 3, 1)), ('d>=d', lambda: d >= date(2000, 3, 1)),
                 ('d<1', lambda: d < 1), ('d==1', lambda: d == 1), ('replace', lambda: d.replace(day=31)), ('replace bad', lambda: d.replace(month=2, day=30)),
                 ('replace pos', lambda: d.replace(2001, 2)), ('replace kw+pos', lambda: d.replace(2001, year=3)), ('__replace__', lambda: d.__replace__(year=1)),
                 ('__replace__ pos', lambda: d.__replace__(1)), ('reduce', lambda: d.__reduce__()), ('hash', lambda: hash(d) == hash(date(2000, 3, 1))),
                 ('strftime bad', lambda: d.strftime(1)), ('format bad', lambda: format(d, 1)), ('%f %z %Z %:z', lambda: d.strftime('%f|%z|%Z|%:z|%')),
                 ('unpickle', lambda: date(b'\x07\xd0\x03\x01')), ('unpickle bad', lambda: date(b'\x07\xd0\x0d\x01'))]:
    show(label, f)

tz1 = timezone(timedelta(hours=5, minutes=30), 'IST')
tz2 = timezone(timedelta(hours=-8))
times = [time(), time(1, 2), time(1, 2, 3), time(1, 2, 3, 4), time(23, 59, 59, 999999, tz1), time(12, tzinfo=tz2), time(12, tzinfo=UTC, fold=1),
         time(0, 0, 0, 500), time(5, 6, 7, 89000, timezone(timedelta(seconds=-1, microseconds=1)))]
for t in times:
    print(repr(t), str(t), t.isoformat(), [t.isoformat(s) for s in ('hours', 'minutes', 'seconds', 'milliseconds', 'microseconds')],
          t.utcoffset(), t.tzname(), t.dst(), format(t), t.strftime('%H %I %M %S %f %p %z %:z %Z'), bool(t), t.__reduce__(), t.__reduce_ex__(4))
    print(time.fromisoformat(t.isoformat()) == t)
show('time iso bad', lambda: time(1).isoformat('x'))
show('time iso kw', lambda: time(1).isoformat(timespec='minutes'))
show('time iso int', lambda: time(1).isoformat(1))
for s in ['12', '1230', '12:30', '12:30:45', '123045', '12:30:45.1', '12:30:45,123456789', '12:30:45.', 'T12:30', '12:30Z', '12:30+05:30', '12:30-0530',
          '12:30:45.123+01:02:03.000004', '12:3045', '1230:45', '24:00', '12:30+', '12:30Zx', '', 'T', '12:30:45.123456+05', '12:60']:
    show('time.fromisoformat(%r)' % (s,), lambda: time.fromisoformat(s))
a, b, c = time(12, tzinfo=UTC), time(13, tzinfo=timezone(timedelta(hours=1))), time(12)
show('aware eq', lambda: (a == b, a < b, a <= b, hash(a) == hash(b)))
show('naive==aware', lambda: a == c)
show('naive<aware', lambda: a < c)
show('naive<naive', lambda: (c < time(13), c == time(12, fold=1), hash(c) == hash(time(12, fold=1))))
show('time replace', lambda: a.replace(hour=1, tzinfo=None))
show('time replace bad', lambda: a.replace(tzinfo=1))
show('time __replace__', lambda: a.__replace__(minute=5))
show('unpickle time', lambda: time(b'\x81\x02\x03\x00\x00\x04', UTC))
show('time+td', lambda: time(1) + timedelta(1))

dts = [datetime(2000, 1, 1), datetime(2000, 1, 1, 12, 30), datetime(2000, 1, 1, 12, 30, 45), datetime(2000, 1, 1, 12, 30, 45, 123),
       datetime(2020, 6, 15, 8, 0, tzinfo=tz1), datetime(2020, 6, 15, 8, 0, tzinfo=tz2, fold=1), datetime(1, 1, 1, tzinfo=UTC),
       datetime(9999, 12, 31, 23, 59, 59, 999999)]
for t in dts:
    print(repr(t), str(t), t.isoformat(), t.isoformat(' '), t.isoformat('x', 'minutes'), t.date(), repr(t.time()), repr(t.timetz()),
          t.ctime(), t.timetuple(), t.utctimetuple() if t.year > 1 else None, t.utcoffset(), t.tzname(), t.dst(), t.toordinal(), t.weekday(),
          t.isocalendar(), format(t), format(t, '%Y-%m-%dT%H:%M:%S.%f%z'), t.__reduce__(), t.__reduce_ex__(4))
    assert datetime.fromisoformat(t.isoformat()) == t
    assert datetime.combine(t.date(), t.timetz()) == t
for t in dts[4:6]:
    print(t.timestamp(), t.astimezone(UTC), t.astimezone(tz2), t.astimezone(tz1).tzname())
for s in ['2000-01-01', '2000-01-01T12', '2000-01-01 12:30', '2000-01-01T12:30:45.5', '20000101T123045', '2000-01-01T12:30:45.123456789Z',
          '2000-01-01T12:30:45+05:30', '2000-01-01T12:30:45-00:00', '2000-W01-1T10:00', '2000W011T10', '2000W01T10', '2000-W01T10:00',
          '2000-01-01ü12:00', '2000-01-01T24:00', '2000-01-01T12:30+24:00', '2000-01-01T', '2000-01-01T1', '2000', '2000-01-01T12:30:',
          '2000-01-01T12:30:45+05:30:15.5', '2000-13-01', '2000-01-01 12:30 ', '2000-01-01T12:30:45.1+1', '2000-W01-1-10', '2000-W01-10']:
    show('datetime.fromisoformat(%r)' % (s,), lambda: datetime.fromisoformat(s))

x = datetime(2000, 1, 1, 12, tzinfo=UTC)
y = datetime(2000, 1, 1, 17, 30, tzinfo=tz1)
z = datetime(2000, 1, 1, 12)
for label, f in [('x==y', lambda: x == y), ('x<y', lambda: x < y), ('x-y', lambda: x - y), ('y-x', lambda: y - x), ('hash', lambda: hash(x) == hash(y)),
                 ('x==z', lambda: x == z), ('x!=z', lambda: x != z), ('x<z', lambda: x < z), ('x-z', lambda: x - z), ('z-x', lambda: z - x),
                 ('z-z', lambda: z - datetime(1999, 12, 31)), ('z+td', lambda: z + timedelta(days=1, microseconds=-1)), ('td+z', lambda: timedelta(hours=13) + z),
                 ('z-td', lambda: z - timedelta(weeks=1)), ('y+td', lambda: y + timedelta(hours=8)), ('max+res', lambda: datetime.max + timedelta.resolution),
                 ('min-res', lambda: datetime.min - timedelta.resolution), ('z==d', lambda: z == date(2000, 1, 1)), ('z<d', lambda: z < date(2000, 1, 1)),
                 ('z+1', lambda: z + 1), ('z-1', lambda: z - 1), ('combine', lambda: datetime.combine(date(2000, 1, 2), time(3, 4, tzinfo=UTC))),
                 ('combine tz', lambda: datetime.combine(date(2000, 1, 2), time(3, 4, tzinfo=UTC), tz1)),
                 ('combine tz None', lambda: datetime.combine(date(2000, 1, 2), time(3, 4, tzinfo=UTC), None)),
                 ('combine bad', lambda: datetime.combine(1, time())), ('combine bad2', lambda: datetime.combine(date(2000, 1, 1), 2)),
                 ('combine dt', lambda: datetime.combine(z, time(1))),
                 ('replace', lambda: y.replace(tzinfo=None, year=2001)), ('replace fold', lambda: z.replace(fold=1)), ('__replace__', lambda: z.__replace__(hour=3)),
                 ('replace bad', lambda: z.replace(day=40)), ('astimezone same', lambda: y.astimezone(tz1) is y), ('astimezone bad', lambda: y.astimezone(1)),
                 ('unpickle', lambda: datetime(b'\x07\xd0\x81\x01\x02\x03\x04\x00\x00\x05', tz1)),
                 ('strftime', lambda: y.strftime('%Y|%m|%d|%H|%M|%S|%f|%z|%:z|%Z|%j|%a|%%|%')), ('iso seps', lambda: z.isoformat(sep='\u00e9')),
                 ('iso long sep', lambda: z.isoformat('ab')), ('iso spec', lambda: z.isoformat(timespec='nanoseconds')), ('iso spec type', lambda: z.isoformat(timespec=1)),
                 ('utcoffset sec', lambda: datetime(2000, 1, 1, tzinfo=timezone(timedelta(seconds=3661, microseconds=5))).isoformat()),
                 ('neg offset', lambda: datetime(2000, 1, 1, tzinfo=timezone(-timedelta(seconds=3661, microseconds=5))).strftime('%z %:z')),
                 ]:
    show(label, f)
