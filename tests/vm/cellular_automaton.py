def rule(n):
    table = {tuple(int(b) for b in f'{i:03b}'): n >> i & 1 for i in range(8)}
    def step(cells):
        padded = [0] + cells + [0]
        return [table[tuple(padded[i:i + 3])] for i in range(len(cells))]
    return step
for r in (30, 90, 110):
    cells = [0] * 31
    cells[15] = 1
    step = rule(r)
    print(f'rule {r}')
    for _ in range(8):
        print(''.join('#' if c else '.' for c in cells))
        cells = step(cells)
    print(sum(cells))
