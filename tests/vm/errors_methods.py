tests = [
    '"a".join(1)', '"a".join([1])', '"a".split(1)', '"a".split(",", "x")', '"a".replace(1, 2)', '"a".replace("a")', '"a".center("x")', '"a".center(5, "xy")',
    '"a".zfill("x")', '"a".startswith(1)', '"a".endswith((1,))', '"a".encode(1)', '"a".encode("bogus-codec")', '"a".find()', '"a".count(1)',
    '"a".strip(1)', '"a".ljust()', '"a".expandtabs("x")', '"a".splitlines(1, 2)', '"a".partition(1)', '"a".translate(1)',
    '"a" * "b"', '"a" + 1', '"a"[1]', '"a"["x"]', '"a".index("b")', '"{0}{1}".format(1)', '"{x}".format()', '"%d" % "x"', '"%s %s" % (1,)',
    '[].append()', '[].append(1, 2)', '[].extend(1)', '[].insert(1)', '[].insert("a", 1)', '[].pop(1)', '[].pop("a")', '[].remove(1)', '[].index(1)',
    '[].sort(key=1)', '[3, "a"].sort()', '[].count()', '[1][2]', '[1]["a"]', '[1] * "a"', '[1] + (1,)', '[].__setitem__(0, 1)',
    '{}.get()', '{}.pop()', '{}.pop(1)', '{}.popitem()', '{}.update(1)', '{}.update([1])', '{}.setdefault()', '{}[[]]', '{}.fromkeys(1)', '{1: 2}[3]',
    '{}.keys(1)', '{} | 1', '{} | []', 'set().add()', 'set().remove(1)', 'set().pop()', 'set().update(1)', 'set() | []', 'set() < 1', 'frozenset().add',
    '(1,).index(2)', '(1,).count()', '(1,)[5]', '(1,) + [1]', 'b"a".decode(1)', 'b"a" + "a"', 'b"a".join(["a"])', 'b"a"[5]', 'bytearray(b"a").pop(5)',
    'range(1).index(5)', 'range(3)[9]', '(1).to_bytes(0, "big")', 'int.from_bytes("ab", "big")', '(1.5).as_integer_ratio(1)', 'float.fromhex(1)',
    '(1.0).hex(1)', 'True.real(1)', 'None.x', '(1).x', 'type.mro(1)', 'object.__new__(1)', 'object.__new__(int)', 'int.__new__(str)',
]
for src in tests:
    try:
        r = eval(src)
        print(src, '->', repr(r)[:40])
    except Exception as e:
        print(src, '!', type(e).__name__ + ':', e)
