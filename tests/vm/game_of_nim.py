from_heaps = [3, 4, 5]
def nim_sum(heaps):
    x = 0
    for h in heaps:
        x ^= h
    return x
def best_move(heaps):
    x = nim_sum(heaps)
    if x == 0:
        i = max(range(len(heaps)), key=lambda k: heaps[k])
        return i, 1
    for i, h in enumerate(heaps):
        target = h ^ x
        if target < h:
            return i, h - target
def play(heaps):
    heaps = list(heaps)
    player, moves = 0, []
    while any(heaps):
        i, n = best_move(heaps)
        heaps[i] -= n
        moves.append((player, i, n, tuple(heaps)))
        player ^= 1
    return moves, moves[-1][0]
moves, winner = play(from_heaps)
for m in moves:
    print(m)
print('winner', winner, nim_sum(from_heaps), [nim_sum(h) for h in ([1, 2, 3], [4, 4], [7])])
memo = {}
def wins(state):
    if state in memo:
        return memo[state]
    r = any(not wins(tuple(sorted(state[:i] + (state[i] - k,) + state[i + 1:]))) for i in range(len(state)) for k in range(1, state[i] + 1))
    memo[state] = r
    return r
print(all(wins(tuple(sorted(h))) == (nim_sum(h) != 0) for h in ([1, 2], [2, 2], [1, 2, 3], [3, 4, 5], [2, 5, 7])), len(memo))
