# array.array with ill-typed and out-of-range arguments: every typecode, every
# method with values of every kind, slices and keys, _array_reconstructor with
# bad machine formats, and arrays resized while exported. Any exception may come
# but SystemError (a Go panic in Kaa). Run by safety_test.go.
import array, warnings
warnings.simplefilter('ignore')
bad = count = 0


def call(label, f, *a, **k):
    global bad, count
    count += 1
    try:
        f(*a, **k)
    except SystemError as e:
        bad += 1
        print('SYSTEMERROR', label, a, k, e)
    except BaseException:
        pass


values = [0, -1, 1, 255, 2**31, 2**63, -2**63 - 1, 2**64, 2**200, 1.5, float('nan'), float('inf'), 1e300,
          'x', 'xy', '', '\udc80', b'', b'xy', bytearray(b'z'), None, True, [], [1, 2], object()]
keys = [0, -1, 5, -6, 2**63, -2**63, 1.5, 'x', None, slice(None), slice(None, None, -1), slice(1, 7, 3),
        slice(2**70, -2**70, -2**65), slice(0, 0), (0,)]
inits = [None, [], [1, 2, 3], (1.5,), b'', b'\x00' * 8, bytearray(16), 'abc', range(4), iter([1]), 5,
         array.array('i', [1]), array.array('u', 'ab'), array.array('d', [1.5]), [2**64], ['x']]
for tc in list(array.typecodes) + ['x', '', 'ii', 5, None, b'i']:
    for init in inits:
        call('array', array.array, tc) if init is None else call('array', array.array, tc, init)
    try:
        a = array.array(tc, b'\x01' * 16)
    except Exception:
        continue
    for name in ['append', 'count', 'extend', 'frombytes', 'fromlist', 'fromunicode', 'index', 'remove',
                 '__contains__', '__add__', '__iadd__', '__mul__', '__rmul__', '__imul__', '__eq__', '__lt__',
                 '__deepcopy__', '__reduce_ex__', '__buffer__', '__release_buffer__']:
        for v in values + [a, array.array('i'), array.array(tc)]:
            call(name, getattr(array.array(tc, b'\x01' * 16), name), v)
    for name in ['buffer_info', 'byteswap', 'clear', '__copy__', 'pop', 'reverse', 'tobytes', 'tolist',
                 'tounicode', '__reduce__', '__sizeof__', '__iter__', '__len__', '__repr__']:
        call(name, getattr(array.array(tc, b'\x01' * 16), name))
    for k in keys:
        b = array.array(tc, b'\x01' * 16)
        call('getitem', b.__getitem__, k)
        call('delitem', b.__delitem__, k)
        for v in values[::4] + [array.array(tc, b'\x02' * 8), array.array('i')]:
            call('setitem', array.array(tc, b'\x01' * 16).__setitem__, k, v)
    for args in [(0, 1), (2**63, 1), ('x', 1), (1,), (), (1, 2, 3, 4)]:
        call('insert', a.insert, *args)
        call('pop', a.pop, *args)
        call('index', a.index, *args)
    call('fromfile', a.fromfile, None, 1)
    call('fromfile', a.fromfile, open(__file__, 'rb'), -1)
    call('fromfile', a.fromfile, open(__file__, 'rb'), 2**62)
    call('tofile', a.tofile, None)
    m = memoryview(a)
    for op in [lambda: a.append(a[0]), lambda: a.extend(a), lambda: a.pop(), lambda: a.clear(),
               lambda: a.__delitem__(slice(0, 1)), lambda: a.__imul__(2), lambda: a.frombytes(b'\x00' * 8)]:
        call('resize', op)
    m.release()
    it = iter(a)
    for s in [0, -1, 2**63, 'x', None]:
        call('setstate', it.__setstate__, s)
    call('next', list, it)
    call('reduce', it.__reduce__)
for c in range(-1, 23):
    for tc in 'bBuwhHiIlLqQfdx':
        for data in [b'', b'\x00' * 7, b'\xff' * 8, b'\x00\xd8\x00\xdc']:
            call('reconstruct', array._array_reconstructor, array.array, tc, c, data)
for args in [(), (1, 2, 3, 4), (int, 'i', 8, b''), (array.array, 'i', 2**70, b''), (array.array, 'i', 8, 'x')]:
    call('reconstruct', array._array_reconstructor, *args)
print('calls', count, 'system errors', bad)
