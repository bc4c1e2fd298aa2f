# gzip, zipfile and tarfile with hostile input: truncated, bit-flipped and
# random archives read whole, member by member and through the stream modes,
# and ill-typed arguments to the entry points. Any exception may come but
# SystemError (a Go panic in Kaa). Run by safety_test.go.
import gzip, io, random, tarfile, zipfile, zlib

bad = count = 0


def call(label, f, *a, **k):
    global bad, count
    count += 1
    try:
        return f(*a, **k)
    except SystemError as e:
        bad += 1
        print('SYSTEMERROR', label, k, e)
    except BaseException:
        pass


rng = random.Random(11)
text = b''.join(b'row %d: some archive payload %d\n' % (i, i * 7) for i in range(120))


def mutants(blob, n=6):
    out = [blob, blob[:len(blob) // 2], blob[:-1], blob[:10], b'', blob + b'\0' * 7]
    for _ in range(n):
        m = bytearray(blob)
        for _ in range(rng.randint(1, 8)):
            m[rng.randrange(len(m))] = rng.randrange(256)
        out.append(bytes(m))
    return out


gz = gzip.compress(text, mtime=0) + gzip.compress(b'second', mtime=0)


def read_gzip(blob):
    with gzip.GzipFile(fileobj=io.BytesIO(blob)) as f:
        while f.read(97):
            pass


for blob in mutants(gz, 20):
    call('gzip.decompress', gzip.decompress, blob)
    call('GzipFile', read_gzip, blob)

zbuf = io.BytesIO()
with zipfile.ZipFile(zbuf, 'w') as z:
    z.writestr('a.txt', text)
    z.writestr(zipfile.ZipInfo('b.txt'), text[:500], zipfile.ZIP_DEFLATED)
    z.mkdir('d')
    z.comment = b'c'


def read_zip(blob):
    with zipfile.ZipFile(io.BytesIO(blob)) as z:
        z.testzip()
        for info in z.infolist():
            try:
                with z.open(info) as f:
                    f.read(10)
                    f.seek(3)
                    f.read()
            except (zipfile.BadZipFile, NotImplementedError, RuntimeError, ValueError, EOFError, OSError,
                    zlib.error, UnicodeDecodeError):
                pass
        list(zipfile.Path(z).iterdir())


for blob in mutants(zbuf.getvalue(), 30):
    call('ZipFile', read_zip, blob)
    call('is_zipfile', zipfile.is_zipfile, io.BytesIO(blob))

tbuf = io.BytesIO()
with tarfile.open(fileobj=tbuf, mode='w', format=tarfile.PAX_FORMAT) as t:
    for name in ('x.txt', 'dir/' + 'y' * 120, 'caf\u00e9'):
        info = tarfile.TarInfo(name)
        info.size = 300
        t.addfile(info, io.BytesIO(text[:300]))
tar_blob = tbuf.getvalue()[:4096]
tgz = gzip.compress(tbuf.getvalue(), mtime=0)


def read_tar(blob, mode):
    with tarfile.open(fileobj=io.BytesIO(blob), mode=mode) as t:
        for m in t:
            f = t.extractfile(m) if m.isreg() else None
            if f is not None:
                f.read()


for blob in mutants(tar_blob, 30) + mutants(tgz, 10):
    for mode in ('r', 'r:', 'r|*', 'r:gz'):
        call('tarfile ' + mode, read_tar, blob, mode)
    call('is_tarfile', tarfile.is_tarfile, io.BytesIO(blob))

values = [None, 0, -1, 2**70, 1.5, 'x', b'x', [], object()]
for v in values:
    call('gzip.compress', gzip.compress, v)
    call('gzip.compress level', gzip.compress, b'x', v)
    call('gzip.open', gzip.open, v)
    call('GzipFile mode', gzip.GzipFile, fileobj=io.BytesIO(), mode=v)
    call('ZipFile', zipfile.ZipFile, v)
    call('ZipFile mode', zipfile.ZipFile, io.BytesIO(), v)
    call('ZipInfo', zipfile.ZipInfo, v)
    call('ZipInfo date', zipfile.ZipInfo, 'a', v)
    call('tarfile.open', tarfile.open, v)
    call('tarfile mode', tarfile.open, fileobj=io.BytesIO(), mode=v)
    call('TarInfo tobuf', tarfile.TarInfo('a').tobuf, v)
    call('itn', tarfile.itn, v)
    call('nti', tarfile.nti, v)
print('calls', count, 'system errors', bad)
