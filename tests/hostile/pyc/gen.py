"""Writes the hostile .pyc corpus: code objects CPython's compiler never makes
(bad stack sizes, truncated or garbage location and exception tables, operands
out of range, unknown opcodes, inconsistent argument counts, mutable constants),
then runs each under python3.13 and records in expected.txt what it did:

    NAME rc=N exc=TYPE out=REPR     python3.13 finished (rc 0 or 1)
    NAME crash                      python3.13 died of a signal, hung, or read
                                    memory it does not own

Kaa must never crash on any of them, and must match python3.13 where it finished.
Usage: python3.13 gen.py   (from this directory)
"""
import importlib.util
import marshal
import os
import struct
import subprocess
import sys

HEADER = importlib.util.MAGIC_NUMBER + bytes(12)

ADDER = '''
def f(a, b):
    c = a + b
    try:
        return c / 0
    except ZeroDivisionError:
        return c
print(f(1, 2))
'''

RAISER = '''
def f(a, b):
    c = a + b
    return c / 0
try:
    f(1, 2)
except Exception as e:
    print(type(e).__name__, e.__traceback__.tb_lineno, e.__traceback__.tb_next.tb_lineno)
f(1, 2)
'''

LOOPER = '''
def f(a, b):
    c = a + b
    return c
n = 0
for i in range(400000):
    try:
        f(1, 2)
    except SystemError:
        n += 1
print(n)
'''

corpus = {}


def swap_inner(module, **changes):
    """module with its first nested code object replaced by a modified copy."""
    inner = module.co_consts[0]
    new = inner.replace(**changes)
    return module.replace(co_consts=tuple(new if c is inner else c for c in module.co_consts))


def patched(module, offset, new_bytes):
    """marshal data of module with the inner function's instruction bytes
    overwritten from offset (the length is kept, so marshal stays well formed)."""
    data = bytearray(marshal.dumps(module))
    at = data.find(module.co_consts[0].co_code)
    assert at > 0
    data[at + offset:at + offset + len(new_bytes)] = new_bytes
    return bytes(data)


adder = compile(ADDER, "m.py", "exec")
inner = adder.co_consts[0]
corpus["ok"] = marshal.dumps(adder)
for name, size in [("stack0", 0), ("stack1", 1), ("stack_2e30", 2**30)]:
    corpus[name] = marshal.dumps(swap_inner(adder, co_stacksize=size))
corpus["module_stack_max"] = marshal.dumps(adder.replace(co_stacksize=2**31 - 1))
corpus["lines_garbage"] = marshal.dumps(swap_inner(adder, co_linetable=b"\xff\x00\x13\x80\x80\x80\x80" * 5))
corpus["lines_bytes"] = marshal.dumps(swap_inner(adder, co_linetable=bytes(range(256))))
corpus["except_garbage"] = marshal.dumps(swap_inner(adder, co_exceptiontable=b"\xff" * 10))
corpus["except_deep"] = marshal.dumps(swap_inner(adder, co_exceptiontable=bytes([0xC5, 3, 200, 1])))
for name, code in {
    "const_oob": [149, 0, 83, 200, 36, 0],
    "fast_oob": [149, 0, 85, 200, 36, 0],
    "jump_out": [149, 0, 77, 200, 36, 0],
    "fall_off": [149, 0, 9, 0],
    "ext_arg": [69, 255, 69, 255, 69, 255, 85, 255, 36, 0],
    "pop_empty": [149, 0, 32, 0, 32, 0, 32, 0, 36, 0],
}.items():
    corpus[name] = marshal.dumps(swap_inner(adder, co_code=bytes(code)))
corpus["name_oob"] = marshal.dumps(adder.replace(co_code=bytes([149, 0, 91, 200, 36, 0])))
for name, units in {"opcode_fe": [0xFE, 0], "opcode_ff": [0xFF, 0], "instrumented": [240, 0]}.items():
    corpus[name] = patched(adder, 2, bytes(units * 4))
corpus["list_const"] = marshal.dumps(adder.replace(co_consts=adder.co_consts + ([1, 2],)))
corpus["mutable_consts"] = marshal.dumps(swap_inner(adder, co_consts=([1, 2], {3: 4}, {5})))

raiser = compile(RAISER, "m.py", "exec")
table = raiser.co_consts[0].co_linetable
for cut in range(1, len(table), 3):
    corpus["lines_cut%d" % cut] = marshal.dumps(swap_inner(raiser, co_linetable=table[:cut]))
corpus["lines_ff"] = marshal.dumps(swap_inner(raiser, co_linetable=b"\xff" * 20))
corpus["lines_varint"] = marshal.dumps(swap_inner(raiser, co_linetable=b"\xf0" + b"\x7f" * 11))

# Counts and flags CPython's own validation rejects, written into the marshal data.
data = marshal.dumps(adder)
counts = struct.pack("<iiii", 2, 0, 0, inner.co_stacksize)
at = data.find(counts)
assert at > 0
for name, fields in {"argcount_5": (5, 0, 0, inner.co_stacksize), "posonly_3": (2, 3, 0, inner.co_stacksize),
                     "kwonly_neg": (2, 0, -1, inner.co_stacksize), "stack_neg": (2, 0, 0, -1)}.items():
    d = bytearray(data)
    d[at:at + 16] = struct.pack("<iiii", *fields)
    corpus[name] = bytes(d)
d = bytearray(data)
d[at + 16:at + 20] = struct.pack("<i", -5)
corpus["flags_neg"] = bytes(d)
code_at = at + 20
assert d[code_at] & 0x7F == ord("s")
n = struct.unpack("<i", data[code_at + 1:code_at + 5])[0]
d = bytearray(data)
d[code_at + 1:code_at + 5] = struct.pack("<i", n - 1)
del d[code_at + 5 + n - 1]
corpus["code_odd"] = bytes(d)

# An internal error caught 400,000 times must not grow anything.
looper = compile(LOOPER, "m.py", "exec")
body = bytearray(looper.co_consts[0].co_code)
k = body.index(85)  # LOAD_FAST c  ->  LOAD_CONST 200
corpus["internal_error_loop"] = patched(looper, k, bytes([83, 200]))

for old in os.listdir("."):
    if old.endswith(".pyc"):
        os.remove(old)
# Undefined behaviour in python3.13: reading past the end of the locals prints
# whatever memory holds; a stack smaller than the code needs is written past.
# Kaa raises SystemError for them.
UNDEFINED = {"fast_oob", "stack0", "stack1"}
lines = []
for name, payload in sorted(corpus.items()):
    with open(name + ".pyc", "wb") as fp:
        fp.write(HEADER + payload)
    if name in UNDEFINED:
        lines.append(name + " crash")
        continue
    try:
        r = subprocess.run([sys.executable, name + ".pyc"], capture_output=True, text=True, timeout=60,
                           env={"PYTHONHASHSEED": "0", "PATH": os.environ.get("PATH", "")})
    except subprocess.TimeoutExpired:
        lines.append(name + " crash")
        continue
    if r.returncode not in (0, 1):
        lines.append(name + " crash")
        continue
    last = [l for l in r.stderr.splitlines() if l.strip()]
    exc = last[-1].split(":")[0] if r.returncode and last else "-"
    lines.append("%s rc=%d exc=%s out=%r" % (name, r.returncode, exc, r.stdout))
with open("expected.txt", "w") as fp:
    fp.write("\n".join(lines) + "\n")
