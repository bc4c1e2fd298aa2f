sales = {'north': [1200.5, 980.25, 1430.0], 'south': [760.0, 820.75, 1015.5], 'east': [2300.1, 1999.99, 2450.0], 'west': [0.0, 150.0, 75.25]}
print(f"{'region':<8}{'q1':>10}{'q2':>10}{'q3':>10}{'total':>12}{'avg':>10}{'share':>8}")
grand = sum(sum(v) for v in sales.values())
for region, vals in sorted(sales.items(), key=lambda kv: -sum(kv[1])):
    total = sum(vals)
    print(f'{region:<8}' + ''.join(f'{v:>10,.2f}' for v in vals) + f'{total:>12,.2f}{total / len(vals):>10.1f}{total / grand:>8.1%}')
print(f"{'TOTAL':<38}{grand:>12,.2f}")
print('{:=^60}'.format(' summary '))
print('max: {0[0]} ({0[1]:,.2f}); min: {1[0]} ({1[1]:.2e})'.format(max(((r, sum(v)) for r, v in sales.items()), key=lambda p: p[1]), min(((r, sum(v)) for r, v in sales.items()), key=lambda p: p[1])))
for n in [0, 7, 42, 1000, 123456, 10**9]:
    print(f'{n:>12,} {n:>#12x} {n:>12o} {n:>12.3e} {n:>+12} {n:012_d}')
