# binascii with ill-typed and hostile arguments: every function with every kind
# of argument (odd sizes, non-ASCII str, huge and negative ints, wrong types).
# Any exception may come but SystemError (a Go panic in Kaa). Run by
# safety_test.go.
import binascii

args_pool = [(), (b'',), (b'abc',), ('abc',), ('\u00e9',), (5,), (None,), (bytearray(b'xyz'),), (memoryview(b'ab'),),
             (b'YQ==',), (b'#86)C',), (b'\xff' * 50,), (b'abc', 1), (b'abc', -1), (b'abc', 2**70), (b'abc', -2**70),
             (b'abc', 'x'), (b'abc', '-', 0), (b'abc', '-', -1), (b'abc', b'-', 2**40), (b'abc', '', 1), (b'a' * 100, ':', 7),
             (b'abc', None), (b'abc', 1.5), (b'abc', 1, 2), ([1],), ('a' * 1001,), (b'=' * 9,), (b'M' + b'a' * 100,)]
kw_pool = [{}, {'strict_mode': True}, {'newline': False}, {'backtick': True}, {'sep': '-'}, {'bytes_per_sep': 2},
           {'bogus': 1}]
bad = count = 0
for n in dir(binascii):
    f = getattr(binascii, n)
    if n.startswith('_') or not callable(f) or isinstance(f, type):
        continue
    for a in args_pool:
        for k in kw_pool:
            count += 1
            try:
                f(*a, **k)
            except SystemError as e:
                bad += 1
                print('SYSTEMERROR', n, a, k, e)
            except BaseException:
                pass
print('calls', count, 'system errors', bad)
