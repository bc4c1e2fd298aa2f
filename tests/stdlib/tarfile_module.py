# tarfile: reading archives made by CPython's tarfile (embedded below: ustar,
# GNU with long names and links, pax with non-ASCII and long names and a
# fractional mtime, and a gzip-compressed one), writing in every format and
# reading back, stream modes, extraction with the filters, and the errors.
import base64, io, os, tarfile, tempfile

TEXT = b''.join(b'tar member line %03d\n' % i for i in range(100))
import zlib
USTAR = zlib.decompress(base64.b64decode(
    'eNrt1+1qWkEQxvH97FWcK2jO7M7sy+VYPG2lSRtOFHL5XaUhYv60pXAOwczjh9VBwZ8PyOxuP9+FhTP2FLPTKcXG82'
    'tRPZ+/EySVWFTOz0cZzXIYLKyQ49NhO/evcnya5j+97+v88/gYbi673v+X/f306fB8WLL/rONL39dnb/6yf+n9i6QY'
    'hvE99X+j6fjhYXr4PM3D/f7HNPQCNm9nArMIswQzhZnBLMOswKzCrL2dCTgEHAIOAYeAQ8Ah4BBwCDgEHBEcERwRHB'
    'EcERwRHBEcERwRHBEcCRwJHAkcCRwJHAkcCRwJHAkcCRwKDgWHgkPBoeBQcCg4FBwKDgWHgcPAYeAwcBg4DBwGDgOH'
    'gcPAkcGRwZHBkcGRwZHBkcGRwZHBkcFRwFHAUcBRwFHAUcBRwFHAUcBRwFHBUcFRwVHBUcFRwVHBUcFRwVHB0cDRwN'
    'HA0cDRwNHA0cDRwNHA0drmf/a//uHvS+//+XXfvz6v9v943v9GDUNcejG93P/Cx8y37bxb4/737/2nU//9LzcMssbl'
    '5IP3v71b7rGbpsdTdX/v3y767+9LfdPUle9/K/6w7+r+3zvaBI/H4/F4PB6Px+PxeDwej8fj8dxafgFpVf2p'
))
GNU = zlib.decompress(base64.b64decode(
    'eNrt11uO2jAUxvE8swpvoJBj+/jy1gWwialIp6jMTJUyUpdfE/VCmX8vqpRoBOd7wHAUHn76SLB3+3HTzZy+JaueVs'
    'naT58lxmn9lk5C9jnK9L6XXiV1TrsF8vz5eDc619Zh/NN19+PT86fu6rJr/b/fH4b18ctxzv5T7L/3fbm25s/7l9a/'
    '9Nl3rn9N/V9pTviH4eHdMLrD/nFwrYDVy5nAzMMswCzCTGGWYJZhVmBWX84EHAIOAYeAQ8Ah4BBwCDgEHAIODw4PDg'
    '8ODw4PDg8ODw4PDg8OD44AjgCOAI4AjgCOAI4AjgCOAI4AjgiOCI4IjgiOCI4IjgiOCI4IjggOBYeCQ8Gh4FBwKDgU'
    'HAoOBYeCI4EjgSOBI4EjgSOBI4EjgSOBI4EjgyODI4MjgyODI4MjgyODI4Mjg6OAo4CjgKOAo4CjgKOAo4CjgKOAo4'
    'KjgqOCo4KjgqOCo4KjgqOCo9bV/+z/2pc/zr3/Tz/3+5frxf7fT/u/drnzc29Mz/d/N5oPd+NuifPfv/cfpv69dk6W'
    'OJzceP/rzXrzdvv0eL+d7yHwm95/9O9D+OW30Pb9WUPntkue/240h1b9m1f3MvdD37Jk/39//uvZ81+7dlaMp///3u'
    '7/Rfpf2W1gsVgsFovFYrFYLBaLxXK1+Qr630dk'
))
PAX = zlib.decompress(base64.b64decode(
    'eNrt2E2O0zAYxnGvewpfgDavv70YwZIlVwg0w1RMocqkUq7EObgYbjVA6fz5EFIyqPWzcfuqlfrTk0R215t+pSZOUx'
    'K9P6wSfXN8L84d18cosdFEJ8fXjTTeB6W9miH7h6Hty0/ZP3T97z73vv+036mLy7r0f7u575bDOEzZf3DNt77P19L8'
    'af9S+hexRunmf+r/QlPwettt33a9vt987HQpYPF0JjAzMLMwczDzMAswizBLMMtPZwIOAYeAQ8Ah4BBwCDgEHAIOAY'
    'cBhwGHAYcBhwGHAYcBhwGHAYcBhwWHBYcFhwWHBYcFhwWHBYcFhwWHA4cDhwOHA4cDhwOHA4cDhwOHA4cHhweHB4cH'
    'hweHB4cHhweHB4cHRwBHAEcARwBHAEcARwBHAEcARwBHBEcERwRHBEcERwRHBEcERwRHBEcCRwJHAkcCRwJHAkcCRw'
    'JHAkcCRwZHBkcGRwZHBkcGRwZHBkcGR86Lf9n/lS9/mHr/H37s98/Xs/2/Oe7/Gqe0mXpjerr/U9eZu7Zfz3H++/v+'
    '7aH/8shVWuY4nFx5/8vVcvXqTTu+7tr1VAegX/T+vX/jzE/XQtm7G7FKj3Oe/660f3GN3rXD3c279vbL5xfjM+Vwhy'
    '+M0dths+1uJDxeCmHpF6pmwpTaX07d+p+f/+7k+R9UOceVY9vM//9caf+7dqx3WE1NTU1NTU1NTU1NTU1NTc0F5yuO'
    'ZVwJ'
))
TGZ = base64.b64decode(
    'H4sIAAAAAAAC/+3X7UoCQRSA4fntVewV1J6ZOfNxOYZbSVqxKXT5jUuR6EtEoISe98/oQcGHAzK7WI637sT1ray6Oy'
    'VrP72XGKfzMych+xxlet1Lr5pcp+4Mbd8287H9lO3bMP70uYfxZfvqLq5F2//9cjXcbN43p9x/iv3Xvg/Ptvn9/Uvb'
    'v0jwruv/0/4vtIbv1sP6bhi71fJ56NoCZsczgZmHWYBZhJnCLMEsw6zArB7PBBwCDgGHgEPAIeAQcAg4BBwCDg8ODw'
    '4PDg8ODw4PDg8ODw4PDg+OAI4AjgCOAI4AjgCOAI4AjgCOAI4IjgiOCI4IjgiOCI4IjgiOCI4IDgWHgkPBoeBQcCg4'
    'FBwKDgWHgiOBI4EjgSOBI4EjgSOBI4EjgSOBI4MjgyODI4MjgyODI4MjgyODI4OjgKOAo4CjgKOAo4CjgKOAo4CjgK'
    'OCo4KjgqOCo4KjgqOCo4KjgqPW2V/uf+3LT6e+/6fv+/7heXD/99P9r4+u86e+mO7f/9x19jgfF+d4/vv9/sNu/+0v'
    '13VyjoeTK9+/ZVmWZVmWZVmWZVmWZVmWZVmX1wfTI0sEACgAAA=='
)


def show(label, f):
    try:
        r = f()
    except Exception as e:
        # the first line only: "r" lists each compression's error, and
        # Kaa has no bz2 or lzma
        print(label, '->', type(e).__name__, str(e).splitlines()[0])
    else:
        print(label, '=', r)


def describe(t):
    for m in t.getmembers():
        print(' ', repr(m.name)[:60], m.type, oct(m.mode), m.size, m.mtime, m.uid, m.gid, m.uname, m.gname,
              repr(m.linkname), m.isreg(), m.isdir(), m.issym(), m.islnk(), sorted(m.pax_headers)[:3])


for label, blob, mode in [('ustar', USTAR, 'r'), ('gnu', GNU, 'r:'), ('pax', PAX, 'r:*'), ('tgz', TGZ, 'r:gz'),
                          ('tgz auto', TGZ, 'r'), ('stream', USTAR, 'r|'), ('stream gz', TGZ, 'r|*')]:
    with tarfile.open(fileobj=io.BytesIO(blob), mode=mode) as t:
        print(label, t.getnames()[:2], len(t.getnames()))
        if 'stream' in label:
            continue
        describe(t)
        print(t.extractfile('dir/file.txt').read() == TEXT, t.extractfile('dir/link').read(5),
              t.extractfile('hard').readline(), t.extractfile('dir'))
        f = t.extractfile(t.getmembers()[-1])
        print(f.read(), f.seek(1), f.read(2), f.tell())
print(tarfile.is_tarfile(io.BytesIO(USTAR)), tarfile.is_tarfile(io.BytesIO(TGZ)), tarfile.is_tarfile(io.BytesIO(b'x' * 600)))
with tarfile.open(fileobj=io.BytesIO(USTAR)) as t:
    for m in t:
        print('iter', m.name[:20], m.offset, m.offset_data)
    print(t.getmember('dir').get_info()['name'], repr(t.getmember('hard'))[:15])
    show('missing member', lambda: t.getmember('nope'))

# Writing every format and reading back.
for fmt in (tarfile.USTAR_FORMAT, tarfile.GNU_FORMAT, tarfile.PAX_FORMAT):
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode='w', format=fmt) as t:
        info = tarfile.TarInfo('plain.txt')
        info.size = len(TEXT)
        info.mtime = 1234567890
        t.addfile(info, io.BytesIO(TEXT))
        for name in ('b/' * 70 + 'x', 'n\u00e4me.txt', 'z' * 150):
            info = tarfile.TarInfo(name)
            info.size = 3
            try:
                t.addfile(info, io.BytesIO(b'abc'))
            except ValueError as e:
                print(fmt, 'refused', name[:10], e)
        big = tarfile.TarInfo('big-uid')
        big.uid = 8 ** 8
        try:
            t.addfile(big)
        except ValueError as e:
            print(fmt, 'refused big uid', e)
    data = buf.getvalue()
    print(fmt, len(data) % tarfile.RECORDSIZE, len(data))
    with tarfile.open(fileobj=io.BytesIO(data)) as t:
        print([(m.name[:12], len(m.name), m.uid, m.size) for m in t], t.extractfile('plain.txt').read() == TEXT)

# Compressed and stream writing.
for mode in ('w:gz', 'w|gz', 'w|', 'w:'):
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode=mode) as t:
        info = tarfile.TarInfo('m.txt')
        info.size = len(TEXT)
        t.addfile(info, io.BytesIO(TEXT))
    with tarfile.open(fileobj=io.BytesIO(buf.getvalue())) as t:
        print(mode, t.getnames(), t.extractfile('m.txt').read() == TEXT)

# Files on disk, extraction, filters.
with tempfile.TemporaryDirectory() as d:
    src = os.path.join(d, 'src')
    os.makedirs(os.path.join(src, 'sub'))
    with open(os.path.join(src, 'sub', 'f.txt'), 'wb') as f:
        f.write(TEXT)
    os.symlink('f.txt', os.path.join(src, 'sub', 'ln'))
    path = os.path.join(d, 'a.tar')
    with tarfile.open(path, 'w') as t:
        t.add(src, arcname='top', filter=lambda i: None if i.name.endswith('ln') else i)
        t.add(os.path.join(src, 'sub', 'ln'), arcname='ln')
    with tarfile.open(path) as t:
        print(t.getnames(), t.getmember('ln').linkname)
        dest = os.path.join(d, 'out')
        t.extractall(dest, filter='data')
        print(sorted(os.path.relpath(os.path.join(p, n), dest) for p, ds, fs in os.walk(dest) for n in ds + fs))
        print(open(os.path.join(dest, 'top', 'sub', 'f.txt'), 'rb').read() == TEXT, os.readlink(os.path.join(dest, 'ln')))
        t.extract('top/sub/f.txt', os.path.join(d, 'one'), filter='tar')
        print(os.path.exists(os.path.join(d, 'one', 'top', 'sub', 'f.txt')))
    with tarfile.open(path, 'a') as t:
        info = tarfile.TarInfo('appended')
        t.addfile(info)
    with tarfile.open(path) as t:
        print(t.getnames()[-1])
    evil = io.BytesIO()
    with tarfile.open(fileobj=evil, mode='w') as t:
        for name, kind, link in [('/abs.txt', tarfile.REGTYPE, ''), ('../up.txt', tarfile.REGTYPE, ''),
                                 ('sym', tarfile.SYMTYPE, '/etc/passwd'), ('sym2', tarfile.SYMTYPE, '../x'),
                                 ('dev', tarfile.CHRTYPE, ''), ('ok.txt', tarfile.REGTYPE, '')]:
            info = tarfile.TarInfo(name)
            info.type = kind
            info.linkname = link
            info.mode = 0o4777
            t.addfile(info)
    target = os.path.join(d, 'safe')
    with tarfile.open(fileobj=io.BytesIO(evil.getvalue())) as t:
        for m in t.getmembers():
            for flt in (tarfile.data_filter, tarfile.tar_filter):
                try:
                    r = flt(m, target)
                    print(flt.__name__, m.name, 'ok', r.name, oct(r.mode) if r.mode is not None else None, r.uid)
                except tarfile.FilterError as e:
                    print(flt.__name__, m.name, type(e).__name__, str(e).replace(d, '<tmp>'))
        t.extractall(target, filter='data', members=[t.getmember('ok.txt')])
        print(os.listdir(target), oct(os.stat(os.path.join(target, 'ok.txt')).st_mode & 0o7777))
        show('bad filter name', lambda: t.extractall(target, filter='nope'))

# Errors.
show('empty', lambda: tarfile.open(fileobj=io.BytesIO(b'')))
show('garbage', lambda: tarfile.open(fileobj=io.BytesIO(b'x' * 1024), mode='r:'))
show('garbage auto', lambda: tarfile.open(fileobj=io.BytesIO(b'x' * 1024)))
bad = bytearray(USTAR)
bad[148:156] = b'0000000\0'
show('checksum', lambda: tarfile.open(fileobj=io.BytesIO(bytes(bad)), mode='r:'))
show('truncated', lambda: tarfile.open(fileobj=io.BytesIO(USTAR[:700]), mode='r:').getnames())
show('truncated data', lambda: tarfile.open(fileobj=io.BytesIO(USTAR[:1100]), mode='r:').extractfile('dir/file.txt').read())
show('not gzip', lambda: tarfile.open(fileobj=io.BytesIO(USTAR), mode='r:gz'))
show('bad gzip body', lambda: tarfile.open(fileobj=io.BytesIO(TGZ[:20] + b'\xff' * 40), mode='r:gz'))
show('mode', lambda: tarfile.open(fileobj=io.BytesIO(), mode='q'))
show('compression', lambda: tarfile.open(fileobj=io.BytesIO(), mode='w:zip'))
show('stream mode', lambda: tarfile.open(fileobj=io.BytesIO(), mode='a|'))
show('nothing', lambda: tarfile.open())
t = tarfile.open(fileobj=io.BytesIO(), mode='w')
show('read in w', lambda: t.getmember('x'))
show('no fileobj', lambda: t.addfile(tarfile.TarInfo('x').replace(mtime=1) if False else type('I', (), {})) if False else None)
info = tarfile.TarInfo('nofile')
info.size = 10
show('addfile no data', lambda: t.addfile(info))
info = tarfile.TarInfo('none')
info.mtime = None
show('None field', lambda: t.addfile(info))
t.close()
show('closed', lambda: t.addfile(tarfile.TarInfo('y')))
show('stream seek', lambda: tarfile.open(fileobj=io.BytesIO(USTAR), mode='r|').extractfile('dir/link'))
print(tarfile.nti(tarfile.itn(-5, 8, tarfile.GNU_FORMAT)), tarfile.itn(8 ** 7, 8, tarfile.GNU_FORMAT), tarfile.nts(b'ab\0cd', 'ascii', 'strict'))
show('itn overflow', lambda: tarfile.itn(8 ** 7, 8, tarfile.USTAR_FORMAT))
print(tarfile.calc_chksums(USTAR[:512]), tarfile.TarInfo('x').replace(name='y').name)
