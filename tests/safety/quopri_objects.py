# quopri with ill-typed and hostile arguments: every function, with binascii's
# helpers and with the module's own code, on str, None, ints, odd bytes and files
# that return the wrong types. Any exception may come but SystemError (a Go panic
# in Kaa). Run by safety_test.go.
import io
import quopri


class BadFile:
    def read(self, *a):
        return 'text'

    def readline(self, *a):
        return 5

    def write(self, *a):
        raise OSError('no')


values = [None, 'text', b'=', b'=\n=', b'\xff' * 10, bytearray(b'a=41'), 5, -1, 2**70, [], io.BytesIO(b'a b\n'),
          BadFile(), io.StringIO('x')]
bad = count = 0
for mode in ('binascii', 'own'):
    if mode == 'own':
        quopri.a2b_qp = quopri.b2a_qp = None
    for n in ['encode', 'decode', 'encodestring', 'decodestring', 'needsquoting', 'quote', 'ishex', 'unhex']:
        f = getattr(quopri, n)
        for a in [()] + [(v,) for v in values] + [(v, w) for v in values for w in values[:6]] + \
                [(v, io.BytesIO(), True) for v in values]:
            count += 1
            try:
                f(*a)
            except SystemError as e:
                bad += 1
                print('SYSTEMERROR', n, a, e)
            except BaseException:
                pass
print('calls', count, 'system errors', bad)
