def flatten(x):
    if isinstance(x, list):
        return [y for item in x for y in flatten(item)]
    return [x]
print(flatten([1, [2, [3, [4, [5]]]], [], [[6], 7]]))
def depth(x):
    return 1 + max((depth(i) for i in x), default=0) if isinstance(x, list) else 0
print(depth([1, [2, [3]]]), depth([]), depth(5))
def tree_sum(t):
    if t is None:
        return 0
    v, l, r = t
    return v + tree_sum(l) + tree_sum(r)
t = (1, (2, (4, None, None), None), (3, None, (5, None, None)))
print(tree_sum(t))
def paths(t, prefix=()):
    if t is None:
        return []
    v, l, r = t
    if l is None and r is None:
        return [prefix + (v,)]
    return paths(l, prefix + (v,)) + paths(r, prefix + (v,))
print(paths(t))
def merge_dicts(a, b):
    out = dict(a)
    for k, v in b.items():
        if k in out and isinstance(out[k], dict) and isinstance(v, dict):
            out[k] = merge_dicts(out[k], v)
        else:
            out[k] = v
    return out
print(merge_dicts({'a': {'x': 1, 'y': {'p': 1}}, 'b': 2}, {'a': {'y': {'q': 2}, 'z': 3}, 'c': 4}))
def permutations(s):
    if len(s) <= 1:
        return [s]
    return [c + p for i, c in enumerate(s) for p in permutations(s[:i] + s[i + 1:])]
print(permutations('abc'), len(permutations('abcde')), len(set(permutations('aabb'))))
def bin_strings(n):
    return [''] if n == 0 else [p + b for p in bin_strings(n - 1) for b in '01']
print(bin_strings(3))
