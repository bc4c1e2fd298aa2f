# array.array: every typecode with values in and out of range, construction from
# each kind of initializer, the methods, slicing, comparisons, pickling through
# _array_reconstructor, the arrayiterator, and the buffer it exports.
import array, warnings
warnings.simplefilter("ignore")
def t(f):
  try: print(repr(f()))
  except Exception as e: print(type(e).__name__, e)
class I:
  def __index__(self): return 5
for tc in array.typecodes:
  a=array.array(tc, [1] if tc not in "uw" else "a")
  for v in [-1, 2**8, 2**15, 2**16, -2**15-1,2**31, -2**31-1,2**32, 2**63, -2**63-1, 2**64, 1.5, "x", "xy", I(), None, True, 10**40]:
    def f():
      a[0]=v; return a[0]
    print(tc, repr(v) if not isinstance(v,I) else "I()", end=" "); t(f)
t(lambda: array.array("x")); t(lambda: array.array(5)); t(lambda: array.array("ii")); t(lambda: array.array("i", typecode="i")); t(lambda: array.array())
t(lambda: array.array("i", "abc")); t(lambda: array.array("i", array.array("u","a"))); t(lambda: array.array("u", array.array("i"))); t(lambda: array.array("i", 5)); t(lambda: array.array("i", b"abcd")); t(lambda: array.array("i", b"abc"));t(lambda: array.array("u", b"abcd"))
a=array.array("i",[1,2,3])
t(lambda: a[5]); t(lambda: a["x"]); t(lambda: a+[1]); t(lambda: a+array.array("d")); t(lambda: a.__setitem__(slice(0,1),[1])); t(lambda: a.__setitem__(slice(0,3,2),array.array("i",[1,2,3]))); t(lambda: a.pop(9)); t(lambda: array.array("i").pop()); t(lambda: a.remove(9)); t(lambda: a.index(9)); t(lambda: a.extend(array.array("d"))); t(lambda: a.extend(5)); t(lambda: a.frombytes(b"abc")); t(lambda: a.frombytes("abc")); t(lambda: a.fromlist((1,))); t(lambda: a.fromunicode("a")); t(lambda: array.array("u").fromunicode(5)); t(lambda: a.tounicode()); t(lambda: a.fromfile(5, 1)); t(lambda: a.fromfile(5, -1))
t(lambda: a.__reduce_ex__(3)); t(lambda: a.__reduce_ex__(2)); t(lambda: array.array("u","ab").__reduce_ex__(4)); t(lambda: array.array("d",[1.5]).__reduce_ex__(4)); t(lambda: a.__reduce__())
t(lambda: repr(array.array("u","ab"))); t(lambda: repr(array.array("w"))); t(lambda: repr(array.array("d",[1.5])))
t(lambda: a < array.array("d",[1,2])); t(lambda: a == [1,2,3]); t(lambda: a < [1]); t(lambda: iter(a).__reduce__());t(lambda: a*-1); t(lambda: 2*a); t(lambda: a.fromlist([1,"x"])); print(a)
t(lambda: a.__setitem__(0, 2**40)); t(lambda: a.insert(0, "x")); t(lambda: a.count("x")); t(lambda: "x" in a)
t(lambda: array._array_reconstructor(1,2,3,4)); t(lambda: array._array_reconstructor(array.array,"x",3,b"")); t(lambda: array._array_reconstructor(array.array,"i",99,b"")); t(lambda: array._array_reconstructor(array.array,"i",8,"")); t(lambda: array._array_reconstructor(int,"i",8,b"")); t(lambda: array._array_reconstructor(array.array,"i",9,b"\x00\x00\x00\x01"))
t(lambda: array._array_reconstructor(array.array,"d",14,b"\x00\x00\xc0\x3f")); t(lambda: array._array_reconstructor(array.array,"b",14,b"\x00\x00\xc0\x3f"))
t(lambda: array._array_reconstructor(array.array,"b",12,(300).to_bytes(8,"little")))
print(array.typecodes, array.ArrayType)
t(lambda: array.array("i", [1,2]).index(2, 1, 0)); t(lambda: array.array("i", [1,2]).index(2, -1)) 
for tc in array.typecodes: 
  m=memoryview(array.array(tc)); print(tc, m.format, m.itemsize)
a=array.array("i",[1,2]); m=memoryview(a)
t(lambda: a.append(1)); t(lambda: a.extend([1])); t(lambda: a.pop()); t(lambda: a.__iadd__(array.array("i"))); t(lambda: a.__imul__(1)); t(lambda: a.__imul__(2));t(lambda: a.__delitem__(slice(0,0))); t(lambda: a.frombytes(b"")); t(lambda: a.clear()); t(lambda: a.__setitem__(slice(0,1), array.array("i",[5]))); print(a)
m.release()
t(lambda: a.__iadd__([1])); t(lambda: a.__iadd__(array.array("d"))); t(lambda: a*"x"); t(lambda: a.__contains__(1.0)); t(lambda: a.index(1.0));
it=iter(a); next(it); print(it.__reduce__()); it.__setstate__(0); print(list(it), it.__reduce__()); print(type(it), type(it).__module__)

t(lambda: a.fromunicode("x")); t(lambda: array.array("w","ab").tounicode()); t(lambda: array.array("w","ab").buffer_info()[1])
t(lambda: array.array("i").__reduce_ex__())
class A(array.array): pass
x=A("i",[1]); x.foo=1; print(x.__reduce_ex__(4), x.__reduce_ex__(1), repr(x))
t(lambda: array.array.__class_getitem__(int)); t(lambda: a[::-1]); t(lambda: a[1:5:2]); t(lambda: array.array("b",[1,2,3])[True])
t(lambda: array.array("i", (1,2)) ); t(lambda: array.array("i", range(3))); t(lambda: array.array("d", array.array("i",[1])))
t(lambda: array.array("i",[1]).fromfile(open("/dev/null","rb"), 1)); t(lambda: array.array("i",[1]).tofile(5))
b=array.array("B",b"abc"); t(lambda: b==b"abc"); t(lambda: b"abc"==b); t(lambda: bytes(b)); t(lambda: b"x".join([b,b])); t(lambda: memoryview(b)[1])
import hashlib; print(hashlib.md5(array.array("B",b"ab")).hexdigest()); import struct; print(struct.unpack_from("h", array.array("h",[7])))
t(lambda: array.array("i",[1,2,3]).index(3, 0, 2)); t(lambda: array.array("i",[3,2,3]).index(3, -1))
t(lambda: array.array("i",[1,2,3]) < array.array("i",[1,2,4])); t(lambda: array.array("i",[1,2]) < array.array("d",[1,2,0.5])); t(lambda: array.array("d",[float("nan")]) == array.array("d",[float("nan")]))
t(lambda: array.array("i", [1]).__deepcopy__(None)); t(lambda: array.array("i", [1]).__copy__())
t(lambda: array.array("i",[1]).byteswap()); a=array.array("h",[1,2]); a.byteswap(); print(a)
t(lambda: array.array("u", "ab").__reduce_ex__(2)); t(lambda: array.array("i").__reduce_ex__("x"))
t(lambda: array.array("i", [1,2,3]).__delitem__(slice(0,3,2))); 
a=array.array("i",range(10)); del a[::3]; print(a); a[1:3]=array.array("i"); print(a); t(lambda: a.__setitem__(slice(None, None, 2), array.array("i",[0,0,0,0]))) ; print(a); t(lambda: a.__setitem__(0, "x"))
import pickle, copy
for p in range(5):
  print(pickle.loads(pickle.dumps(array.array("d",[1.5,2]), p)), pickle.loads(pickle.dumps(x, p)).foo)
print(copy.deepcopy(array.array("w","xyz")), copy.copy(array.array("q",[2**62])))
a = array.array("d", [1,2,3]); m = memoryview(a); print(m.format, m.tolist(), m[1], m.nbytes); m[0]=9; print(a); del m
a.append(4); print(a, len(a), list(reversed(a)), sorted(a), sum(a), a[-1], a[1:], 2 in a)
import io; f = io.BytesIO(); array.array("i", range(5)).tofile(f); f.seek(0); z = array.array("i"); z.fromfile(f, 5); print(z)
print(array.array("L", [2**64-1]), array.array("Q", [2**63]), array.array("f", [0.1]), array.array("b", b"\xff"))
print(sys.getsizeof(1) if False else "", array.array.__module__, array.array.__name__, array.array.__qualname__)
