# tzinfo subclasses (a DST-switching zone in the manner of the docs' examples),
# fold and gaps, fromutc, astimezone, timezone objects, and what wrong tzinfo
# results raise; subclasses of the types and what classmethods and arithmetic
# return for them.
from datetime import date, time, datetime, timedelta, timezone, tzinfo, UTC

ZERO, HOUR = timedelta(0), timedelta(hours=1)


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))


def first_sunday_on_or_after(dt):
    days_to_go = 6 - dt.weekday()
    if days_to_go:
        dt += timedelta(days_to_go)
    return dt


class USZone(tzinfo):
    def __init__(self, hours, name, dstname):
        self.std = timedelta(hours=hours)
        self.name, self.dstname = name, dstname

    def __repr__(self):
        return self.name

    def _bounds(self, year):
        start = first_sunday_on_or_after(datetime(year, 3, 8, 2))
        end = first_sunday_on_or_after(datetime(year, 11, 1, 2))
        return start, end

    def tzname(self, dt):
        return self.dstname if self.dst(dt) else self.name

    def utcoffset(self, dt):
        return self.std + self.dst(dt)

    def dst(self, dt):
        if dt is None or dt.tzinfo is None:
            return ZERO
        start, end = self._bounds(dt.year)
        dt = dt.replace(tzinfo=None)
        if start + HOUR <= dt < end - HOUR:
            return HOUR
        if end - HOUR <= dt < end:
            return ZERO if dt.fold else HOUR
        if start <= dt < start + HOUR:
            return HOUR if dt.fold else ZERO
        return ZERO

    def fromutc(self, dt):
        assert dt.tzinfo is self
        start, end = self._bounds(dt.year)
        start = start.replace(tzinfo=self)
        end = end.replace(tzinfo=self)
        std_time = dt + self.std
        dst_time = std_time + HOUR
        if end <= dst_time < end + HOUR:
            return std_time.replace(fold=1)
        if std_time < start or dst_time >= end:
            return std_time
        if start <= std_time < end - HOUR:
            return dst_time


Eastern = USZone(-5, 'EST', 'EDT')
for h in range(3, 9):
    u = datetime(2020, 11, 1, h, tzinfo=UTC)
    e = u.astimezone(Eastern)
    print(u, '->', e, e.tzname(), e.fold, e.utcoffset(), e.dst(), e.timetuple().tm_isdst, e.utctimetuple())
for h in range(5, 9):
    u = datetime(2020, 3, 8, h, 30, tzinfo=UTC)
    e = u.astimezone(Eastern)
    print(u, '->', e, e.tzname(), e.fold, e.astimezone(UTC) == u)
a = datetime(2020, 11, 1, 1, 30, tzinfo=Eastern)
b = a.replace(fold=1)
print(a == b, a.utcoffset(), b.utcoffset(), b - a, a.astimezone(UTC), b.astimezone(UTC), hash(a) == hash(a.replace()))
print(a == a.astimezone(UTC), b == b.astimezone(UTC), a.timestamp(), b.timestamp())
gap = datetime(2020, 3, 8, 2, 30, tzinfo=Eastern)
print(gap.utcoffset(), gap.replace(fold=1).utcoffset(), gap.astimezone(UTC), gap.replace(fold=1).astimezone(UTC))
print(a.isoformat(), a.strftime('%H:%M %Z %z %:z'), repr(a), str(b))
print(datetime(2020, 7, 1, 12, tzinfo=Eastern) - datetime(2020, 1, 1, 12, tzinfo=Eastern))
print(datetime(2020, 7, 1, 12, tzinfo=Eastern) - datetime(2020, 7, 1, 12, tzinfo=UTC))


class Bad(tzinfo):
    def __init__(self, off=None, dst=None, name=None):
        self.off, self.d, self.n = off, dst, name

    def __repr__(self):
        return 'Bad(%r, %r, %r)' % (self.off, self.d, self.n)

    def utcoffset(self, dt):
        return self.off

    def dst(self, dt):
        return self.d

    def tzname(self, dt):
        return self.n


for tz in [Bad(1), Bad(timedelta(hours=24)), Bad(-timedelta(hours=24)), Bad(timedelta(hours=23, minutes=59, microseconds=999999)),
           Bad(timedelta(seconds=1, microseconds=1)), Bad(None, 5), Bad(ZERO, None, 7), Bad(ZERO, HOUR, 'X'), Bad(HOUR, None, 'Y')]:
    dt = datetime(2000, 1, 1, tzinfo=tz)
    t = time(0, tzinfo=tz)
    for label, f in [('utcoffset', dt.utcoffset), ('dst', dt.dst), ('tzname', dt.tzname), ('time utcoffset', t.utcoffset), ('time tzname', t.tzname),
                     ('isoformat', dt.isoformat), ('str', lambda: str(t)), ('timetuple', dt.timetuple), ('strftime', lambda: dt.strftime('%z|%Z')),
                     ('eq', lambda: dt == datetime(2000, 1, 1, tzinfo=UTC)), ('sub', lambda: dt - datetime(2000, 1, 1, tzinfo=UTC)),
                     ('fromutc', lambda: tz.fromutc(dt)), ('astimezone', lambda: dt.astimezone(UTC)), ('hash', lambda: hash(dt) is not None)]:
        show(label, f)
base = tzinfo()
for label, f in [('tzname', lambda: base.tzname(None)), ('utcoffset', lambda: base.utcoffset(None)), ('dst', lambda: base.dst(None)),
                 ('fromutc int', lambda: base.fromutc(1)), ('fromutc other', lambda: base.fromutc(datetime(2000, 1, 1, tzinfo=UTC))),
                 ('fromutc naive', lambda: base.fromutc(datetime(2000, 1, 1))), ('reduce', lambda: base.__reduce__()),
                 ('fromutc self', lambda: base.fromutc(datetime(2000, 1, 1, tzinfo=base)))]:
    show(label, f)

for tz in [timezone.utc, timezone.min, timezone.max, timezone(HOUR), timezone(-HOUR, 'West'), timezone(timedelta(seconds=5400, microseconds=7)),
           timezone(timedelta(0), 'Z'), timezone(timedelta(0)), timezone(offset=timedelta(minutes=-1)), timezone(-timedelta(hours=23, minutes=59))]:
    print(repr(tz), str(tz), tz.tzname(None), tz.utcoffset(None), tz.dst(None), tz.__getinitargs__(), tz.__reduce__(), tz == timezone(tz.utcoffset(None)),
          tz.fromutc(datetime(2000, 1, 1, tzinfo=tz)))
for label, f in [('tz(24h)', lambda: timezone(timedelta(hours=24))), ('tz(-24h)', lambda: timezone(-timedelta(hours=24))), ('tz(int)', lambda: timezone(1)),
                 ('tz name int', lambda: timezone(HOUR, 1)), ('tz name None', lambda: timezone(HOUR, None)), ('tz()', lambda: timezone()),
                 ('tz kw', lambda: timezone(offset=HOUR, name='x')), ('tz 3 args', lambda: timezone(HOUR, 'a', 1)), ('tzname(1)', lambda: UTC.tzname(1)),
                 ('utcoffset(1)', lambda: UTC.utcoffset(1)), ('dst(1)', lambda: UTC.dst('x')), ('fromutc(1)', lambda: UTC.fromutc(1)),
                 ('fromutc other', lambda: UTC.fromutc(datetime(2000, 1, 1))), ('tz == 1', lambda: UTC == 1), ('tz < tz', lambda: UTC < UTC),
                 ('tz hash', lambda: hash(timezone(HOUR)) == hash(timezone(HOUR, 'x'))), ('tz eq names', lambda: timezone(HOUR) == timezone(HOUR, 'x')),
                 ('utc singleton', lambda: timezone(ZERO) is UTC), ('utc named', lambda: timezone(ZERO, 'UTC') is UTC), ('utc.utc', lambda: UTC.utc is UTC)]:
    show(label, f)


class D(date):
    def __new__(cls, *a, **k):
        shown = a
        if a[:3] == date.today().timetuple()[:3]:
            shown = ('today',) + a[3:]  # the output must not depend on the day it runs
        print('D.__new__', shown, k)
        return super().__new__(cls, *a, **k)


class DT(datetime):
    pass


class TM(time):
    extra = 1


class TD(timedelta):
    pass


d = D(2000, 1, 2)
for label, f in [('D repr', lambda: repr(d)), ('D+td', lambda: d + timedelta(1)), ('td+D', lambda: type(timedelta(1) + d).__name__),
                 ('D-td', lambda: d - timedelta(1)), ('D-D', lambda: d - d), ('D.today', lambda: type(D.today()).__name__),
                 ('D.fromordinal', lambda: D.fromordinal(5)), ('D.fromisoformat', lambda: D.fromisoformat('2000-01-05')),
                 ('D.fromisocalendar', lambda: D.fromisocalendar(2000, 5, 1)), ('D.replace', lambda: d.replace(day=9)),
                 ('D.fromtimestamp', lambda: type(D.fromtimestamp(0)).__name__), ('D reduce', lambda: d.__reduce__()),
                 ('DT', lambda: DT(2000, 1, 1, 5)), ('DT+td', lambda: DT(2000, 1, 1) + timedelta(hours=1)), ('DT-td', lambda: DT(2000, 1, 1) - timedelta(hours=1)),
                 ('DT-DT', lambda: DT(2000, 1, 2) - DT(2000, 1, 1)), ('DT.combine', lambda: DT.combine(date(2000, 1, 1), time(1))),
                 ('DT.fromisoformat', lambda: DT.fromisoformat('2000-01-01T01:02')), ('DT.now', lambda: type(DT.now()).__name__),
                 ('DT.now(UTC)', lambda: type(DT.now(UTC)).__name__), ('DT.fromtimestamp', lambda: DT.fromtimestamp(0, UTC)),
                 ('DT.replace', lambda: DT(2000, 1, 1).replace(year=2001)), ('DT.astimezone', lambda: DT(2000, 1, 1, tzinfo=UTC).astimezone(timezone(HOUR))),
                 ('DT.date', lambda: DT(2000, 1, 1).date()), ('DT.time', lambda: DT(2000, 1, 1).time()), ('DT.fromordinal', lambda: DT.fromordinal(3)),
                 ('TM', lambda: TM(1, 2)), ('TM.replace', lambda: TM(1, 2).replace(hour=3)), ('TM.fromisoformat', lambda: TM.fromisoformat('01:02:03')),
                 ('TM reduce', lambda: TM(1).__reduce_ex__(2)), ('TD', lambda: TD(1)), ('TD+TD', lambda: TD(1) + TD(1)), ('TD*2', lambda: TD(1) * 2),
                 ('TD/2', lambda: TD(1) / 2), ('-TD', lambda: -TD(1)), ('TD//2', lambda: TD(1) // 2), ('TD%', lambda: TD(1) % TD(hours=5)),
                 ('DT==datetime', lambda: DT(2000, 1, 1) == datetime(2000, 1, 1)), ('D==date', lambda: d == date(2000, 1, 2)),
                 ('isinstance', lambda: (isinstance(DT(2000, 1, 1), date), issubclass(datetime, date), issubclass(timezone, tzinfo)))]:
    show(label, f)
print(date.__module__, datetime.__name__, timezone.__qualname__, type(date(2000, 1, 1).isocalendar()).__name__)
print(date.__doc__.splitlines()[0], '|', timedelta.__doc__.splitlines()[0], '|', tzinfo.__doc__)
