items = [('map', 9, 150), ('compass', 13, 35), ('water', 153, 200), ('sandwich', 50, 160), ('glucose', 15, 60), ('tin', 68, 45), ('banana', 27, 60), ('apple', 39, 40), ('cheese', 23, 30), ('beer', 52, 10), ('suntan', 11, 70), ('camera', 32, 30)]
def knapsack01(items, cap):
    best = [(0, ())] * (cap + 1)
    for name, w, v in items:
        for c in range(cap, w - 1, -1):
            cand = (best[c - w][0] + v, best[c - w][1] + (name,))
            if cand[0] > best[c][0]:
                best[c] = cand
    return best[cap]
value, chosen = knapsack01(items, 400)
print(value, sorted(chosen), sum(w for n, w, v in items if n in chosen))
def fractional(items, cap):
    total, taken = 0.0, []
    for name, w, v in sorted(items, key=lambda t: -t[2] / t[1]):
        take = min(w, cap)
        if take <= 0:
            break
        total += v * take / w
        cap -= take
        taken.append((name, round(take / w, 3)))
    return round(total, 3), taken
print(fractional(items, 100))
def subset_sum(nums, target):
    reach = {0: []}
    for n in nums:
        for s, path in list(reach.items()):
            if s + n not in reach and s + n <= target:
                reach[s + n] = path + [n]
    return reach.get(target)
print(subset_sum([3, 34, 4, 12, 5, 2], 9), subset_sum([3, 34, 4, 12, 5, 2], 30), subset_sum(list(range(1, 20)), 100))
