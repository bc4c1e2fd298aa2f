import sys
print(sys.version_info[:3], sys.version_info.major, sys.version_info.minor, sys.version_info.releaselevel, sys.version_info >= (3, 13), type(sys.version_info).__name__)
print(sys.version.startswith('3.13.0'), sys.hexversion == 0x030d00f0, sys.implementation.cache_tag.endswith('-313'), sys.implementation.version[:2])
print(sys.maxsize == 2**63 - 1, sys.byteorder, sys.platform, type(sys.argv).__name__, len(sys.argv) >= 1, type(sys.path).__name__)
print(sys.getrecursionlimit(), type(sys.modules).__name__, 'sys' in sys.modules, 'builtins' in sys.modules, sys.modules['sys'] is sys)
print(sys.flags.optimize, sys.flags.dont_write_bytecode in (0, 1), sys.flags.isolated, type(sys.flags).__name__, sys.flags.verbose)
print(sys.int_info.bits_per_digit > 0, sys.int_info.default_max_str_digits, sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig)
print(sys.float_info.min, sys.float_info.max_exp, sys.float_info.radix, sys.float_repr_style, sys.maxunicode)
a = sys.intern('hello world')
print(a == 'hello world', sys.intern('x') is sys.intern('x'))
try:
    sys.intern(5)
except TypeError as e:
    print(e)
print(sys.exc_info(), sys.exception())
try:
    raise KeyError('k')
except KeyError:
    et, ev, tb = sys.exc_info()
    print(et.__name__, repr(ev), tb is not None, repr(sys.exception()))
print(sys.exc_info())
print(sys.stdout.write('direct\n'))
print(hasattr(sys.stdin, 'readline'), hasattr(sys.stderr, 'write'), sys.stdout is sys.__stdout__)
old = sys.getrecursionlimit()
sys.setrecursionlimit(500)
print(sys.getrecursionlimit())
sys.setrecursionlimit(old)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print(e)
print(sys.getdefaultencoding(), sys.getfilesystemencoding(), callable(sys.getsizeof), sys.dont_write_bytecode in (True, False))
print(type(sys.builtin_module_names).__name__, 'sys' in sys.builtin_module_names, sys.prefix != None)
print(sys._getframe().f_code.co_name, sys._getframe(0).f_lineno > 0)
def inner():
    return sys._getframe(1).f_code.co_name
print(inner())
