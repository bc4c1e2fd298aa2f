# decimal: arithmetic in every rounding mode, the signals each operation
# raises, context limits (Emin/Emax/clamp), special values and conversions.
import decimal
from decimal import Decimal as D, Context, localcontext, getcontext

MODES = [decimal.ROUND_UP, decimal.ROUND_DOWN, decimal.ROUND_CEILING, decimal.ROUND_FLOOR,
         decimal.ROUND_HALF_UP, decimal.ROUND_HALF_DOWN, decimal.ROUND_HALF_EVEN, decimal.ROUND_05UP]
SIGNALS = [decimal.InvalidOperation, decimal.FloatOperation, decimal.DivisionByZero, decimal.Overflow,
           decimal.Underflow, decimal.Subnormal, decimal.Inexact, decimal.Rounded, decimal.Clamped]


def flags(c):
    return ','.join(s.__name__ for s in SIGNALS if c.flags[s])


def run(c, name, *args):
    c.clear_flags()
    try:
        r = getattr(c, name)(*args)
    except Exception as e:
        r = '%s %s' % (type(e).__name__, e)
    return '%s [%s]' % (r, flags(c))


values = ['0', '-0', '1', '-1', '2.5', '-2.5', '0.5', '1.05', '-1.15', '9.999', '123456789', '1E+3',
          '0.000123', '7E-10', 'Inf', '-Inf', 'NaN', 'NaN12', '-sNaN3', '3.14159265358979', '1e5', '-7.5']
for mode in MODES:
    c = Context(prec=4, rounding=mode, Emax=20, Emin=-20, traps=[])
    print('==', mode)
    for a in values[:14]:
        print(a, run(c, 'plus', D(a)), run(c, 'to_integral_exact', D(a)), run(c, 'quantize', D(a), D('0.1')))
    for a, b in [('1', '3'), ('2', '3'), ('-2', '3'), ('12345', '1'), ('9999', '2'), ('1', '-7'),
                 ('1E+20', '99'), ('1E-20', '3'), ('7.5', '0.25')]:
        print(a, b, run(c, 'add', D(a), D(b)), run(c, 'multiply', D(a), D(b)), run(c, 'divide', D(a), D(b)))

c = Context(prec=9, traps=[])
for a in values:
    for b in ['0', '1', '-2', '0.3', 'Inf', 'NaN', 'sNaN']:
        x, y = D(a), D(b)
        print(a, b, run(c, 'add', x, y), run(c, 'subtract', x, y), run(c, 'multiply', x, y),
              run(c, 'divide', x, y), run(c, 'divide_int', x, y), run(c, 'remainder', x, y),
              run(c, 'remainder_near', x, y), run(c, 'compare', x, y), run(c, 'compare_total', x, y),
              run(c, 'max', x, y), run(c, 'min_mag', x, y), run(c, 'copy_sign', x, y),
              run(c, 'same_quantum', x, y), run(c, 'next_toward', x, y))

for a in ['2', '0.5', '10', '1E+10', '0.001', '123.456', '1', '0', '-1', 'Inf', '1E-10', '25', '100']:
    x = D(a)
    print(a, run(c, 'sqrt', x), run(c, 'exp', x), run(c, 'ln', x), run(c, 'log10', x), run(c, 'logb', x),
          run(c, 'next_plus', x), run(c, 'next_minus', x), run(c, 'normalize', x), run(c, 'number_class', x))
for a, b in [('2', '10'), ('2', '-2'), ('2', '0.5'), ('4', '0.5'), ('-2', '3'), ('-2', '0.5'), ('0', '0'),
             ('0', '-1'), ('10', '1000000000'), ('1.000', '3'), ('1.5', '2.5'), ('Inf', '-1'), ('0.5', 'Inf'),
             ('7', '-3'), ('2.0', '-2')]:
    print(a, '**', b, run(c, 'power', D(a), D(b)))
print(run(c, 'power', 3, 4, 5), run(c, 'fma', 2, 3, 4), run(c, 'scaleb', D('1.5'), 3), run(c, 'shift', 12345, 2),
      run(c, 'rotate', 12345, -2), run(c, 'logical_and', 1101, 1011), run(c, 'logical_or', 1101, 1011),
      run(c, 'logical_xor', 1101, 1011), run(c, 'logical_invert', 1101))

# limits and clamp
c = Context(prec=5, Emax=10, Emin=-10, clamp=1, traps=[])
for a in ['1E+10', '1E+11', '123E+6', '1E-10', '1E-14', '1E-16', '0E+20', '0E-30', '99999E+6', '999999E+6']:
    print(a, run(c, 'plus', D(a)), run(c, 'create_decimal', a), c.Etiny(), c.Etop())

# signals raised
c = Context()
for f in [lambda: c.divide(1, 0), lambda: c.divide(0, 0), lambda: c.sqrt(D(-1)),
          lambda: D('abc'), lambda: c.power(D(10), D(10) ** 9), lambda: c.divide_int(D('1e30'), 1),
          lambda: c.quantize(D('1e30'), D(1)), lambda: D(1) < D('NaN')]:
    try:
        print(f())
    except decimal.DecimalException as e:
        print(type(e).__name__, e.args, type(e).__mro__[1].__name__)

# conversions and interoperation
x = D('-12.375')
print(int(x), float(x), round(x), round(x, 1), round(D('2.5')), round(D('3.5')), x.as_tuple(), x.as_integer_ratio())
import math
print(math.floor(x), math.ceil(x), math.trunc(x), complex(x), abs(x), -x, +x)
print(D(1) == 1, D('0.5') == 0.5, D(1) < 2, D(2) > 1.5, hash(D(1)) == hash(1), hash(D('0.5')) == hash(0.5))
from fractions import Fraction
print(hash(D('0.125')) == hash(Fraction(1, 8)), D('0.5') == Fraction(1, 2), D('0.3') < Fraction(1, 3))
import numbers
print(isinstance(D(1), numbers.Number), isinstance(D(1), numbers.Real))
print(D(0.1), D.from_float(-2.5), D((1, (1, 2, 3), -2)), D('  1_000.5  '), D('\u0661\u0662'), D(2**70))
print(repr(D('1E+2')), str(D('-0')), D('1e-7'), D('123E+20').to_eng_string(), D('0.00001234').to_eng_string())
print(D(7) // 2, D(-7) // 2, D(7) % -2, D(-7) % 2, divmod(D(-7), 2), pow(D(2), 10, 1000), 2 ** D(3), 1 / D(8))
print(D('1.30') + D('1.20'), D('1.3') * D('1.2'), D('100') / D('4'), D('1.00') / D('3'))
for v in [D('NaN'), D('sNaN'), D('Inf')]:
    for f in [int, float, round]:
        try:
            print(f(v))
        except Exception as e:
            print(type(e).__name__, e)
import pickle, copy
print(pickle.loads(pickle.dumps(D('-1.5E+30'))), copy.copy(D(3)), copy.deepcopy(D(4)))
print(pickle.loads(pickle.dumps(Context(prec=7, traps=[decimal.Inexact]))))
