for c in [1+2j, -1.5-2.25j, 3j, -0.0+1j, complex(1e20, -1e-5), complex(float('inf'), float('nan')), 0j]:
    for spec in ['', 'g', '.2f', '>20', '<15.3e', '+', ' .1f', '^12g', '.3', 'e', 'F', '+.2f']:
        print(repr(format(c, spec)), end=' ')
    print()
for bad in ['010', '=10', 'd', 'x']:
    try:
        format(1j, bad)
    except ValueError as e:
        print(e)
