# py_compile and importlib._bootstrap_external's pyc helpers: files written in
# a temporary tree, reported relative to it, with cache names as the
# interpreter's own cache_from_source gives them.
import importlib._bootstrap_external as ext
import importlib.util
import io
import os
import py_compile
import sys
import tempfile
import contextlib

tmp = tempfile.mkdtemp()


def rel(p):
    if p is None:
        return None
    return os.path.relpath(p, tmp).replace(sys.implementation.cache_tag, 'TAG')


src = os.path.join(tmp, 'mod.py')
with open(src, 'w') as f:
    f.write('X = 1\n\ndef f(a, b=2):\n    return a + b\n')
os.utime(src, (1000000000, 1000000000))

out = py_compile.compile(src)
print('default cfile', rel(out), out == importlib.util.cache_from_source(src))
data = open(out, 'rb').read()
print('magic', data[:4] == importlib.util.MAGIC_NUMBER, 'flags', data[4:8], 'mtime',
      int.from_bytes(data[8:12], 'little'), 'size', int.from_bytes(data[12:16], 'little'))
code = ext._compile_bytecode(data[16:])
ns = {}
exec(code, ns)
print('runs', ns['X'], ns['f'](3))

for mode in py_compile.PycInvalidationMode:
    target = os.path.join(tmp, 'out_%s.pyc' % mode.name.lower())
    r = py_compile.compile(src, cfile=target, invalidation_mode=mode)
    d = open(r, 'rb').read()
    print(mode, rel(r), ext._classify_pyc(d, 'mod', {}),
          d[8:16] == importlib.util.source_hash(open(src, 'rb').read()) if mode.value > 1 else None)

print('opt1', rel(py_compile.compile(src, optimize=1)))
print('opt2', rel(py_compile.compile(src, optimize=2)))
print('opt0', rel(py_compile.compile(src, optimize=0)))
print('dfile', py_compile.compile(src, cfile=os.path.join(tmp, 'd.pyc'), dfile='shown.py') is not None)
print('dfile name', ext._compile_bytecode(open(os.path.join(tmp, 'd.pyc'), 'rb').read()[16:]).co_filename)

bad = os.path.join(tmp, 'bad.py')
with open(bad, 'w') as f:
    f.write('def f(:\n')
err = io.StringIO()
with contextlib.redirect_stderr(err):
    print('bad, no raise', py_compile.compile(bad))
print('stderr has SyntaxError', 'SyntaxError' in err.getvalue())
try:
    py_compile.compile(bad, doraise=True)
except py_compile.PyCompileError as e:
    print('PyCompileError', e.exc_type_name, rel(e.file), type(e.exc_value).__name__)
err = io.StringIO()
with contextlib.redirect_stderr(err):
    print('quiet 2', py_compile.compile(bad, quiet=2, doraise=True), repr(err.getvalue()))
e = py_compile.PyCompileError(ValueError, ValueError('boom'), 'x.py')
print(str(e), e.args[1:3])
os.mkdir(os.path.join(tmp, 'dir.pyc'))
try:
    py_compile.compile(src, cfile=os.path.join(tmp, 'dir.pyc'))
except FileExistsError as e:
    print('FileExistsError', 'non-regular' in str(e))
try:
    py_compile.compile(os.path.join(tmp, 'missing.py'))
except FileNotFoundError as e:
    print('FileNotFoundError')

# helpers
print(ext._pack_uint32(2**32 + 5), ext._unpack_uint32(b'\x01\x02\x00\x00'), ext._unpack_uint16(b'\x01\x01'),
      ext._unpack_uint64(b'\x01' + bytes(7)))
print(ext._path_join('a', 'b', 'c.py'), ext._path_join('a/', '/b', 'c'), ext._path_split('a/b/c.py'),
      ext._path_split('c.py'))
print(ext._path_isfile(src), ext._path_isdir(tmp), ext._path_isabs('/x'), ext._path_isabs('x'))
print(ext.decode_source(b'# -*- coding: latin-1 -*-\nx = "\xe9"\r\n'))
print(rel(ext._get_sourcefile(importlib.util.cache_from_source(src))), ext._get_sourcefile(''))
print(rel(ext._get_cached(src)), ext._get_cached('x.txt'))
print(ext._RAW_MAGIC_NUMBER == int.from_bytes(ext.MAGIC_NUMBER, 'little'), ext.SOURCE_SUFFIXES, ext.BYTECODE_SUFFIXES)
for blob in (b'xxxx' + bytes(12), ext.MAGIC_NUMBER + b'\x04' + bytes(11), ext.MAGIC_NUMBER[:3]):
    try:
        ext._classify_pyc(blob, 'm', {'name': 'm'})
    except (ImportError, EOFError) as e:
        print(type(e).__name__, e)
try:
    ext._validate_timestamp_pyc(data, 5, 0, 'm', {})
except ImportError as e:
    print('stale', e)
ext._validate_timestamp_pyc(data, 1000000000, os.path.getsize(src), 'm', {})
try:
    ext._validate_hash_pyc(bytes(16), b'12345678', 'm', {})
except ImportError as e:
    print(e)
print(type(ext._bless_my_loader({'__loader__': 1})), ext._bless_my_loader({}))
for g in ({'__spec__': None}, {'__spec__': importlib.util.spec_from_loader('m', None)}):
    try:
        ext._bless_my_loader(g)
    except (ValueError, AttributeError) as e:
        print(type(e).__name__, e)
ns = {}
ext._fix_up_module(ns, 'mod', src)
print(sorted(ns), ns['__spec__'].name, rel(ns['__file__']), ns['__cached__'])
print([(l.__name__, s) for l, s in ext._get_supported_file_loaders() if 'Extension' not in l.__name__])
