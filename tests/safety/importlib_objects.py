# importlib's Python-level parts (_bootstrap, _bootstrap_external, abc),
# py_compile, compileall, runpy and pkgutil with ill-typed and hostile
# arguments: any exception may come but SystemError (a Go panic in Kaa),
# save CPython's own for a malformed code object in a pyc.
# Run by safety_test.go.
import importlib._bootstrap as boot
import importlib._bootstrap_external as ext
import importlib.abc
import os
import py_compile
import random
import tempfile

import _kaa_importlib

bad = count = 0
PYC_LOADS = ('compile_bytecode', 'load_code body', 'sourceless', 'run_path pyc')


def call(label, f, *a, **k):
    global bad, count
    count += 1
    try:
        return f(*a, **k)
    except SystemError as e:
        # A garbled code object in a pyc body is refused as CPython's
        # _PyCode_Validate refuses it: SystemError with this message.
        if label in PYC_LOADS and str(e) == 'bad argument to internal function':
            return None
        bad += 1
        print('SYSTEMERROR', label, e)
    except BaseException:
        pass


# Whatever the calls write goes to a scratch folder.
src_file = os.path.abspath(__file__)
scratch = tempfile.mkdtemp()
os.chdir(scratch)
rng = random.Random(5)
values = [None, 0, -1, 2**70, 1.5, '', 'x', '\0', b'', b'\xff' * 20, [], {}, (), object(), ext.MAGIC_NUMBER]
good = ext._code_to_timestamp_pyc(compile('x = {1, 2}\ndef f(): return "s"\n', 'h.py', 'exec'), 1, 2)
blobs = [good, good[:20], good[16:], good[16:-3], b'', b'\0' * 40]
for _ in range(40):
    m = bytearray(good)
    for _ in range(rng.randint(1, 6)):
        m[rng.randrange(len(m))] = rng.randrange(256)
    blobs.append(bytes(m))
for b in blobs:
    call('classify', ext._classify_pyc, b, 'm', {})
    call('compile_bytecode', ext._compile_bytecode, b[16:])
    call('load_code', _kaa_importlib.load_code, b)
    call('load_code body', _kaa_importlib.load_code, b[16:])
for v in values:
    call('dump_code', _kaa_importlib.dump_code, v)
    call('load_code', _kaa_importlib.load_code, v)
    call('pack', ext._pack_uint32, v)
    call('unpack32', ext._unpack_uint32, v)
    call('path_join', ext._path_join, v, v)
    call('decode_source', ext.decode_source, v)
    call('get_sourcefile', ext._get_sourcefile, v)
    call('get_cached', ext._get_cached, v)
    call('timestamp_pyc', ext._code_to_timestamp_pyc, v, v, v)
    call('hash_pyc', ext._code_to_hash_pyc, v, v)
    call('bless', ext._bless_my_loader, v)
    call('resolve', boot._resolve_name, v, v, v)
    call('sanity', boot._sanity_check, v, v, 1)
    call('gcd_import', boot._gcd_import, v)
    call('handle_fromlist', boot._handle_fromlist, os, [v], __import__)
    call('py_compile', py_compile.compile, v)
    call('py_compile cfile', py_compile.compile, src_file, cfile=v)
    call('PyCompileError', py_compile.PyCompileError, v, v, v)
    call('spec_from_module', boot._spec_from_module, v)
    call('InspectLoader.source_to_code', importlib.abc.InspectLoader.source_to_code, v)

with tempfile.TemporaryDirectory() as tmp:
    for i, b in enumerate(blobs):
        p = os.path.join(tmp, 'm%d.pyc' % i)
        with open(p, 'wb') as f:
            f.write(b)
        call('sourceless', ext.SourcelessFileLoader('m%d' % i, p).get_code, 'm%d' % i)
    src = os.path.join(tmp, 's.py')
    for text in (b'\xff\xfe\0', b'def (:', b'x = 1\n' * 1000, b'# coding: nope\n', b'\0'):
        with open(src, 'wb') as f:
            f.write(text)
        call('py_compile text', py_compile.compile, src, doraise=True)
    for mode in ('compileall', 'runpy', 'pkgutil'):
        try:
            __import__(mode)
        except ImportError:
            pass
    try:
        import compileall
        for v in values:
            call('compile_dir', compileall.compile_dir, v, quiet=2)
            call('compile_file', compileall.compile_file, v, quiet=2)
        call('compile_dir tmp', compileall.compile_dir, tmp, quiet=2, workers=1)
    except ImportError:
        pass
    try:
        import runpy
        for v in values:
            call('run_path', runpy.run_path, v)
            call('run_module', runpy.run_module, v)
        call('run_path pyc', runpy.run_path, os.path.join(tmp, 'm7.pyc'))
    except ImportError:
        pass
    try:
        import pkgutil
        for v in values:
            call('iter_modules', lambda x: list(pkgutil.iter_modules(x)), v)
            call('get_data', pkgutil.get_data, v, v)
            call('resolve_name', pkgutil.resolve_name, v)
            call('extend_path', pkgutil.extend_path, v, v)
    except ImportError:
        pass
import importlib.resources as resources
for v in values:
    call('files', resources.files, v)
    call('read_text', resources.read_text, 'json', v)
    call('read_binary', resources.read_binary, v, v)
    call('as_file', lambda x: resources.as_file(x).__enter__(), v)
    call('is_resource', resources.is_resource, 'json', v)
import shutil
os.chdir('/')
shutil.rmtree(scratch, ignore_errors=True)
print('calls', count, 'system errors', bad)
