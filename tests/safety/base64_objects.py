# base64's functions with ill-typed and hostile arguments. Any exception may
# come but SystemError (a Go panic in Kaa). Run by safety_test.go.
import base64

args_pool = [(), (b'',), (b'abc',), ('abc',), ('\u00e9',), (5,), (None,), (bytearray(b'xyz'),), (memoryview(b'ab'),),
             (b'YQ==',), (b'=' * 9,), (b'~' * 11,), (b'z' * 6,), (b'<~abc~>',), (b'\xff' * 9,), (b'abc', b'-_'),
             (b'abc', b'-'), (b'abc', 5), (b'abc', None, True), ('MZXW6===', True, b'L'), ([1],), (b'uuuuu',)]
kw_pool = [{}, {'pad': True}, {'adobe': True}, {'foldspaces': True}, {'wrapcol': 3}, {'wrapcol': -1},
           {'casefold': True}, {'bogus': 1}]
bad = count = 0
for n in base64.__all__:
    f = getattr(base64, n)
    if n in ('encode', 'decode'):
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
