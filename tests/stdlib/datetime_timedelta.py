# timedelta: construction (ints, floats, rounding), normalisation, repr/str,
# arithmetic with ints, floats and timedeltas, comparisons, limits and errors.
from datetime import timedelta as td


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))


vals = [td(0), td(1), td(-1), td(seconds=1), td(microseconds=-1), td(days=3, hours=25, minutes=61, seconds=61, microseconds=1000001),
        td(weeks=-2, milliseconds=1500), td.max, td.min, td.resolution, td(days=999999999), td(seconds=-86400 * 3 + 5, microseconds=7)]
for v in vals:
    print(repr(v), '|', str(v), '|', v.days, v.seconds, v.microseconds, v.total_seconds(), bool(v))

cases = [((1.5,), {}), ((0, 0.5), {}), ((0, 0, 0.5), {}), ((0, 0, 1.5), {}), ((0, 0, 2.5), {}), ((0, 0, -0.5), {}), ((0, 0, -1.5), {}),
         ((), {'hours': 1.1}), ((), {'minutes': -0.0001}), ((), {'weeks': 1e-7}), ((), {'milliseconds': 0.0005}),
         ((), {'milliseconds': 0.0015}), ((1e-9, 1e-9, 0.5), {}), ((0.1, 0.2, 0.3), {}), ((), {'days': 1 / 3, 'seconds': 1 / 3, 'microseconds': 1 / 3}),
         ((2 ** 40,), {}), ((10 ** 9,), {}), ((-10 ** 9,), {}), ((999999999, 86399, 999999), {}), ((999999999, 86400), {}), ((0, 0, 10 ** 20), {}),
         (('1',), {}), ((1j,), {}), ((), {'x': 1}), ((1, 2, 3, 4, 5, 6, 7, 8), {}), ((1,), {'days': 2}), ((float('inf'),), {}), ((float('nan'),), {}),
         ((True,), {}), ((0, 1e20), {}), ((-999999999,), {}), ((0, -1), {}), ((0, 0, 0, 0, 0, 0, 1.5), {}), ((-0.5, 0, 0), {}),
         ((), {'microseconds': 0.5, 'seconds': 1}), ((), {'microseconds': 0.5, 'seconds': 2}), ((10 ** 20,), {}), ((1.5e15,), {})]
for a, k in cases:
    show('td%r%r' % (a, k), lambda: td(*a, **k))

a, b = td(days=2, seconds=7, microseconds=3), td(hours=-5, microseconds=999999)
ops = [
    ('a+b', lambda: a + b), ('a-b', lambda: a - b), ('b-a', lambda: b - a), ('-a', lambda: -a), ('+b', lambda: +b), ('abs(b)', lambda: abs(b)),
    ('a*3', lambda: a * 3), ('3*a', lambda: 3 * a), ('a*-1', lambda: a * -1), ('a*0.5', lambda: a * 0.5), ('a*1e-7', lambda: a * 1e-7),
    ('b*2.5', lambda: b * 2.5), ('a*(1/3)', lambda: a * (1 / 3)), ('a/3', lambda: a / 3), ('a/7', lambda: a / 7), ('a/0.3', lambda: a / 0.3),
    ('a/b', lambda: a / b), ('b/a', lambda: b / a), ('a//b', lambda: a // b), ('a//3', lambda: a // 3), ('b//7', lambda: b // 7),
    ('a%b', lambda: a % b), ('b%a', lambda: b % a), ('divmod(a,b)', lambda: divmod(a, b)), ('divmod(b,a)', lambda: divmod(b, a)),
    ('a/0', lambda: a / 0), ('a/0.0', lambda: a / 0.0), ('a//0', lambda: a // 0), ('a/td(0)', lambda: a / td(0)), ('a//td(0)', lambda: a // td(0)),
    ('a%td(0)', lambda: a % td(0)), ('divmod(a,td(0))', lambda: divmod(a, td(0))), ('a+1', lambda: a + 1), ('1-a', lambda: 1 - a),
    ('a*a', lambda: a * a), ('a*"x"', lambda: a * 'x'), ('a/"x"', lambda: a / 'x'), ('a%3', lambda: a % 3), ('3/a', lambda: 3 / a),
    ('max+res', lambda: td.max + td.resolution), ('min-res', lambda: td.min - td.resolution), ('-min', lambda: -td.min), ('max*2', lambda: td.max * 2),
    ('max/0.5', lambda: td.max / 0.5), ('max/max', lambda: td.max / td.max), ('min//res', lambda: td.min // td.resolution),
    ('a*inf', lambda: a * float('inf')), ('a*nan', lambda: a * float('nan')), ('a/inf', lambda: a / float('inf')),
    ('a<b', lambda: a < b), ('a>b', lambda: a > b), ('a==a*1', lambda: a == a * 1), ('a!=b', lambda: a != b), ('a<=a', lambda: a <= a),
    ('a==1', lambda: a == 1), ('a<1', lambda: a < 1), ('hash eq', lambda: hash(td(1)) == hash(td(hours=24))),
    ('max.total', lambda: td.max.total_seconds()), ('min.total', lambda: td.min.total_seconds()),
    ('reduce', lambda: a.__reduce__()), ('min attr', lambda: (td.min, td.max, td.resolution)),
]
for label, f in ops:
    show(label, f)

for x in [0.5, 1.5, 2.5, -0.5, -2.5, 1 / 3, 2 / 3, 1e-6, 5e-7, 1.5e-6, 2.5e-6]:
    print(x, repr(td(seconds=x)), repr(td(microseconds=x)), repr(td(milliseconds=x)))


class T(td):
    def extra(self):
        return 'extra'


t = T(1, 2, 3)
print(repr(t), type(t).__name__, t.extra(), type(t + t).__name__, type(-t).__name__, type(t * 2).__name__, type(abs(t)).__name__)
print(t == td(1, 2, 3), t.__reduce__()[0].__name__)
import copy
for v in vals + [t]:
    r = v.__reduce__()
    w = r[0](*r[1])
    assert w == v and type(w) is type(v), v
    assert copy.copy(v) == v and copy.deepcopy(v) == v
    assert type(copy.deepcopy(v)) is type(v)
print(sorted([td(1), td(-1), td(0), td(seconds=5)]))
print({td(1): 'a', td(hours=24): 'b'})
