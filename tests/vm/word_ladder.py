words = set('cold cord card ward warm word worm wore core bore bare care cold gold goad load lord lore more mare male'.split())
def neighbors(w):
    for i in range(len(w)):
        for c in 'abcdefghijklmnopqrstuvwxyz':
            if c != w[i]:
                cand = w[:i] + c + w[i + 1:]
                if cand in words:
                    yield cand
def ladder(start, goal):
    prev = {start: None}
    frontier = [start]
    while frontier:
        nxt = []
        for w in sorted(frontier):
            for n in sorted(neighbors(w)):
                if n not in prev:
                    prev[n] = w
                    nxt.append(n)
        if goal in prev:
            path = []
            while goal:
                path.append(goal)
                goal = prev[goal]
            return path[::-1]
        frontier = nxt
    return None
for a, b in [('cold', 'warm'), ('cold', 'gold'), ('card', 'male'), ('cold', 'xyzw')]:
    print(a, b, ladder(a, b))
print(sorted(neighbors('core')), len(words))
