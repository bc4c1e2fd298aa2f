# Local time (TZ=America/New_York from datetime_localtime.env): fromtimestamp with
# fold detection, timestamp() of naive datetimes in folds and gaps, astimezone()
# to and from the system zone, rounding of float timestamps, utcfromtimestamp's
# deprecation warning, and the limits of timestamps.
import warnings
from datetime import date, datetime, timedelta, timezone, UTC


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))


for ts in [0, 1, -1, 1604210400, 1604212200, 1604214000, 1604215800, 1604217600, 1583650800, 1583652600, 1583654400,
           1e9, 1e9 + 0.5, 1.5e9 + 0.123456789, -1.5, -0.0000005, 0.0000005, 0.0000015, 0.0000025, 1e-7, 2 ** 31, -2 ** 31]:
    d = datetime.fromtimestamp(ts)
    print(ts, repr(d), d.timestamp(), date.fromtimestamp(ts), datetime.fromtimestamp(ts, UTC), datetime.fromtimestamp(ts, timezone(timedelta(hours=2))))
for label, f in [('nan', lambda: datetime.fromtimestamp(float('nan'))), ('inf', lambda: datetime.fromtimestamp(float('inf'))),
                 ('big', lambda: datetime.fromtimestamp(1e20)), ('year', lambda: datetime.fromtimestamp(253402400000)),
                 ('str', lambda: datetime.fromtimestamp('1')), ('none', lambda: datetime.fromtimestamp(None)),
                 ('tz int', lambda: datetime.fromtimestamp(0, 1)), ('kw', lambda: datetime.fromtimestamp(timestamp=0, tz=UTC)),
                 ("date big", lambda: date.fromtimestamp(2 ** 70)), ("max+2h", lambda: datetime.fromtimestamp(253402300799, timezone(timedelta(hours=2)))), ("max local", lambda: datetime.fromtimestamp(253402300799)), ('neg year', lambda: datetime.fromtimestamp(-62135596801, UTC))]:
    show(label, f)
for dt in [datetime(2020, 11, 1, 1, 30), datetime(2020, 11, 1, 1, 30, fold=1), datetime(2020, 3, 8, 2, 30), datetime(2020, 3, 8, 2, 30, fold=1),
           datetime(2020, 6, 1), datetime(1970, 1, 1), datetime(1960, 1, 1, 12), datetime(2038, 1, 19, 3, 14, 8), datetime(2020, 1, 1, 0, 0, 0, 999999)]:
    a = dt.astimezone()
    print(repr(dt), dt.timestamp(), repr(a), a.tzname(), a.astimezone(UTC), dt.astimezone(UTC), dt.astimezone(timezone(-timedelta(hours=3))))
for u in [datetime(2020, 11, 1, 5, 30, tzinfo=UTC), datetime(2020, 11, 1, 6, 30, tzinfo=UTC), datetime(2020, 7, 4, tzinfo=UTC)]:
    print(u.astimezone(), u.astimezone().tzinfo, u.astimezone(None).utcoffset())
print(datetime(2020, 11, 1, 1, 30) == datetime(2020, 11, 1, 1, 30, fold=1))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    print(repr(datetime.utcfromtimestamp(1e9)), type(datetime.utcnow()).__name__)
    for x in w:
        print(x.category.__name__, x.message)
with warnings.catch_warnings():
    warnings.simplefilter('error')
    show('utcnow error', lambda: datetime.utcnow())
    show('utcfromtimestamp error', lambda: datetime.utcfromtimestamp(0))
    show('utcfromtimestamp(-1.5)', lambda: datetime.utcfromtimestamp(-1.5))
warnings.simplefilter('ignore')
for ts in [-1.5, 0.9999995, 1e9 + 0.25, -62135596800, -62135596801, 253402300799, 253402300800, 2 ** 63, float('nan')]:
    show('utcfromtimestamp(%r)' % ts, lambda: datetime.utcfromtimestamp(ts))
now = datetime.now()
print(abs((datetime.now(UTC) - now.astimezone()).total_seconds()) < 5, date.today() in (now.date(), now.date() + timedelta(1)))
print(abs(datetime.now().timestamp() - datetime.now(UTC).timestamp()) < 5, datetime.now(timezone(timedelta(hours=9))).utcoffset())
show('now bad', lambda: datetime.now(1))
show('now kw', lambda: type(datetime.now(tz=UTC)).__name__)
show('today arg', lambda: datetime.today(1))
