"""json.dumps and json.loads of a generated 10 MB document (records of strs,
ints, floats, bools, nulls, nested lists and some non-ASCII text): prints the
best of three times for each, and a checksum so runs can be compared."""
import json
import time


def make_doc(n):
    rows = []
    for i in range(n):
        rows.append({
            'id': i,
            'name': 'item-%d' % i,
            'price': i * 1.25 + 0.1,
            'ok': i % 3 == 0,
            'note': None if i % 5 else 'caf\u00e9 \u2603 "quoted" \\ line\n',
            'tags': ['a', 'bb', 'ccc'][: i % 4],
            'pos': {'x': i % 97, 'y': -i, 'z': [i / 7, 1e-5 * i]},
        })
    return {'rows': rows, 'count': n}


def best(fn, runs=3):
    t = None
    for _ in range(runs):
        t0 = time.perf_counter()
        r = fn()
        dt = time.perf_counter() - t0
        t = dt if t is None else min(t, dt)
    return t, r


doc = make_doc(60000)
t_dump, text = best(lambda: json.dumps(doc))
t_load, back = best(lambda: json.loads(text))
t_dump_ind, text2 = best(lambda: json.dumps(doc, indent=2, sort_keys=True, ensure_ascii=False))
assert back == doc
print('size %.1f MB' % (len(text) / 1e6), len(text2), sum(map(ord, text[::997])))
print('dumps %.3f s' % t_dump)
print('loads %.3f s' % t_load)
print('dumps(indent=2, sort_keys, no ascii) %.3f s' % t_dump_ind)
