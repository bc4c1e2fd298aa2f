# memoryview over bytes and bytearray: formats, cast() to typed and N-dimensional views,
# indexing, slicing with steps, tolist, comparison, hashing, release, and the
# export count that stops a viewed bytearray from being resized.
def t(f):
  try: print(repr(f()))
  except Exception as e: print(type(e).__name__, e)
m=memoryview(bytearray(range(12)))
m2=m.cast("B",[3,4])
t(lambda: m2[0]); t(lambda: m2[1,2]); t(lambda: m2[1]); t(lambda: m2.tolist()); t(lambda: len(m2)); t(lambda: m2[0:1].tolist()); t(lambda: m2[1,2,3]); t(lambda:m2.strides)
m0=memoryview(b"abcd").cast("i",[]); t(lambda: m0.shape); t(lambda: m0[()]); t(lambda: m0.tolist()); t(lambda: len(m0)); t(lambda: m0[0]); t(lambda: m0[...].tolist())
t(lambda: m[::2].cast("B")); t(lambda: hash(memoryview(b"abcd").cast("i"))); t(lambda: hash(memoryview(bytearray(2))))
t(lambda: m[1.5]); t(lambda: m["a"]); t(lambda: m[20]); t(lambda: m[-20]);t(lambda: m[None])
t(lambda: m.cast("i").cast("h")); t(lambda: m.cast("B",[2,6]).cast("B",[3,4]))
t(lambda: memoryview(bytearray(6)).cast("i"))
t(lambda: memoryview(5)); t(lambda: memoryview("abc"))
r=memoryview(b"ab"); r.release(); t(lambda: r[0]); t(lambda: len(r)); t(lambda: r.tolist()); t(lambda: r.format); t(lambda: r==r); t(lambda:r.release())
with memoryview(b"x") as q: pass
t(lambda: q.tobytes())
ba=bytearray(b"abc"); mv=memoryview(ba)
t(lambda: ba.append(1)); t(lambda: ba.extend(b"x")); t(lambda: ba.pop()); t(lambda: ba.clear());t(lambda: ba.__setitem__(slice(0,1), b"xy")); t(lambda: ba.__setitem__(slice(0,1), b"x"));t(lambda: ba.__iadd__(b"x"));t(lambda: ba.__imul__(2)); t(lambda: ba.__init__(b"x")); t(lambda: ba.__delitem__(0)); t(lambda: ba.remove(97)); t(lambda: ba.insert(0, 1))
mv.release(); ba.append(1); print(ba)
t(lambda: memoryview(b"ab").__setitem__(0, 1)); t(lambda: memoryview(bytearray(b"ab")).__delitem__(0)); t(lambda: memoryview(bytearray(b"ab")).__setitem__(slice(0,2), b"abc"))
t(lambda: memoryview(bytearray(b"ab")).cast("c").tolist())
t(lambda: memoryview(bytearray(b"ab")).cast("?").tolist())
t(lambda: memoryview(bytearray(8)).cast("e").tolist())
t(lambda: memoryview(bytearray(8)).cast("P").tolist())
t(lambda: memoryview(bytearray(b"abcd")).cast("i") == memoryview(b"abcd").cast("I"))
t(lambda: memoryview(bytearray(b"abcd")).cast("i") == memoryview(b"abcd"))
t(lambda: memoryview(b"ab").hex(":"))
t(lambda: memoryview(b"ab") < memoryview(b"ab"))
t(lambda: m.cast("i", [1,3]).tolist())
t(lambda: m.cast(b"B"))
t(lambda: m.cast("B", shape=[12]).tolist())
t(lambda: memoryview(b"ab").toreadonly().tolist())
# dropped views
ba = bytearray(b"xyz")
memoryview(ba)[0]
ba.append(1)
x = memoryview(ba); del x
ba.append(2)
def f(b):
    return bytes(memoryview(b)[1:])
f(ba); ba.append(3); print(ba)
for i in range(3):
    with memoryview(ba) as v: v[0] = 65+i
    ba.append(i)
print(ba)
d = memoryview(bytearray(16)).cast("d"); d[0] = 1.5; d[1] = float("nan"); print(d.tolist(), d == d, d[:1] == d[:1])
e = memoryview(bytearray(4)).cast("e"); e[0] = 65504.0; e[1]=1e-7; print(e.tolist()); t(lambda: e.__setitem__(0, 65520.0))
s = memoryview(bytearray(range(10)))[::3]; print(s.tolist(), s.strides, s.c_contiguous, bytes(s), s.tobytes(), s.hex())
s[1] = 99; print(s.tolist())
s[0:2] = b"\x01\x02"; print(s.tolist())
print(list(memoryview(b"abc")), type(iter(memoryview(b""))).__name__)
print(b"-".join([memoryview(b"a"), memoryview(bytearray(b"b"))]), bytes(memoryview(b"abcd").cast("i")), bytearray(memoryview(b"q")))
print(memoryview(b"abcd").cast("i").nbytes, memoryview(b"abcd").cast("i").itemsize)
import struct
print(struct.unpack_from("i", memoryview(b"\x01\x00\x00\x00")))
print(hash(memoryview(b"abc")) == hash(b"abc"))
m = memoryview(b"abc"); print(m.obj, m[::-1].tobytes(), m[-1], m[::-1].tolist())
