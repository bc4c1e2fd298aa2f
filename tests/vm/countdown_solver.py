def solve(nums, target):
    best = [None]
    def search(items, exprs):
        for i, v in enumerate(items):
            if best[0] is None or abs(v - target) < abs(best[0][0] - target):
                best[0] = (v, exprs[i])
            if v == target:
                return True
        n = len(items)
        for i in range(n):
            for j in range(n):
                if i == j:
                    continue
                a, b = items[i], items[j]
                rest = [items[k] for k in range(n) if k not in (i, j)]
                rexp = [exprs[k] for k in range(n) if k not in (i, j)]
                cands = [(a + b, f'({exprs[i]}+{exprs[j]})')] if i < j else []
                cands += [(a * b, f'({exprs[i]}*{exprs[j]})')] if i < j and a > 1 and b > 1 else []
                cands += [(a - b, f'({exprs[i]}-{exprs[j]})')] if a > b else []
                cands += [(a // b, f'({exprs[i]}/{exprs[j]})')] if b > 1 and a % b == 0 else []
                for v, e in cands:
                    if search(rest + [v], rexp + [e]):
                        return True
        return False
    search(nums, [str(n) for n in nums])
    return best[0]
for nums, target in [([1, 3, 7, 10, 25, 50], 765), ([2, 3, 5], 31), ([4, 6], 24), ([100, 5, 3], 97)]:
    v, e = solve(nums, target)
    print(nums, target, v, e, eval(e.replace('/', '//')) == v)
