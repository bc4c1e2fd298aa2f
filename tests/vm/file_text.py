import os, sys
def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
p = 'kaa_test_file_text.tmp'
with open(p, 'w') as f:
    print(type(f).__name__, f.name, f.mode, f.encoding, f.closed, f.readable(), f.writable())
    print(f.write('line one\n'), f.write('línea dos\n'))
    f.writelines(['3\n', '4'])
    print(f, file=sys.stdout) if False else None
print(f.closed)
show(lambda: f.write('x'))
show(lambda: f.read())
with open(p) as f:
    print(repr(f.read()))
with open(p) as f:
    print(f.readline(), end='')
    print(repr(f.readline()), repr(f.readline()), repr(f.readline()), repr(f.readline()))
with open(p) as f:
    print(f.readlines())
with open(p) as f:
    print([line.rstrip('\n') for line in f])
with open(p) as f:
    print(repr(f.read(4)), repr(f.read(6)), f.tell())
    f.seek(0)
    print(repr(f.read(8)))
with open(p, 'a') as f:
    f.write('\nappended')
with open(p, encoding='utf-8') as f:
    print(f.read().splitlines())
with open(p, 'rb') as f:
    print(type(f).__name__, f.mode, f.read(12), f.tell(), f.readline(), f.read())
with open(p, 'wb') as f:
    print(type(f).__name__, f.write(b'bin\x00\xff\r\ndata\rend'))
with open(p, 'rb') as f:
    print(f.read())
with open(p, newline='', encoding='latin-1') as f:
    print(repr(f.read()))
with open(p, encoding='latin-1') as f:
    print(repr(f.read()))
with open(p, errors='replace') as f:
    print(repr(f.read()))
show(lambda: open(p).read())
print(open(p, 'rb').read())
with open(p, 'w', newline='\r\n') as f:
    f.write('a\nb\n')
with open(p, 'rb') as f:
    print(f.read())
with open(p, 'r+') as f:
    print(f.read(1))
    f.write('Z')
    f.seek(0)
    print(repr(f.read()))
show(lambda: open('no_such_file_kaa.txt'))
show(lambda: open(p, 'rw'))
show(lambda: open(p, 'rbt'))
show(lambda: open(p, 'rb', encoding='utf-8'))
show(lambda: open(p, 'q'))
show(lambda: open(p, 'w', newline='x'))
show(lambda: open(p, buffering=0))
show(lambda: open(p, 'x'))
show(lambda: open('.'))
f = open(p, 'w')
show(lambda: f.read())
f.close()
f.close()
f = open(p)
show(lambda: f.write('x'))
f.close()
with open(p, 'w') as f:
    print('via print', 42, sep='|', file=f)
    print('second', file=f, end='!')
print(open(p).read())
with open(p, 'rb', buffering=0) as f:
    print(type(f).__name__, f.read(3))
ba = bytearray(4)
with open(p, 'rb') as f:
    print(f.readinto(ba), ba)
os.remove(p)
print(os.path.exists(p))
