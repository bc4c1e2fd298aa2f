specs = ['', 'f', '.0f', '.1f', '10.3f', '<10.2f', '^10.1f', '+.2f', ' .2f', '010.2f', ',.2f', '_.1f', 'e', '.2e', 'E', 'g', '.2g', '.10g', 'G', '%', '.1%', '#.0f', '#g', 'n', '.3', '=+12.3f', '*>10', 'F', '.0e', '#.0e', 'z.1f', '-.1f']
for x in [0.0, -0.0, 1.5, -2.25, 1234.5678, 1e-7, 1.23e20, 0.000123456, 2.5, float('inf'), float('-inf'), float('nan'), 100.0, 1/3]:
    row = []
    for s in specs:
        try:
            row.append(format(x, s))
        except ValueError as e:
            row.append('ERR:' + str(e))
    print(repr(x), row)
for bad in ['d', 'x', '.2s', ',d']:
    try:
        format(1.5, bad)
    except ValueError as e:
        print(e)
print(f'{3.14159:.3}', f'{2.0:g}', f'{1e16:g}', f'{1e15:.0f}', f'{0.1 + 0.2!r}', f'{12345.6789:,.2f}', f'{-0.0:z.2f}', f'{1e100:.3e}')
