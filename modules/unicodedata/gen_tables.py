"""Generate tables_gen.go and names.bin for the unicodedata module from
python3.13's unicodedata (Unicode 15.1.0).

Run by go generate: python3.13 gen_tables.py [OUTDIR] (OUTDIR defaults to
this directory; the package test regenerates into a temporary one to check
that the committed files are current).

Aliases and named sequences are not enumerable from Python, so the candidates
come from Perl's Unicode name table (Name.pl, if present) and are kept only
when python3.13's unicodedata.lookup accepts them; the result is committed in
aliases.txt, which later runs read when Name.pl is absent.
"""
import os
import re
import sys
import unicodedata as U
import zlib

assert U.unidata_version == "15.1.0", U.unidata_version
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = sys.argv[1] if len(sys.argv) > 1 else HERE

ALGO = ["CJK UNIFIED IDEOGRAPH-", "CJK COMPATIBILITY IDEOGRAPH-", "TANGUT IDEOGRAPH-",
        "KHITAN SMALL SCRIPT CHARACTER-", "NUSHU CHARACTER-"]

cats, bidis, eaws = [], [], []


def ix(lst, v):
    if v not in lst:
        lst.append(v)
    return lst.index(v)


def props(db, c):
    ch = chr(c)
    return (ix(cats, db.category(ch)), ix(bidis, db.bidirectional(ch)), db.combining(ch),
            ix(eaws, db.east_asian_width(ch)), db.mirrored(ch))


# Records of (category, bidirectional, combining, east_asian_width, mirrored).
ix(cats, "Cn"); ix(bidis, ""); ix(eaws, "N")
records = [(0, 0, 0, 0, 0)]
recindex = {records[0]: 0}
BLOCK = 128
cprec = []
for c in range(0x110000):
    r = props(U, c)
    if r not in recindex:
        recindex[r] = len(records)
        records.append(r)
    cprec.append(recindex[r])
blocks, stage1 = {}, []
stage2 = []
for b in range(0x110000 // BLOCK):
    blk = tuple(cprec[b * BLOCK:(b + 1) * BLOCK])
    if blk not in blocks:
        blocks[blk] = len(blocks)
        stage2.extend(blk)
    stage1.append(blocks[blk])
assert len(records) < 65536 and len(blocks) < 65536

# The 3.2.0 database: its own first stage over the same pool of blocks.
old = U.ucd_3_2_0
stage1old = []
for b in range(0x110000 // BLOCK):
    blk = []
    for c in range(b * BLOCK, (b + 1) * BLOCK):
        o = props(old, c)
        if o not in recindex:
            recindex[o] = len(records)
            records.append(o)
        blk.append(recindex[o])
    blk = tuple(blk)
    if blk not in blocks:
        blocks[blk] = len(blocks)
        stage2.extend(blk)
    stage1old.append(blocks[blk])
assert len(records) < 65536 and len(blocks) < 65536

# Numeric values: (code point, decimal, digit, numeric text) for both versions.
def numerics(db):
    out = []
    for c in range(0x110000):
        ch = chr(c)
        n = db.numeric(ch, None)
        if n is None:
            continue
        out.append((c, db.decimal(ch, -1), db.digit(ch, -1), repr(n)))
    return out


nums, nums32 = numerics(U), numerics(old)
decomp = [(c, U.decomposition(chr(c))) for c in range(0x110000) if U.decomposition(chr(c))]
decomp32 = [(c, old.decomposition(chr(c))) for c in range(0x110000)
            if old.decomposition(chr(c)) != U.decomposition(chr(c))]

# Names: algorithmic ranges, Hangul syllables (computed), and the rest listed.
ranges, names = [], []
for c in range(0x110000):
    n = U.name(chr(c), None)
    if n is None:
        continue
    if n.startswith("HANGUL SYLLABLE ") and 0xAC00 <= c <= 0xD7A3:
        continue
    p = next((p for p in ALGO if n == p + "%04X" % c), None)
    if p is not None:
        if ranges and ranges[-1][2] == p and ranges[-1][1] == c - 1:
            ranges[-1][1] = c
        else:
            ranges.append([c, c, p])
        continue
    names.append((c, n))
# Names that exist in 3.2.0: the rest are unassigned there (ucd_3_2_0.name fails).

# Aliases and named sequences.
alias_file = os.path.join(HERE, "aliases.txt")
name_pl = "/usr/share/perl/5.36.0/unicore/Name.pl"
aliases = []
if os.path.exists(name_pl) and OUT == HERE:
    text = open(name_pl).read()
    body = text.split("return <<'END';\n", 1)[1].split("\nEND\n", 1)[0]
    for entry in body.split("\n\n"):
        lines = entry.strip("\n").split("\n")
        if len(lines) != 2:
            continue
        cps, nm = lines
        try:
            s = "".join(chr(int(x, 16)) for x in cps.split())
        except ValueError:
            continue
        if len(s) == 1 and U.name(s, None) == nm:
            continue
        try:
            if U.lookup(nm) != s:
                continue
        except KeyError:
            continue
        aliases.append((nm, s))
    aliases = sorted(set(aliases))
    with open(alias_file, "w") as f:
        f.write("# Aliases and named sequences python3.13's unicodedata.lookup accepts (gen_tables.py).\n")
        for nm, s in aliases:
            f.write("%s;%s\n" % (nm, " ".join("%04X" % ord(ch) for ch in s)))
else:
    for line in open(alias_file):
        if line.startswith("#"):
            continue
        nm, cps = line.rstrip("\n").split(";")
        aliases.append((nm, "".join(chr(int(x, 16)) for x in cps.split())))

# names.bin: deflated text, one entry a line: explicit names as "HEXCP;NAME",
# then aliases and sequences as "=HEXCP[ HEXCP...];NAME".
lines = ["%X;%s" % (c, n) for c, n in names]
lines += ["=%s;%s" % (" ".join("%X" % ord(ch) for ch in s), nm) for nm, s in aliases]
blob = zlib.compress("\n".join(lines).encode("ascii"), 9)
with open(os.path.join(OUT, "names.bin"), "wb") as f:
    f.write(blob)


def gostr(b):
    return '"' + "".join("\\x%02x" % x for x in b) + '"'


def u16(vals):
    return b"".join(v.to_bytes(2, "little") for v in vals)


with open(os.path.join(OUT, "tables_gen.go"), "w") as f:
    w = f.write
    w("// Code generated by gen_tables.py from python3.13's unicodedata (Unicode %s); DO NOT EDIT.\n\n" % U.unidata_version)
    w("package unicodedata\n\n")
    w('const unidataVersion = "%s"\n\n' % U.unidata_version)
    w("var categories = []string{%s}\n\n" % ", ".join('"%s"' % x for x in cats))
    w("var bidiNames = []string{%s}\n\n" % ", ".join('"%s"' % x for x in bidis))
    w("var eawNames = []string{%s}\n\n" % ", ".join('"%s"' % x for x in eaws))
    w("// records: category, bidirectional, combining, east_asian_width, mirrored.\n")
    w("var records = [][5]uint8{\n")
    for r in records:
        w("\t{%d, %d, %d, %d, %d},\n" % r)
    w("}\n\n")
    w("const blockShift = %d\n\n" % (BLOCK.bit_length() - 1))
    w("// stage1[cp>>blockShift] is a block; stage2[block<<blockShift|cp&mask] a record (uint16, little-endian).\n")
    w("const stage1 = %s\n\n" % gostr(u16(stage1)))
    w("const stage2 = %s\n\n" % gostr(u16(stage2)))
    w("// stage1old is stage1 for Unicode 3.2.0 (ucd_3_2_0).\n")
    w("const stage1old = %s\n\n" % gostr(u16(stage1old)))
    for nm, lst in (("numerics", nums), ("numerics32", nums32)):
        w("var %s = []numeric{\n" % nm)
        for c, de, di, n in lst:
            w("\t{0x%X, %d, %d, %s},\n" % (c, de, di, n))
        w("}\n\n")
    w("// decompositions: sorted by code point; decompositions32 where Unicode 3.2.0's differs.\n")
    for nm, lst in (("decompositions", decomp), ("decompositions32", decomp32)):
        w("var %s = []decomposition{\n" % nm)
        for c, d in lst:
            w('\t{0x%X, "%s"},\n' % (c, d))
        w("}\n\n")
    w("// nameRanges: names made of a prefix and the code point in hex.\n")
    w("var nameRanges = []nameRange{\n")
    for a, b, p in ranges:
        w('\t{0x%X, 0x%X, "%s"},\n' % (a, b, p))
    w("}\n")
