# The operations bench/complexity.sh times at doubling sizes. Each entry is
# (setup, body): the body does Theta(n) total work under CPython's complexity
# (n constant-time calls, a constant number of linear ones, or a sort), so its time
# should double with n; an operation that grows faster has worse complexity.
# Usage: complexity.py list | complexity.py NAME N
# prints the body's CPU time in seconds per run: the process's user+system time from
# /proc/self/stat (10 ms ticks; other processes' load does not count), summed over
# as many fresh setup+body runs as it takes to pass 0.3 s.
import sys

OPS = {
    # list
    "list.append": ("x = []", "for i in range(n): x.append(i)"),
    "list.pop": ("x = list(range(n))", "for i in range(n): x.pop()"),
    "list.pop(0)": ("x = list(range(n))", "for i in range(500): x.pop(0)"),
    "list.insert(0)": ("x = list(range(n))", "for i in range(500): x.insert(0, i)"),
    "list.index": ("x = list(range(n))", "for i in range(20): x.index(n - 1)"),
    "list.count": ("x = list(range(n))", "for i in range(20): x.count(-1)"),
    "list.remove": ("x = list(range(n))", "for i in range(20): x.remove(n - 1 - i)"),
    "list.extend": ("x = []; y = list(range(n))", "for i in range(20): x.extend(y)"),
    "list.reverse": ("x = list(range(n))", "for i in range(50): x.reverse()"),
    "list.sort": ("x = [(i * 7919) % n for i in range(n)]", "for i in range(3): sorted(x)"),
    "list.sort(sorted)": ("x = list(range(n))", "for i in range(30): x.sort()"),
    "list.copy": ("x = list(range(n))", "for i in range(50): x.copy()"),
    "list+": ("x = list(range(n))", "for i in range(30): x + x"),
    "list*": ("x = list(range(n // 10))", "for i in range(30): x * 10"),
    "list.in": ("x = list(range(n))", "for i in range(20): -1 in x"),
    "list==": ("x = list(range(n)); y = list(range(n))", "for i in range(50): x == y"),
    "list<": ("x = list(range(n)); y = list(range(n))", "for i in range(50): x < y"),
    "list[i]": ("x = list(range(n))", "for i in range(n): x[i]"),
    "list[i]=": ("x = list(range(n))", "for i in range(n): x[i] = i"),
    "list[a:b]": ("x = list(range(n))", "for i in range(50): x[1:-1]"),
    "list[a:b]=": ("x = list(range(n)); y = list(range(n))", "for i in range(30): x[1:-1] = y"),
    "del list[0]": ("x = list(range(n))", "for i in range(500): del x[0]"),
    "del list[-1]": ("x = list(range(n))", "for i in range(n): del x[-1]"),
    "list+=": ("x = []; y = [1, 2, 3]", "for i in range(n): x += y"),
    "list.iter": ("x = list(range(n))", "for i in range(10):\n    for y in x: pass"),
    "reversed(list)": ("x = list(range(n))", "for i in range(10):\n    for y in reversed(x): pass"),
    "list(range)": ("", "for i in range(20): list(range(n))"),
    "list.clear": ("x = list(range(n))", "for i in range(50): y = x.copy(); y.clear()"),
    # tuple
    "tuple(list)": ("x = list(range(n))", "for i in range(50): tuple(x)"),
    "tuple.index": ("x = tuple(range(n))", "for i in range(20): x.index(n - 1)"),
    "tuple+": ("x = tuple(range(n))", "for i in range(30): x + x"),
    "tuple.hash": ("x = tuple(range(n))", "for i in range(30): hash(x)"),
    "tuple[a:b]": ("x = tuple(range(n))", "for i in range(50): x[1:-1]"),
    "tuple==": ("x = tuple(range(n)); y = tuple(range(n))", "for i in range(50): x == y"),
    # dict
    "dict[k]=": ("d = {}", "for i in range(n): d[i] = i"),
    "dict[k]": ("d = dict.fromkeys(range(n))", "for i in range(n): d[i]"),
    "dict[str]": ("k = [str(i) for i in range(n)]; d = dict.fromkeys(k)", "for s in k: d[s]"),
    "del dict[k]": ("d = dict.fromkeys(range(n))", "for i in range(n): del d[i]"),
    "dict.get": ("d = dict.fromkeys(range(n))", "for i in range(n): d.get(-i)"),
    "dict.pop": ("d = dict.fromkeys(range(n))", "for i in range(n): d.pop(i)"),
    "dict.popitem": ("d = dict.fromkeys(range(n))", "for i in range(n): d.popitem()"),
    "dict.setdefault": ("d = {}", "for i in range(n): d.setdefault(i, i)"),
    "dict.update": ("d = {}; e = dict.fromkeys(range(n))", "for i in range(10): d.update(e)"),
    "dict.copy": ("d = dict.fromkeys(range(n))", "for i in range(20): d.copy()"),
    "dict.items": ("d = dict.fromkeys(range(n))", "for i in range(10):\n    for k, v in d.items(): pass"),
    "dict.in": ("d = dict.fromkeys(range(n))", "for i in range(n): i in d"),
    "dict|": ("d = dict.fromkeys(range(n)); e = dict.fromkeys(range(n, 2 * n))", "for i in range(10): d | e"),
    "dict|=": ("d = {}; e = dict.fromkeys(range(n))", "for i in range(10): d |= e"),
    "dict==": ("d = dict.fromkeys(range(n)); e = dict.fromkeys(range(n))", "for i in range(20): d == e"),
    "dict.fromkeys": ("x = list(range(n))", "for i in range(20): dict.fromkeys(x)"),
    "dict(pairs)": ("x = [(i, i) for i in range(n)]", "for i in range(10): dict(x)"),
    "dict.keys&": ("d = dict.fromkeys(range(n)); e = dict.fromkeys(range(0, 2 * n, 2))", "for i in range(10): d.keys() & e.keys()"),
    "dict.keys-": ("d = dict.fromkeys(range(n)); e = dict.fromkeys(range(0, 2 * n, 2))", "for i in range(10): d.keys() - e.keys()"),
    "dict del+insert": ("d = dict.fromkeys(range(n))", "for i in range(n): del d[i]; d[i + n] = 0"),
    # set / frozenset
    "set.add": ("s = set()", "for i in range(n): s.add(i)"),
    "set.discard": ("s = set(range(n))", "for i in range(n): s.discard(i)"),
    "set.remove": ("s = set(range(n))", "for i in range(n): s.remove(i)"),
    "set.pop": ("s = set(range(n))", "for i in range(n): s.pop()"),
    "set.in": ("s = set(range(n))", "for i in range(n): i in s"),
    "set(list)": ("x = list(range(n))", "for i in range(20): set(x)"),
    "set.copy": ("s = set(range(n))", "for i in range(20): s.copy()"),
    "set.update": ("s = set(); x = list(range(n))", "for i in range(10): s.update(x)"),
    "set|": ("s = set(range(n)); t = set(range(n // 2, n + n // 2))", "for i in range(10): s | t"),
    "set&": ("s = set(range(n)); t = set(range(n // 2, n + n // 2))", "for i in range(10): s & t"),
    "set-": ("s = set(range(n)); t = set(range(n // 2, n + n // 2))", "for i in range(10): s - t"),
    "set^": ("s = set(range(n)); t = set(range(n // 2, n + n // 2))", "for i in range(10): s ^ t"),
    "set|=": ("s = set(); t = set(range(n))", "for i in range(10): s |= t"),
    "set&=": ("s = set(range(n)); t = set(range(n))", "for i in range(10): s &= t"),
    "set-=(small)": ("s = set(range(n)); t = {-1, -2, -3}", "for i in range(n): s -= t"),
    "set^=": ("s = set(); t = set(range(n))", "for i in range(10): s ^= t"),
    "set.difference_update(small)": ("s = set(range(n))", "for i in range(n): s.difference_update((i,))"),
    "set.difference_update(sieve)": ("", "s = set(range(3, n, 2))\np = 3\nwhile p * p < n:\n    if p in s: s.difference_update(set(range(p * p, n, p)))\n    p += 2"),
    "set.intersection_update": ("s = set(range(n)); t = set(range(n))", "for i in range(10): s.intersection_update(t)"),
    "set.symmetric_difference_update": ("s = set(); t = list(range(n))", "for i in range(10): s.symmetric_difference_update(t)"),
    "set.issubset": ("s = set(range(n)); t = set(range(n))", "for i in range(20): s.issubset(t)"),
    "set.isdisjoint": ("s = set(range(n)); t = set(range(n, 2 * n))", "for i in range(20): s.isdisjoint(t)"),
    "set==": ("s = set(range(n)); t = set(range(n))", "for i in range(20): s == t"),
    "set.iter": ("s = set(range(n))", "for i in range(10):\n    for x in s: pass"),
    "frozenset.hash": ("x = list(range(n))", "for i in range(10): hash(frozenset(x))"),
    "set.clear": ("x = list(range(n))", "for i in range(10): s = set(x); s.clear()"),
    # str
    "str.join": ("x = [str(i) for i in range(n)]", "for i in range(10): ''.join(x)"),
    "str.split": ("s = ' '.join(['ab'] * n)", "for i in range(10): s.split()"),
    "str.replace": ("s = 'ab' * n", "for i in range(10): s.replace('a', 'xy')"),
    "str.find": ("s = 'a' * n + 'b'", "for i in range(50): s.find('b')"),
    "str.in": ("s = 'ab' * n", "for i in range(50): 'abc' in s"),
    "str.count": ("s = 'ab' * n", "for i in range(20): s.count('a')"),
    "str+=": ("s = ''", "for i in range(n): s += 'x'"),
    "str.upper": ("s = 'ab' * n", "for i in range(20): s.upper()"),
    "str.strip": ("s = ' ' * n + 'a' + ' ' * n", "for i in range(50): s.strip()"),
    "str.encode": ("s = 'ab' * n", "for i in range(50): s.encode()"),
    "str[::-1]": ("s = 'ab' * n", "for i in range(50): s[::-1]"),
    "str[i]": ("s = 'ab' * n", "for i in range(n): s[i]"),
    "str.iter": ("s = 'ab' * n", "for c in s: pass"),
    "str*": ("s = 'ab'", "for i in range(50): s * n"),
    "str==": ("s = 'ab' * n; t = 'ab' * n", "for i in range(50): s == t"),
    "str.splitlines": ("s = 'ab\\n' * n", "for i in range(10): s.splitlines()"),
    "str%": ("x = tuple(range(n)); f = '%d ' * n", "for i in range(5): f % x"),
    "str.format": ("x = list(range(n)); f = '{} ' * n", "for i in range(5): f.format(*x)"),
    "str(list)": ("x = list(range(n))", "for i in range(5): str(x)"),
    # bytes / bytearray
    "bytes.join": ("x = [b'ab'] * n", "for i in range(20): b''.join(x)"),
    "bytes.find": ("s = b'a' * n + b'b'", "for i in range(50): s.find(b'b')"),
    "bytes.replace": ("s = b'ab' * n", "for i in range(10): s.replace(b'a', b'xy')"),
    "bytes.decode": ("s = b'ab' * n", "for i in range(50): s.decode()"),
    "bytes.hex": ("s = b'ab' * n", "for i in range(20): s.hex()"),
    "bytes+=": ("s = b''", "for i in range(n // 4): s += b'x'"),
    "bytearray.append": ("b = bytearray()", "for i in range(n): b.append(65)"),
    "bytearray+=": ("b = bytearray()", "for i in range(n): b += b'xy'"),
    "bytearray.pop": ("b = bytearray(n)", "for i in range(n): b.pop()"),
    "del bytearray[:1]": ("b = bytearray(n)", "for i in range(n // 2): del b[:1]"),
    "bytearray.extend": ("b = bytearray(); x = bytes(n)", "for i in range(20): b.extend(x)"),
    # range and builtins over containers
    "range.in": ("r = range(n)", "for i in range(n): i in r"),
    "sorted": ("x = [(i * 7919) % n for i in range(n)]", "for i in range(3): sorted(x)"),
    "min/max/sum": ("x = list(range(n))", "for i in range(10): min(x); max(x); sum(x)"),
    "enumerate/zip": ("x = list(range(n))", "for i in range(5):\n    for a, b in zip(x, x): pass\n    for a, b in enumerate(x): pass"),
    "list comprehension": ("x = list(range(n))", "for i in range(10): [y for y in x]"),
    "dict comprehension": ("x = list(range(n))", "for i in range(5): {y: y for y in x}"),
}

if sys.argv[1] == "list":
    for name in OPS:
        print(name)
    sys.exit(0)


def cpu():
    with open("/proc/self/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / 100  # utime + stime, in ticks of 1/100 s


name, n = sys.argv[1], int(sys.argv[2])
setup, body = OPS[name]
setup_code, body_code = compile(setup, "setup", "exec"), compile(body, name, "exec")
total, runs = 0.0, 0
while total < 0.3 and runs < 200:
    g = {"n": n}
    exec(setup_code, g)
    t0 = cpu()
    exec(body_code, g)
    total += cpu() - t0
    runs += 1
print(total / runs)
