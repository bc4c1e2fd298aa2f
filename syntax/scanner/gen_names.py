"""Writes unames.txt.gz: the Unicode character names python3.13's unicodedata knows,
one "NAME;HEX" line each, for \\N{...} escapes. Algorithmic names (CJK unified
ideographs, Hangul syllables) are computed by the scanner and left out.

Run (go generate does): python3.13 gen_names.py > unames.txt.gz
"""
import gzip, sys, unicodedata

assert sys.version_info[:2] == (3, 13), sys.version
lines = []
cjk = []
for cp in range(0x110000):
    if unicodedata.name(chr(cp), "").startswith("CJK UNIFIED IDEOGRAPH-"):
        if cjk and cjk[-1][1] == cp - 1:
            cjk[-1][1] = cp
        else:
            cjk.append([cp, cp])
lines.append("#CJK " + ",".join(f"{a:X}-{b:X}" for a, b in cjk))
for cp in range(0x110000):
    name = unicodedata.name(chr(cp), None)
    if name is None or name.startswith(("CJK UNIFIED IDEOGRAPH-", "HANGUL SYLLABLE ")):
        continue
    lines.append(f"{name};{cp:X}")
data = ("\n".join(lines) + "\n").encode()
with gzip.GzipFile("unames.txt.gz", "wb", fileobj=sys.stdout.buffer, mtime=0) as f:
    f.write(data)
print(len(lines), "names", unicodedata.unidata_version, file=sys.stderr)
