# memoryview with ill-typed and out-of-range arguments: every format, casts to
# bad formats and shapes, keys of every kind, assignments of every type, released
# views, and bytearrays resized under views. Any exception may come but
# SystemError (a Go panic in Kaa). Run by safety_test.go.
bad = count = 0


def call(label, f, *a, **k):
    global bad, count
    count += 1
    try:
        r = f(*a, **k)
        if isinstance(r, memoryview):
            r.tolist()
            bytes(r)
    except SystemError as e:
        bad += 1
        print('SYSTEMERROR', label, a, k, e)
    except BaseException:
        pass


formats = list('cbB?hHiIlLqQnNfdeP') + ['@i', '<i', 'x', '', 'ii', '\x00', 'B\x00', 5, None, b'B']
shapes = [None, [], [1], [0], [-1], [2, 4], [8], [1, 8], [2**63], [2**64], (2, 2, 2), [1] * 65, 'ab', [1.5], [None]]
keys = [0, -1, 7, 8, -9, 2**63, -2**63, 2**100, 1.5, 'x', None, (), (0,), (0, 0), (0, 0, 0), (slice(None),),
        slice(None), slice(None, None, -1), slice(1, 7, 3), slice(0, 0), slice(2**70, -2**70, -2**65), ..., [0]]
values = [0, -1, 255, 256, 2**63, -2**63 - 1, 2**64, 1.5, float('nan'), float('inf'), 1e300, b'', b'x',
          b'\x00' * 8, bytearray(8), memoryview(b'12345678'), 'x', None, True, [], object()]
sources = [b'', b'\x00' * 8, bytearray(8), bytearray(24), memoryview(bytearray(16))[::2], 'text', 5, None, [1, 2]]
for src in sources:
    call('memoryview', memoryview, src)
    try:
        m = memoryview(src)
    except Exception:
        continue
    for f in formats:
        for s in shapes:
            call('cast', m.cast, f) if s is None else call('cast', m.cast, f, s)
            try:
                c = m.cast(f) if s is None else m.cast(f, s)
            except Exception:
                continue
            for k in keys:
                call('getitem', lambda: c[k])
                for v in values[::3]:
                    call('setitem', c.__setitem__, k, v)
            for name in ['tolist', 'tobytes', 'hex', 'toreadonly', '__len__', '__hash__', '__iter__', 'release']:
                call(name, getattr(c, name))
            call('eq', lambda: c == m)
    for k in keys:
        for v in values:
            call('setitem', m.__setitem__, k, v)
        call('delitem', m.__delitem__, k)
    call('hex', m.hex, ':', 2)
    call('hex', m.hex, '', 0)
    call('hex', m.hex, 'ab')
    call('tobytes', m.tobytes, 'X')
    call('tobytes', m.tobytes, order=None)
    call('cast kw', m.cast, format='B', shape=[len(m)], bogus=1)
    m.release()
    for name in ['tolist', 'tobytes', 'hex', 'toreadonly', '__len__', '__hash__', '__iter__', 'release', '__enter__']:
        call(name, getattr(m, name))
    call('getitem', lambda: m[0])
    call('eq', lambda: m == m)
ba = bytearray(b'abcdef')
views = [memoryview(ba), memoryview(ba)[::2], memoryview(ba).cast('H')]
for op in [lambda: ba.append(1), lambda: ba.extend(b'xy'), lambda: ba.pop(), lambda: ba.clear(),
           lambda: ba.__setitem__(slice(0, 2), b''), lambda: ba.__delitem__(0), lambda: ba.__iadd__(b'z'),
           lambda: ba.__imul__(3), lambda: ba.__init__(b'q'), lambda: ba.insert(0, 1), lambda: ba.remove(98)]:
    call('resize', op)
for v in views:
    v.release()
call('append', ba.append, 1)
print('calls', count, 'system errors', bad)
