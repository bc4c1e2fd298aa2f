# Calls the methods of random's generator and of the digest objects (hashlib's
# modules) with ill-typed and out-of-range arguments: each may raise any
# exception but SystemError. Run by safety_test.go.
args_pool = [(), (1,), ('x',), (None,), ([],), ({},), (1, 2), (b'x',), (1.5,), (object(),), (-1,), (2**70,), (0,),
             (-2**63,), (2**63,), (2**31,), (2**29,), ('',), (bytearray(b'ab'),), (memoryview(b'abc'),), ((1,) * 625,),
             ((2**32,) * 624 + (1,),), ((1,) * 624 + (625,),), ((1,) * 624 + (-1,),), ((1.5,) * 625,), (float('nan'),)]
bad = count = 0
# The digest objects' and the generator's methods, with the same arguments.
import _random, _md5, _sha2, _sha3, _blake2
objs = [_random.Random(1), _md5.md5(), _sha2.sha512(), _sha3.sha3_256(), _sha3.shake_128(), _blake2.blake2b(), _blake2.blake2s()]
for o in objs:
    for n in dir(o):
        if n.startswith('__'):
            continue
        f = getattr(o, n)
        if not callable(f):
            continue
        for a in args_pool:
            if n == 'getrandbits' and a and isinstance(a[0], int) and a[0] > 10**6:
                continue  # a few gigabytes of bits is a real request
            if n in ('digest', 'hexdigest') and a and isinstance(a[0], int) and a[0] > 10**6:
                continue
            try:
                count += 1
                f(*a)
            except SystemError as e:
                bad += 1
                print('SYSTEMERROR', type(o).__name__, n, a, e)
            except BaseException:
                pass
print('calls', count, 'system errors', bad)
