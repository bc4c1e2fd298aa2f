# Impossible sizes raise MemoryError or OverflowError at once, before allocating.
cases = [
    "[0] * 10**12", "'x' * 10**12", "b'x' * 10**12", "bytearray(10**12)", "bytes(10**12)",
    "1 << 10**12", "'x'.center(10**13)", "'x'.ljust(10**13)", "'x'.rjust(10**13)",
    "'%10000000000000d' % 1", "'%.10000000000000f' % 1.0", "(10**100).to_bytes(10**12, 'big')",
    "[0, 1] * 2**62", "'x'.zfill(2**62)", "(0,) * 10**12", "[0] * 2**63", "'ab' * 2**62",
    "list(range(2**63))", "list(range(10**11))", "tuple(range(10**11))", "sorted(range(10**11))",
    "[*range(10**11)]", "list(iter(range(2**63)))", "'x'.expandtabs(2**62)",
    "'\\t'.expandtabs(2**62)", "bytearray(b'x') * 10**12", "'{:10000000000000}'.format(1)",
    "format(1, '10000000000000')", "'{:.10000000000000}'.format(1.5)", "'x' * 2**62", "('x',) * 2**62", "1 << 2**62",
    "bytes(range(10)).center(10**13)", "b'x'.zfill(2**62)", "[None] * (2**63 - 1)",
]
for src in cases:
    try:
        r = eval(src)
        print(src, '->', type(r).__name__, len(r) if hasattr(r, '__len__') else '')
    except (MemoryError, OverflowError, ValueError) as e:
        print(src, '->', type(e).__name__)
l = [0]
try:
    l *= 10**12
except MemoryError as e:
    print('l *= 10**12', type(e).__name__, len(l))
s = 'ab'
try:
    s *= 2**62
except (MemoryError, OverflowError) as e:
    print('s *= 2**62', type(e).__name__, len(s))
