# Reads asked for more bytes than memory holds raise MemoryError (Kaa's Go
# allocator would end the process instead, so the size is checked first).
import io

cases = [
    ("FileIO.read", lambda: open('/dev/zero', 'rb', buffering=0).read(2**62)),
    ("BufferedReader.read", lambda: open('/dev/zero', 'rb').read(2**62)),
    ("BufferedReader.read of BytesIO", lambda: io.BufferedReader(io.BytesIO(b'x')).read(2**62)),
    ("BufferedReader.read1", lambda: io.BufferedReader(io.BytesIO(b'x')).read1(2**62)),
    ("TextIOWrapper.read", lambda: open('/dev/null').read(2**62)),
    ("RawIOBase.read", lambda: io.RawIOBase().read(2**62)),
    ("BytesIO.read", lambda: io.BytesIO(b'abc').read(2**62)),
    ("StringIO.read", lambda: io.StringIO('abc').read(2**62)),
]
for name, f in cases:
    try:
        r = f()
    except Exception as e:
        print(name, type(e).__name__)
    else:
        print(name, repr(r))
