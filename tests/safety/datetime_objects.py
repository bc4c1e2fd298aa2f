# _datetime's types with ill-typed, out-of-range and hostile arguments: every
# constructor, class method and method of date, time, datetime, timedelta, tzinfo
# and timezone, operators between them and other objects, and tzinfo subclasses
# whose methods return wrong things or raise. Any exception may come but
# SystemError (a Go panic in Kaa). Run by safety_test.go.
import _datetime as D
import operator
import warnings
warnings.simplefilter("ignore")

bad = count = 0


def call(label, f, *a, **k):
    global bad, count
    count += 1
    try:
        return f(*a, **k)
    except SystemError as e:
        bad += 1
        print('SYSTEMERROR', label, a, k, e)
    except BaseException:
        pass


class BadTZ(D.tzinfo):
    def __init__(self, r):
        self.r = r

    def utcoffset(self, dt):
        if isinstance(self.r, Exception):
            raise self.r
        return self.r

    dst = tzname = utcoffset


hostile = [None, 0, -1, 1, 2**31, -2**31 - 1, 2**63, 2**100, -2**100, 1.5, -0.5, 1e300, float('nan'), float('inf'), -float('inf'),
           '', 'x', '2000-01-01', b'\x07\xd0\x01\x01', b'\x07\xd0\x0d\x01', b'\xff' * 10, b'\x18' * 6, b'\x00' * 10, '\x07\xd0\x01\x01',
           '\u0100\x00\x00\x00', [], (), {}, object(), True, D.timedelta(1), D.timedelta.max, D.timedelta.min, D.date(2000, 1, 1),
           D.datetime(2000, 1, 1), D.time(1), D.timezone.utc, D.tzinfo(), BadTZ(None), BadTZ(5), BadTZ(D.timedelta(2)),
           BadTZ(D.timedelta(hours=1)), BadTZ(ValueError('x')), BadTZ('name'), '\ud800', '2000-01-01\ud80012:00', 'W' * 20]
objs = [D.timedelta(1, 2, 3), D.timedelta.max, D.timedelta.min, D.date.min, D.date.max, D.time.min, D.time.max,
        D.datetime.min, D.datetime.max, D.datetime(2000, 1, 1, tzinfo=D.timezone.utc), D.time(1, tzinfo=D.timezone.min),
        D.datetime(2000, 1, 1, tzinfo=BadTZ(5)), D.datetime(2000, 1, 1, tzinfo=BadTZ(D.timedelta(hours=30))),
        D.datetime(9999, 12, 31, tzinfo=BadTZ(D.timedelta(hours=-23))), D.datetime(1, 1, 1, tzinfo=BadTZ(D.timedelta(hours=23))),
        D.time(1, tzinfo=BadTZ(ValueError())), D.datetime(2000, 1, 1, tzinfo=BadTZ('x')), D.timezone(D.timedelta(hours=3), 'X'),
        D.tzinfo(), D.timezone.max, D.datetime(2000, 1, 1, fold=1, tzinfo=BadTZ(D.timedelta(minutes=1)))]
types = [D.timedelta, D.date, D.time, D.datetime, D.tzinfo, D.timezone]
arg_sets = [(), (1,), (1, 1), (1, 1, 1)] + [(h,) for h in hostile] + [(h, h) for h in hostile] + [(2000, 1, h) for h in hostile] + \
    [(2000, 1, 1, h) for h in hostile] + [(h, 1, 1) for h in hostile] + [(1, 2, 3, 4, h) for h in hostile]
kw_sets = [{}, {'fold': 1}, {'tzinfo': D.timezone.utc}, {'bogus': 1}, {'days': 1.5}, {'tz': 1}, {'fold': 2**70}]

for typ in types:
    for a in arg_sets:
        for k in kw_sets:
            call(typ.__name__, typ, *a, **k)
    for name in dir(typ):
        attr = getattr(typ, name)
        if name.startswith('__') or not callable(attr):
            continue
        for a in arg_sets[:40]:
            call(typ.__name__ + '.' + name, attr, *a)
for o in objs:
    for name in dir(o):
        if name in ('__class__', '__init_subclass__', '__subclasshook__'):
            continue
        attr = getattr(o, name)
        if not callable(attr):
            continue
        call(name, attr)
        for h in hostile:
            call(name, attr, h)
            call(name, attr, h, h)
        for k in kw_sets:
            call(name, attr, **k)
    for fmt in ['%z%:z%Z%f%', '%' * 300, '%Y' * 500, '\ud800%z', '%:', '%:%z', '%c%x%X']:
        call('strftime', getattr(o, 'strftime', None), fmt)
    for op in [operator.add, operator.sub, operator.mul, operator.truediv, operator.floordiv, operator.mod, divmod,
               operator.lt, operator.eq, operator.ne, operator.ge, pow]:
        for h in hostile + objs:
            call(op.__name__, op, o, h)
            call(op.__name__, op, h, o)
    for f in [hash, repr, str, bool, abs, operator.neg, operator.pos, format]:
        call(f.__name__, f, o)

print('calls', count, 'system errors', bad)
