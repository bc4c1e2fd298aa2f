# quopri: encodestring/decodestring and encode/decode on files, with quotetabs
# and header, through binascii and through the module's own code (binascii's
# functions switched off), and the helpers.
import io
import quopri

samples = [b'', b'hello', b'hello world\n', b'tab\there \n', b'trailing space \nnext', b'=equals=',
           b'caf\xc3\xa9 \xff\x00', b'a' * 100 + b'\n' + b'b' * 80, b'.\n', b'under_score here',
           b'line1\r\nline2\r\n', b' \t\n\t \n', b'x' * 75 + b' ', bytes(range(256))]
encoded = [b'=41=42', b'soft=\nbreak', b'=\n', b'bad=zz', b'=4', b'lower=e9', b'under_score', b'trail   \nx',
           b'a=\r\nb', b'==41', b'no newline=', b'=3D']


def run(label):
    print('--', label)
    for s in samples:
        for qt in (False, True):
            for hd in (False, True):
                e = quopri.encodestring(s, qt, hd)
                out = io.BytesIO()
                quopri.encode(io.BytesIO(s), out, qt, hd)
                print(qt, hd, e, out.getvalue() == e, quopri.decodestring(e, hd) == s)
    for e in encoded:
        out = io.BytesIO()
        quopri.decode(io.BytesIO(e), out)
        print(e, quopri.decodestring(e), quopri.decodestring(e, header=True), out.getvalue())


run('binascii')
quopri.a2b_qp = quopri.b2a_qp = None
run('module')
print(quopri.ESCAPE, quopri.MAXLINESIZE, quopri.HEX, quopri.EMPTYSTRING)
print([quopri.needsquoting(bytes([c]), False, False) for c in b' \t_=a~\x7f\x1f'])
print([quopri.needsquoting(bytes([c]), True, True) for c in b' \t_=a~\x7f\x1f'])
print(quopri.quote(b'='), quopri.quote(b'\xff'), quopri.quote(b'\x00'))
print([quopri.ishex(c) for c in [b'0', b'9', b'a', b'F', b'g', b'G', b'/']])
print(quopri.unhex(b'ff'), quopri.unhex(b'0A'), quopri.unhex(b'123'))
print(sorted(quopri.__all__))
