# _kaa_traceback.source_block with ill-typed and out-of-range arguments: every
# call returns a string or None, or raises an ordinary exception (never the
# SystemError a Go panic becomes).
import sys
import _kaa_traceback

code = sys._getframe().f_code
pool = [None, 0, 1, -1, 2**70, -2**63, 10**6, 'x', 1.5, [], code, print, object()]
bad = count = 0
for a in pool:
    for b in pool:
        for args in ((a,), (a, b), (a, b, a)):
            count += 1
            try:
                r = _kaa_traceback.source_block(*args)
                assert r is None or isinstance(r, str)
            except SystemError as e:
                bad += 1
                print('SYSTEMERROR', args, e)
            except BaseException:
                pass
for lasti in range(0, 400, 2):
    r = _kaa_traceback.source_block(code, lasti)
    assert r is None or isinstance(r, str)
print(count, 'calls', 'system errors', bad)
