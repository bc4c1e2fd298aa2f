# decimal with ill-typed, out-of-range and huge arguments: constructors, every
# Decimal and Context method, operators, formatting, contexts and signal
# dicts. Any exception may come but SystemError (a Go panic in Kaa), and
# nothing may hang: huge exponents and precisions must answer promptly.
# Run by safety_test.go.
import decimal
from decimal import Decimal, Context

values = [Decimal('0'), Decimal('-0'), Decimal('1.5'), Decimal('-7E+3'), Decimal('1e9999'), Decimal('1e-9999'),
          Decimal('Inf'), Decimal('-Inf'), Decimal('NaN123'), Decimal('-sNaN'), Decimal('9' * 60),
          Decimal('1E+999999999999999999'), Decimal('1E-999999999999999999'), 0, -1, 2**100, 1.5,
          float('nan'), 'x', '1.5', None, [], (0, (1,), 2), object()]
bad = count = 0


def call(label, f, *a, **k):
    global bad, count
    count += 1
    try:
        f(*a, **k)
    except SystemError as e:
        bad += 1
        print('SYSTEMERROR', label, a, k, e)
    except BaseException:
        pass


ctors = ['', ' 1 ', '1_0', '_1', '1__0', '1e', 'e5', '.', '-.5', '+Inf', 'infinity', 'nan999', 'sNaN1e',
         '1e99999999999999999999', '1e-99999999999999999999', '\x00', '\u0661\u0662', '9' * 1000,
         (1, (1, 2), 3), (2, (1,), 0), (0, (10,), 0), (0, (1,), 'F'), (0, (1,), 'x'), (0, (), 1), [0, [1], 1],
         (0, (1,), 2**70), (0,), 1.5, 1e308, float('inf'), -0.0, 2**1000, complex(1, 2), b'1', None]
for v in ctors:
    call('Decimal', Decimal, v)
    call('Decimal ctx', Decimal, v, Context())
    call('Decimal badctx', Decimal, v, 5)
    call('create_decimal', Context(prec=5).create_decimal, v)
    call('from_float', Decimal.from_float, v)

ctx_kw = [dict(prec=0), dict(prec=-1), dict(prec=2**63), dict(prec='5'), dict(Emax=-1), dict(Emin=1),
          dict(Emax=10**18), dict(rounding='up'), dict(rounding=5), dict(capitals=2), dict(clamp=-1),
          dict(flags=5), dict(traps={}), dict(traps=[ValueError]), dict(flags={decimal.Inexact: 1}), dict(bogus=1)]
for kw in ctx_kw:
    call('Context', Context, **kw)
    call('localcontext', decimal.localcontext, **kw)

big = Context(prec=decimal.MAX_PREC, Emax=decimal.MAX_EMAX, Emin=decimal.MIN_EMIN, traps=[])
small = Context(prec=3, Emax=5, Emin=-5, clamp=1, traps=[])
names = [n for n in dir(Context) if not n.startswith('_') and callable(getattr(Context, n))]
for c in (small, big):
    for n in names:
        f = getattr(c, n)
        call(n, f)
        for x in values:
            call(n, f, x)
            for y in values[:8] + [3, 'x']:
                call(n, f, x, y)
        call(n, f, 1, 2, 3, 4)
    for x in values[:10]:
        for y in values[:10]:
            call('fma', c.fma, x, y, Decimal(1))
            call('power mod', c.power, x, y, 7)

dnames = [n for n in dir(Decimal) if not n.startswith('__') or n in ('__round__', '__format__', '__pow__')]
for x in values[:13]:
    for n in dnames:
        f = getattr(x, n)
        if not callable(f):
            continue
        call(n, f)
        for y in values[::2]:
            call(n, f, y)
            call(n, f, y, big)
    for y in values:
        for op in ('__add__', '__sub__', '__mul__', '__truediv__', '__floordiv__', '__mod__', '__divmod__',
                   '__lt__', '__eq__', '__pow__', '__radd__', '__rpow__'):
            call(op, getattr(x, op), y)
    for spec in ['', 'f', '.3e', ',.2f', '_g', '#x', '%', '>10', '0=20,.3f', '.99999999999g', '\x00<5', 'z.2f',
                 '+015,.2%', 'n', ',n', '.0', '1000000000000000000000']:
        call('format', format, x, spec)
    for f in (int, float, complex, hash, round, str, repr, bool, abs):
        call(f.__name__, f, x)

c = Context()
for v in [5, None, 'x', {}, [], {decimal.Inexact: True}]:
    call('setattr flags', setattr, c, 'flags', v)
    call('setattr traps', setattr, c, 'traps', v)
    call('flags[]', c.flags.__getitem__, v if not isinstance(v, (list, dict)) else 0)
    call('flags[]=', c.flags.__setitem__, v if not isinstance(v, (list, dict)) else 0, True)
for attr in ['prec', 'Emax', 'Emin', 'rounding', 'capitals', 'clamp', 'bogus']:
    for v in [0, -1, 2**64, 'x', None, 1.5]:
        call('setattr ' + attr, setattr, c, attr, v)
    call('delattr ' + attr, delattr, c, attr)
call('setcontext', decimal.setcontext, 5)
call('setcontext None', decimal.setcontext, None)
with decimal.localcontext(big):
    call('big add', lambda: Decimal('1e999999999') + 1)
    call('big exp', lambda: Decimal('1e50').exp())
call('pow overflow', lambda: Decimal(10) ** 10 ** 9)
call('pow int huge', lambda: Decimal(3) ** 10 ** 9)
call('pow frac huge', lambda: Decimal('1.0000001') ** Decimal('1e999999'))
print('calls', count > 10000, 'system errors', bad)
