# -X warn_default_encoding (PYTHONWARNDEFAULTENCODING): io.text_encoding(None),
# open() and TextIOWrapper() without an encoding warn (EncodingWarning) at the
# right frame; an explicit encoding or a binary mode does not.
import io
import warnings

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    print(io.text_encoding(None), io.text_encoding('x'), io.text_encoding(None, 1))
    open('/dev/null').close()
    io.TextIOWrapper(io.BytesIO())
    io.TextIOWrapper(io.BytesIO(), 'utf-8')
    open('/dev/null', 'rb').close()
    open('/dev/null', encoding='utf-8').close()

    def f():
        return io.text_encoding(None, 3)

    def g():
        return f()
    g()
print([(x.category.__name__, str(x.message), x.lineno) for x in w])
with warnings.catch_warnings():
    warnings.simplefilter('error')
    try:
        io.text_encoding(None)
    except EncodingWarning as e:
        print('error', e)
