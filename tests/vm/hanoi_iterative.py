def hanoi_iter(n):
    pegs = {'A': list(range(n, 0, -1)), 'B': [], 'C': []}
    order = ['A', 'B', 'C'] if n % 2 == 0 else ['A', 'C', 'B']
    moves = []
    def legal(x, y):
        if not pegs[x]:
            return y, x
        if not pegs[y]:
            return x, y
        return (x, y) if pegs[x][-1] < pegs[y][-1] else (y, x)
    for i in range(2 ** n - 1):
        if i % 3 == 0:
            src, dst = legal(order[0], order[1])
        elif i % 3 == 1:
            src, dst = legal(order[0], order[2])
        else:
            src, dst = legal(order[1], order[2])
        pegs[dst].append(pegs[src].pop())
        moves.append(src + dst)
    return moves, pegs
for n in (1, 2, 3, 4):
    moves, pegs = hanoi_iter(n)
    print(n, len(moves), ' '.join(moves[:10]), pegs)
