# Calls the csv reader, writer and dialect machinery with hostile input:
# each may raise any exception but SystemError. Run by safety_test.go.
import _csv
import io
bad = count = 0
values = [None, 1, -1, 2**70, 1.5, '', 'x', 'xy', '\n', '\r', ' ', '\0', '\ud800', b'x', [], object(), True]
fields = ['delimiter', 'quotechar', 'escapechar', 'lineterminator', 'quoting', 'doublequote', 'skipinitialspace', 'strict', 'bogus']
for name in fields:
    for v in values:
        for q in (None, 0, 3, 4, 5):
            kw = {name: v}
            if q is not None:
                kw['quoting'] = q
            for f in (lambda: list(_csv.reader(['a,"b""c",\\d', '"e\nf', '', ' g , "h" ', 'x\ry'], **kw)),
                      lambda: _csv.writer(io.StringIO(), **kw).writerows([['a', None, 1.5, '', '"q"', 'l\nm'], [], [''], [None]])):
                count += 1
                try:
                    f()
                except SystemError as e:
                    bad += 1
                    print('SYSTEMERROR', kw, e)
                except BaseException:
                    pass
for args in [(), (1,), (None,), ([1, 2],), ([b'x'],), (iter([None]),), ('abc',)]:
    for f in (_csv.reader, _csv.writer, _csv.register_dialect, _csv.get_dialect, _csv.unregister_dialect, _csv.field_size_limit, _csv.Dialect):
        count += 1
        try:
            r = f(*args)
            if f is _csv.reader:
                list(r)
        except SystemError as e:
            bad += 1
            print('SYSTEMERROR', f, args, e)
        except BaseException:
            pass
print('calls', count, 'system errors', bad)
