# Unpickles mutated and truncated pickles and pickles hostile objects: each
# may raise any exception but SystemError, and must not hang or exhaust
# memory. find_class is refused so no global is ever called. Run by
# safety_test.go.
import io
import pickle
import random


class Closed(pickle.Unpickler):
    def find_class(self, module, name):
        raise pickle.UnpicklingError('refused %s.%s' % (module, name))


samples = [None, True, 1, -2**70, 1.5, 'text\u1234', b'bytes', bytearray(b'ba'),
           [1, [2, 3]], (1, (2,)), {'a': {1: 2}}, {1, 2}, frozenset({3})]
rng = random.Random(1234)
bad = count = 0
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    for obj in samples:
        data = pickle.dumps(obj, proto)
        variants = [data[:i] for i in range(len(data))]
        for _ in range(10):
            b = bytearray(data)
            for _ in range(rng.randrange(1, 4)):
                b[rng.randrange(len(b))] = rng.randrange(256)
            variants.append(bytes(b))
        for v in variants:
            count += 1
            try:
                Closed(io.BytesIO(v)).load()
            except SystemError as e:
                bad += 1
                print('SYSTEMERROR', proto, v, e)
            except BaseException:
                pass
# Huge declared lengths must fail on the short read, not allocate.
for op in (b'\x8e', b'\x8d', b'\x96', b'\x95'):
    for size in (b'\xff' * 8, b'\xff' * 7 + b'\x7f'):
        count += 1
        try:
            Closed(io.BytesIO(op + size)).load()
        except SystemError as e:
            bad += 1
            print('SYSTEMERROR', op, e)
        except BaseException:
            pass


class Hostile:
    def __reduce__(self):
        return self.result


for result in [None, 1, (), (1,), (len,), (len, 1), (len, (), None, 1), (len, (), None, None, 1),
               (len, (), None, None, None, 1, 2), 'no_such_global', (object.__new__, ())]:
    h = Hostile()
    h.result = result
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        count += 1
        try:
            pickle.dumps(h, proto)
        except SystemError as e:
            bad += 1
            print('SYSTEMERROR', result, e)
        except BaseException:
            pass
deep = []
for _ in range(100000):
    deep = [deep]
count += 1
try:
    pickle.dumps(deep)
except RecursionError:
    pass
print('calls', count, 'system errors', bad)
