vals = [0, 1, -3, 7, 2**64 + 1, -(2**70), True, False, 0.0, -0.0, 2.5, -1.5, 1e300, float('inf'), float('nan'), 1j, 2 - 3j, 0j]
ops = [('+', lambda a, b: a + b), ('-', lambda a, b: a - b), ('*', lambda a, b: a * b), ('/', lambda a, b: a / b),
       ('//', lambda a, b: a // b), ('%', lambda a, b: a % b), ('**', lambda a, b: a ** b), ('divmod', divmod),
       ('<<', lambda a, b: a << b), ('>>', lambda a, b: a >> b), ('&', lambda a, b: a & b), ('|', lambda a, b: a | b), ('^', lambda a, b: a ^ b)]
def fmt(r):
    if isinstance(r, float):
        return repr(r)
    if isinstance(r, tuple):
        return '(' + ', '.join(fmt(x) for x in r) + ')'
    if isinstance(r, int) and abs(r) > 10**40:
        return f'bigint[{len(str(r))}]'
    if isinstance(r, complex) and (abs(r.real) > 1e300 or abs(r.imag) > 1e300):
        return 'hugecomplex'
    return repr(r)
for name, f in ops:
    row = []
    for a in vals:
        for b in vals:
            if name == '**' and isinstance(b, int) and not isinstance(b, bool) and abs(b) > 1000:
                continue
            if name in ('<<',) and isinstance(b, int) and b > 1000:
                continue
            try:
                r = f(a, b)
                if name == '**' and isinstance(r, complex) and r == r:
                    # libm's pow/exp/log/sin/cos may differ in the last bit: compare 12 digits
                    r = f'({r.real:.12g}{r.imag:+.12g}j)'
                else:
                    r = fmt(r)
            except Exception as e:
                r = type(e).__name__
            row.append(r)
    print(name, len(row))
    for i in range(0, len(row), 18):
        print('  ', ' '.join(row[i:i + 18]))
for a in vals:
    out = []
    for f in (lambda x: -x, lambda x: +x, abs, lambda x: ~x, bool, lambda x: x == x, lambda x: hash(x) if x == x else 'nan'):
        try:
            out.append(fmt(f(a)))
        except Exception as e:
            out.append(type(e).__name__)
    print(fmt(a), out)
