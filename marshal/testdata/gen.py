"""Writes cases.json: marshal.dumps of assorted values (hex), marshal.loads results of
bad data (exception type and message), and importlib.util.source_hash of sources.

Run: PYENV_VERSION=3.13.0 python3.13 testdata/gen.py
"""
import importlib.util, json, marshal, os, sys

assert sys.version_info[:2] == (3, 13)
values = [None, True, False, ..., StopIteration, 0, 1, -1, 2**31 - 1, -2**31, 2**31, -2**31 - 1, 2**63, -2**100, 10**50,
          0.0, -0.0, 1.5, 1e300, float("inf"), 1j, 1.5 - 2j, b"", b"abc\x00\xff", "", "a", "abc", "é", "\U0001F600", "x" * 300,
          "é" * 300, (), (1,), (1, "a", (2.0, None)), tuple(range(300)), [1, [2]], {"a": 1, 2: [3]}, frozenset(), frozenset({1}),
          {1}, ("dup", "dup")]
dumps = []
for v in values:
    dumps.append({"repr": repr(v)[:60], "hex": marshal.dumps(v).hex()})
code = compile("def f(a, *b, c=1):\n    return [x * 2 for x in b if x] + [a, c, 'é', 1.5, 2**100]\nclass C:\n    pass\n", "<gen>", "exec")
dumps.append({"repr": "<code>", "hex": marshal.dumps(code).hex()})
bad = []
for h in ["", "e9", "ff", "69", "6901", "7a05616263", "7301000000", "290201", "72000000", "6cfeffffff0100", "7b", "28ffffffff",
          "6c010000000080", "6c0100000000", "75020000ffff", "28010000004e"]:
    try:
        marshal.loads(bytes.fromhex(h))
        bad.append({"hex": h, "type": "OK", "msg": ""})
    except Exception as e:
        bad.append({"hex": h, "type": type(e).__name__, "msg": str(e)})
hashes = [{"hex": s.hex(), "hash": importlib.util.source_hash(s).hex()}
          for s in [b"", b"a", b"hello world", b"x" * 7, b"x" * 8, b"x" * 9, b"print(1)\n" * 100]]
with open(os.path.join(os.path.dirname(__file__), "cases.json"), "w") as f:
    json.dump({"dumps": dumps, "bad": bad, "hashes": hashes}, f, indent=1)
    f.write("\n")
