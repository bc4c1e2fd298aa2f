# Lone surrogates survive StringIO newline translation, %-formatting precision
# and concatenation.
import io
s = 'a\udce9\r\nb\rc\ud800'
f = io.StringIO(newline=None)
f.write(s)
print(ascii(f.getvalue()), len(f.getvalue()))
print(ascii('%.3s|%.2s' % ('x\udce9yz', '\ud800\udc00q')))
print(ascii(io.StringIO('a\udce9\r\nb').read()))
print(len('\ud83d\ude00'), ascii('\ud83d' + '\ude00'))
