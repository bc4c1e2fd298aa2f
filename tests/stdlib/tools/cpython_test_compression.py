"""Runs CPython's own test_zlib, test_gzip, test_zipfile and test_tarfile
(or the modules named), unmodified, under Kaa, as cpython_tests.py does, with
three more stand-ins for what these test files import at the top and Kaa
lacks so far:

- array: a bytes subclass remembering its typecode, for a Kaa without the
  native array module (a built-in module is found before it);
- test.support.script_helper: assert_python_ok/failure skip the test (no
  subprocess Python here);
- importlib.util: source_from_cache only;
- a shift_jis codec that is UTF-8 (test_zipfile.test_core uses shift_jis
  at import time; Kaa has no CJK codecs).

Usage: python3.13 tests/stdlib/tools/cpython_test_compression.py [KAA] [-v] [MODULE...]
"""
import os
import subprocess
import sys
import tempfile



def _shared():
    # cpython_tests.py runs when imported: take its tables (everything
    # before its main()) without running it.
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'cpython_tests.py')
    with open(path) as f:
        text = f.read()
    space = {'__name__': 'cpython_tests_tables'}
    exec(text[:text.index('\ndef main')], space)
    return space


cpython_tests = type('tables', (), _shared())

MODULES = ['test.test_zlib', 'test.test_gzip', 'test.test_zipfile', 'test.test_tarfile']

EXTRA = {
    'array': '''
import struct
class array(bytes):
    def __new__(cls, typecode, init=b''):
        if not isinstance(init, (bytes, bytearray)):
            init = struct.pack('=%d%s' % (len(init), typecode), *init)
        self = super().__new__(cls, init)
        self.typecode = typecode
        self.itemsize = struct.calcsize(typecode)
        return self
''',
    '_kaa_script_helper': '''
import unittest
def assert_python_ok(*args, **env):
    raise unittest.SkipTest('no subprocess Python here')
assert_python_failure = spawn_python = run_python_until_end = assert_python_ok
def make_script(*args, **kwargs):
    raise unittest.SkipTest('no subprocess Python here')
''',
    '_kaa_importlib_util': '''
import os
def source_from_cache(path):
    head, tail = os.path.split(path)
    base = tail.split('.')[0]
    return os.path.join(os.path.dirname(head), base + '.py')
''',
}

PRELUDE = '''
import sys as _sys
_sys.path.insert(0, %(stubs)r)
import _kaa_script_helper, _kaa_importlib_util, importlib
_sys.modules['test.support.script_helper'] = _kaa_script_helper
_sys.modules['importlib.util'] = _kaa_importlib_util
importlib.util = _kaa_importlib_util
# Kaa has no CJK codecs yet: test_zipfile's EncodedMetadataTests builds its
# data with shift_jis at class creation. Stand in UTF-8 so that the rest of
# test_core imports (those tests then fail).
import codecs as _codecs
_codecs.register(lambda name: _codecs.lookup('utf-8') if name == 'shift_jis' else None)
'''


def main():
    args = sys.argv[1:]
    kaa = args.pop(0) if args and not args[0].startswith('-') else './kaa'
    verbose = '-v' in args
    modules = [a for a in args if not a.startswith('-')] or MODULES
    with tempfile.TemporaryDirectory() as tmp:
        stubs = os.path.join(tmp, 'stubs')
        os.makedirs(stubs)
        for name, text in {**cpython_tests.STANDINS, **EXTRA}.items():
            with open(os.path.join(stubs, name + '.py'), 'w') as f:
                f.write(text)
        runner = os.path.join(tmp, 'runner.py')
        values = {'stubs': stubs, 'lib': cpython_tests.LIB, 'modules': modules,
                  'verbosity': 2 if verbose else 1}
        with open(runner, 'w') as f:
            f.write(PRELUDE % values + cpython_tests.RUNNER % values)
        r = subprocess.run([os.path.abspath(kaa), runner], cwd=tmp, timeout=3000)
    sys.exit(r.returncode)


if __name__ == '__main__':
    main()
