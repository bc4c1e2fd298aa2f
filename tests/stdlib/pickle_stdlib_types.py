# pickle of the standard library's types (datetime, collections, fractions,
# zoneinfo) and of builtins with __reduce__: the bytes of every protocol, as
# python3.13 writes them, and their round trips.
import collections
import datetime
import fractions
import pickle
import zoneinfo

objs = [datetime.datetime(2024, 2, 29, 12, 30, 5, 123, tzinfo=datetime.timezone.utc),
        datetime.datetime(2021, 11, 7, 1, 30, fold=1), datetime.date(2000, 1, 1),
        datetime.timedelta(days=-3, seconds=5), datetime.time(1, 2, 3),
        datetime.timezone(datetime.timedelta(hours=5), 'X'), datetime.timezone.utc,
        collections.OrderedDict(a=1), collections.Counter('abca'), collections.deque([1, 2], 5),
        collections.defaultdict(list, {1: [2]}), collections.namedtuple('Point', 'x y', module=__name__)(1, 2),
        fractions.Fraction(3, 7), zoneinfo.ZoneInfo('Europe/Paris'), range(1, 10, 2), slice(1, 2),
        b'x', bytearray(b'y'), 1+2j, {1, 2}, frozenset([3]), ..., NotImplemented, len, [].append]
Point = type(objs[11])
for o in objs:
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        data = pickle.dumps(o, proto)
        back = pickle.loads(data)
        same = back is o or back == o or type(back) is type(o) and repr(back) == repr(o)
        print(type(o).__name__, proto, same, data)
