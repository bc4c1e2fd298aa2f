def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

m = memoryview(b'abcdef')
print(len(m), m[0], m[-1], m.tobytes(), m.tolist()[:3], m.readonly, m.format, m.itemsize, m.nbytes, m.ndim, m.shape, m.strides)
print(m[1:4].tobytes(), m[::2].tobytes(), m[::-1].tobytes(), bytes(m[2:]), m.obj, m.hex(), m[1:3].hex(':'))
print(m == b'abcdef', m == bytearray(b'abcdef'), m[1:3] == b'bc', m == 'abcdef', m[:2] == memoryview(b'ab'))
show(lambda: m.__setitem__(0, 1))
show(lambda: m[10])
show(lambda: memoryview('str'))
show(lambda: memoryview(5))
ba = bytearray(b'hello')
mv = memoryview(ba)
mv[0] = 74
mv[1:3] = b'EL'
print(ba, mv.readonly, mv.tobytes())
sub = mv[2:]
sub[0] = ord('z')
print(ba)
show(lambda: mv.__setitem__(0, 300))
show(lambda: mv.__setitem__(slice(0, 2), b'xyz'))
print(list(mv), [x for x in memoryview(b'\x01\x02')])
with memoryview(b'ctx') as cm:
    print(cm.tobytes())
show(lambda: cm.tobytes())
show(lambda: len(cm))
print(repr(cm).startswith('<released memory at 0x'), repr(m).startswith('<memory at 0x'))
m2 = memoryview(b'xy')
m2.release()
m2.release()
show(lambda: m2[0])
print(hash(memoryview(b'ab')) == hash(b'ab'), bytes(memoryview(bytearray(b'q'))), b'-'.join([memoryview(b'a'), b'b']))
print(type(m).__name__, isinstance(m, memoryview))
print(memoryview(b'abc').tobytes().decode(), str(memoryview(b'')) .startswith('<memory'))
print(memoryview(b'abc')[0:0].tobytes(), m.cast('c')[0], m.cast('B')[1])
