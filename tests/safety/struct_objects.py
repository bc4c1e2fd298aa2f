# _struct and struct with ill-typed and out-of-range arguments: formats of every
# shape (huge counts, bad codes, bytes and str), the module functions, Struct
# objects and their methods, and unpack iterators. Any exception may come but
# SystemError (a Go panic in Kaa). Run by safety_test.go.
import _struct, struct

formats = ['', 'i', '<i', '>q', '!h', '=e', '@P', 'xcbB?hHiIlLqQnNefdspP', '5s', '5p', '0p', '255p', '3x',
           '99999999999999999999i', '9223372036854775807x', '9223372036854775807s', '4611686018427387904q',
           '2 i', 'i 2', 'Z', '3', '<n', b'<h', bytearray(b'i'), 5, None, '\u00e9', 'i\x00', '%']
values = [0, -1, 1, 2**63, -2**63 - 1, 2**64, 2**200, -2**200, 1.5, float('nan'), float('inf'), 1e300,
          b'', b'x', b'xy', bytearray(b'z'), 'x', None, True, [], object()]
buffers = [b'', b'\x00', b'\x00' * 8, b'\xff' * 33, bytearray(16), memoryview(b'abcd'), 'text', 5, None]
offsets = [0, 1, -1, 7, -8, 2**63, -2**63, 2**70, 'x', None, 1.5]
bad = count = 0


def call(label, f, *a, **k):
    global bad, count
    count += 1
    try:
        r = f(*a, **k)
        if type(r).__name__ == 'unpack_iterator':
            list(r)
    except SystemError as e:
        bad += 1
        print('SYSTEMERROR', label, a, k, e)
    except BaseException:
        pass


for fmt in formats:
    call('calcsize', struct.calcsize, fmt)
    call('Struct', struct.Struct, fmt)
    for v in values:
        call('pack', struct.pack, fmt, v)
        call('pack2', struct.pack, fmt, v, v)
    for b in buffers:
        call('unpack', struct.unpack, fmt, b)
        call('iter_unpack', struct.iter_unpack, fmt, b)
        for off in offsets:
            call('unpack_from', struct.unpack_from, fmt, b, off)
            call('pack_into', struct.pack_into, fmt, bytearray(b) if isinstance(b, bytes) else b, off, 1)
            call('pack_into kw', struct.unpack_from, fmt, buffer=b, offset=off)
for f in [struct.pack, struct.unpack, struct.calcsize, struct.iter_unpack, struct.pack_into, struct.unpack_from,
          _struct._clearcache]:
    for args in [(), (1,), ('i',), ('i', 1, 2, 3), (b'i', b'1234')]:
        call(f.__name__, f, *args)
        call(f.__name__ + ' kw', f, *args, bogus=1)
s = struct.Struct.__new__(struct.Struct)
for name in ['pack', 'unpack', 'pack_into', 'unpack_from', 'iter_unpack', '__repr__', '__sizeof__']:
    call('uninit ' + name, getattr(s, name))
    call('uninit ' + name, getattr(s, name), b'1234')
call('uninit format', lambda: s.format)
call('uninit size', lambda: s.size)
for fmt in ['<hi', 'e', '3p', '?']:
    st = struct.Struct(fmt)
    for v in values:
        call('S.pack', st.pack, v, v)
        call('S.pack', st.pack, *([v] * st.size))
    for b in buffers:
        call('S.unpack', st.unpack, b)
        call('S.iter_unpack', st.iter_unpack, b)
        for off in offsets:
            call('S.unpack_from', st.unpack_from, b, off)
            call('S.pack_into', st.pack_into, bytearray(16), off, *([1] * 3))
    call('S.__init__', st.__init__, 'q')
    call('S.__init__', st.__init__, 5)
it = struct.iter_unpack('<h', b'1234')
call('next', next, it)
call('hint', it.__length_hint__)
call('list', list, it)
call('hint', it.__length_hint__)
print('calls', count, 'system errors', bad)
