z = complex(3, 4)
print(z, repr(z), abs(z), z.real, z.imag, z.conjugate(), -z, +z, z == 3 + 4j, z != 3)
print(1j * 1j, (1 + 2j) * (3 - 1j), (1 + 2j) / (3 - 4j), (2 + 0j) ** 2, 1j ** 2, (1 + 1j) ** 0.5, 2 ** (1j), pow(1j, 2))
print(complex(), complex(1), complex(1.5, -2), complex('1+2j'), complex(' (3-4j) '), complex('j'), complex('-1.5e2j'), complex(1j, 1j))
for s in ['1+', 'x', '1+2', '(1+2j']:
    try:
        complex(s)
    except ValueError as e:
        print(e)
try:
    complex('1', 2)
except TypeError as e:
    print(e)
print(repr(complex(0, 0)), repr(complex(-0.0, -0.0)), repr(complex(1e20, 1e-20)), repr(complex(float('inf'), float('nan'))), repr(1j), repr(-1j), repr(0j + 1))
try:
    1j < 2j
except TypeError as e:
    print(e)
try:
    1 / 0j
except ZeroDivisionError as e:
    print(e)
try:
    int(1j)
except TypeError as e:
    print(e)
print(hash(1 + 0j) == hash(1), (1 + 2j).__format__(''), format(1 + 2j, '.2f'), format(3j, '>10'), f'{1.5 - 2j:g}')
print(complex(3, 4) == complex(3.0, 4.0), {1j: 'a'}[1j], 1j.imag, type(1j).__name__, isinstance(1j, complex), bool(0j), bool(1j))
print(z + 1, 1 + z, z - 1.5, 2.5 * z, z / 2, abs(-3 - 4j), (1+1j).__abs__(), complex.__mro__)
