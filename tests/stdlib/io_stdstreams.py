# The standard streams as TextIOWrapper: their buffers (binary writes stay in
# order with text), modes, encodings, reconfigure, and io's abstract classes.
# What depends on the environment (-u, PYTHONUNBUFFERED, terminals, whether a
# descriptor is a file or a pipe) is printed only as a consistency check.
import io
import sys

for s in (sys.stdin, sys.stdout, sys.stderr):
    b = s.buffer
    unbuffered = type(b).__name__ == 'FileIO'
    print(s.name, s.mode, s.newlines, s.closed, b.mode, b.fileno(), b.readable(), b.writable(), b.closed,
          s.encoding, s.errors, repr(b).startswith('<_io.'), b.name,
          s.write_through == (unbuffered or s is sys.stdin and s.write_through),
          s.seekable() == b.seekable(), s.isatty() == b.isatty())
print(isinstance(sys.stdout, io.TextIOBase), isinstance(sys.stdout, io.IOBase),
      isinstance(sys.stdin.buffer, io.BufferedIOBase), isinstance(sys.stdout.buffer, (io.BufferedIOBase, io.RawIOBase)))
sys.stdout.write('text then ')
sys.stdout.buffer.write(b'bytes\n')
print('written', sys.stdout.buffer.write(bytearray(b'x')), sys.stdout.buffer.write(memoryview(b'yz')))
sys.stdout.flush()
sys.stdout.buffer.flush()
for bad in ('s', 1, None):
    try:
        sys.stdout.buffer.write(bad)
    except TypeError as e:
        print('TypeError', e)
sys.stdout.reconfigure(errors='replace')
print(sys.stdout.errors, '\udc80')
sys.stdout.reconfigure(encoding='latin-1', errors='replace')
print(sys.stdout.encoding, sys.stdout.errors, 'é€')
sys.stdout.reconfigure(encoding='utf-8')
print(sys.stdout.encoding, sys.stdout.errors, 'é€')
sys.stdout.reconfigure(line_buffering=True, write_through=False)
print(sys.stdout.line_buffering, sys.stdout.write_through)
for kw in ({'encoding': 'nope'}, {'errors': 5}, {'encoding': 5}):
    try:
        sys.stdout.reconfigure(**kw)
    except (LookupError, TypeError) as e:
        print(type(e).__name__, e)
print(sys.stdin.buffer.read(), sys.stdin.buffer.readline(), sys.stdin.read())
