specs = ['', 'd', '5d', '<5d', '^7d', '>5', '+d', ' d', '-d', '05d', '08,d', '_d', ',', 'x', 'X', '#x', '#X', 'o', '#o', 'b', '#b', '#010b', '_b', '_x', 'c', 'n', '=+8d', '*^9', '0=8', 'e', '.2f', '%', 'g', '.3g']
for n in [0, 7, -42, 255, 1234567, -(2**40)]:
    row = []
    for s in specs:
        try:
            row.append(format(n, s))
        except (ValueError, OverflowError) as e:
            row.append('ERR:' + str(e))
    print(n, row)
for bad in ['.2d', 's', 'z', ',x', '=s']:
    try:
        format(5, bad)
    except ValueError as e:
        print(e)
print(format(True, 'd'), format(True, ''), format(True, '>5'), format(65, 'c'), f'{10:#x}', f'{3:{"0"}{4}}', f'{255:08b}')
