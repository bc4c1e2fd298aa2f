"""Writes repr.json: python3.13's repr() of floats, complex numbers, strings and bytes,
with each value encoded exactly (float.hex, UTF-8 with surrogatepass as hex).

Run (go generate does, in constant/): python3.13 testdata/gen_repr.py > testdata/repr.json
"""
import json, os, sys

assert sys.version_info[:2] == (3, 13)
floats = [0.0, -0.0, 1.0, 0.1, 1e16, 1e15, 123456789012345678.0, 1e-4, 1e-5, 1.5e300, 5e-324, float("inf"),
          -float("inf"), float("nan"), 2.0 ** 53, 1 / 3, 100.0, 1e22, 12345.678, -2.5e-7, 9.999999999999999e15]
complexes = [1j, 0j, -0j, 1 + 2j, 1.5 - 0.5j, complex(0.0, -0.0), complex(-0.0, 0.0), complex(-0.0, -1.0),
             complex(float("inf"), float("nan")), 1e20j, complex(1e-5, 1e16)]
strs = ["", "a", "it's", 'say "hi"', "both ' and \"", "\\", "\t\n\r", "\x00\x7f\x80\xa0", "é€😀", "\u2028\u200b",
        "\ud800", "\udfff x", "\U000e0001", "\u0378", "\u3000", "\u2ffc", "a'b\"c"]
bytes_ = [b"", b"abc", b"it's", b'say "hi"', b"\x00\xff\t\n\r\\", b"'\""]
out = {
    "floats": [{"hex": f.hex(), "repr": repr(f)} for f in floats],
    "complex": [{"re": c.real.hex(), "im": c.imag.hex(), "repr": repr(c)} for c in complexes],
    "strs": [{"utf8": s.encode("utf-8", "surrogatepass").hex(), "repr": repr(s)} for s in strs],
    "bytes": [{"hex": b.hex(), "repr": repr(b)} for b in bytes_],
    "tuples": [{"repr": repr(t)} for t in [(), (1,), (1, "a", (2.5, None, ...)), (True, False)]],
}
json.dump(out, sys.stdout, indent=1, ensure_ascii=True)
sys.stdout.write("\n")
