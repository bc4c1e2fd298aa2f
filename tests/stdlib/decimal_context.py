# decimal: formatting with every kind of spec, contexts (repr, attributes,
# validation messages, flags and traps as signal dicts, copies, templates,
# localcontext with keywords, threads), the signal classes and their MRO,
# and the module's constants.
import decimal, threading
from decimal import Decimal as D, Context, localcontext, getcontext, setcontext

for v in ['0', '-0', '1234567.891', '-0.000012345', '1E+20', '123456789', '1.5', '-2.5', '0.5', 'Inf',
          '-NaN', 'NaN42', '1E-8', '100', '0E-3', '9.9999']:
    x = D(v)
    out = []
    for spec in ['', 'e', 'E', 'f', 'F', 'g', 'G', '%', '.3', '.0f', '.2e', '.3g', '.1%', ',', '_.2f',
                 '>12', '<12', '^12', '=+12.2f', '012.3f', '*^15,.1f', '+', ' ', '#.0f', '#g', 'z.1f',
                 '-', ',.3e', '015,.2f', '.10G', '.0e', '08.2%']:
        try:
            out.append(format(x, spec))
        except Exception as e:
            out.append(type(e).__name__)
    print(v, out)
for spec in ['fz', '.f', 'x', '10,n', ',_f', '<>5', '.3q']:
    try:
        print(format(D('1.23'), spec))
    except Exception as e:
        print(spec, type(e).__name__, e)
print('{:.4f} {:>10} {!r} {!s}'.format(D('3.14159'), D('2.5'), D('1.0'), D('1E+3')))
print(f'{D("12345.678"):,.1f}', f'{D("0.5"):.0%}')

# contexts
c = Context()
print(repr(c))
print(c.prec, c.rounding, c.Emin, c.Emax, c.capitals, c.clamp, c.Etiny(), c.Etop())
for kw in [dict(prec=0), dict(prec=10**20), dict(Emin=1), dict(Emax=-1), dict(capitals=2), dict(clamp=3),
           dict(rounding='ROUND_SIDEWAYS'), dict(prec='5'), dict(flags=7), dict(traps=[ValueError]),
           dict(traps=(decimal.Inexact,)), dict(flags={decimal.Inexact: 1})]:
    try:
        print(repr(Context(**kw)))
    except Exception as e:
        print(kw, type(e).__name__, e)
for attr, val in [('prec', 0), ('Emax', 5), ('rounding', decimal.ROUND_DOWN), ('capitals', 0), ('clamp', 1),
                  ('flags', []), ('traps', {}), ('bogus', 1)]:
    try:
        setattr(c, attr, val)
        print(attr, 'set', getattr(c, attr) if attr not in ('flags', 'traps') else '')
    except Exception as e:
        print(attr, type(e).__name__, e)
print(repr(c))
c = Context(prec=6, traps=[decimal.DivisionByZero], flags=[decimal.Inexact])
print(c.flags[decimal.Inexact], c.traps[decimal.Overflow], dict(c.traps) == c.traps.copy(), len(c.flags))
print(list(c.flags.keys()) == list(c.traps), sorted(k.__name__ for k in c.flags))
c.traps[decimal.Inexact] = True
try:
    c.divide(D(1), D(3))
except decimal.Inexact as e:
    print('raised', type(e).__name__, e.args)
try:
    c.flags[ValueError]
except KeyError as e:
    print('KeyError', e)
print(repr(c.copy()), c.copy() is not c)
c.clear_flags(); c.clear_traps(); print(repr(c))
d = Context(capitals=0)
print(d.to_sci_string(D('1E+10')), d.create_decimal('1.2345678901234567890123456789012345'))
print(d.create_decimal_from_float(0.1), Context(prec=3).create_decimal('1.23456'), Context(prec=3, traps=[]).create_decimal('NaN12345'))
try:
    Context(prec=3).create_decimal('NaN12345')
except decimal.InvalidOperation as e:
    print('InvalidOperation', e)

with localcontext(prec=3, rounding=decimal.ROUND_UP) as lc:
    print(D(1) / 3, lc.prec, getcontext() is lc)
    with localcontext(Emax=5, traps=[]):
        print(D('9e10') * 10, getcontext().flags[decimal.Overflow])
    print(repr(getcontext()))
try:
    with localcontext(prec=-1):
        pass
except ValueError as e:
    print('ValueError', e)
try:
    localcontext(bogus=1)
except TypeError as e:
    print('TypeError', e)
print(getcontext().prec)
setcontext(decimal.BasicContext)
print(repr(getcontext()), getcontext() is decimal.BasicContext)
setcontext(decimal.DefaultContext)


def worker(out):
    getcontext().prec = 5
    out.append(str(D(2).sqrt()))


res = []
t = threading.Thread(target=worker, args=(res,))
t.start()
t.join()
print(res, str(D(2).sqrt()))

for cls in [decimal.DecimalException, decimal.Clamped, decimal.InvalidOperation, decimal.ConversionSyntax,
            decimal.DivisionByZero, decimal.DivisionImpossible, decimal.DivisionUndefined, decimal.Inexact,
            decimal.InvalidContext, decimal.Rounded, decimal.Subnormal, decimal.Overflow, decimal.Underflow,
            decimal.FloatOperation]:
    print(cls.__name__, cls.__module__, [b.__name__ for b in cls.__mro__])
print(decimal.MAX_PREC, decimal.MAX_EMAX, decimal.MIN_EMIN, decimal.MIN_ETINY, decimal.HAVE_THREADS,
      decimal.HAVE_CONTEXTVAR, decimal.__version__, decimal.__libmpdec_version__)
print([r for r in dir(decimal) if r.startswith('ROUND')])
print(decimal.DefaultContext, decimal.ExtendedContext)

# errors and messages
getcontext().traps[decimal.FloatOperation] = True
for f in [lambda: D(1.5), lambda: D(1) < 1.5, lambda: D(1) == 1.5, lambda: D('1.5') + 1.5, lambda: D([1]),
          lambda: D((2, (1,), 0)), lambda: D((0, (11,), 0)), lambda: D((0, (1,), 'x')), lambda: D(1j),
          lambda: hash(D('sNaN')), lambda: D('x'), lambda: int(D('NaN')), lambda: D(1).quantize(D('1e-30')),
          lambda: D(1) ** D('0.5') + getcontext().power(2, 3, 'x'), lambda: D(1).to_integral(rounding='x'),
          lambda: getcontext().add(1.5, 1)]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
