# platform: the parsing and formatting helpers on fixed inputs, and the
# shapes of the live answers (which differ between machines).
import os
import platform
import sys
import tempfile

for v in ['3.13.0 (main, Oct  8 2024, 08:51:28) [GCC 12.2.0]', '3.12 (tags/v3.12:abc, Jan 1 2024, 10:00) [MSC v.1937 64 bit (AMD64)]',
          '2.7.18 (default) [GCC]', '3.13.0 experimental free-threading build (main, Oct 1 2024) [Clang 15]',
          '3.10.12 (0b2ee5d, Jun 01 2023, 00:00:00)\n[PyPy 7.3.12 with GCC 10.2.1]']:
    print(repr(v[:20]), platform._sys_version(v))
for bad in ['garbage', '']:
    try:
        platform._sys_version(bad)
    except ValueError as e:
        print('ValueError', e)
print(platform._platform('Linux', '6.1', 'x86_64', '', 'with', 'glibc2.36'), platform._platform('a b', 'c/d:e;f"g(h)', 'unknown', '-x-'),
      platform._platform(), platform._platform('', ''))
print(platform.system_alias('SunOS', '5.10', 'v'), platform.system_alias('SunOS', '4.1', 'v'), platform.system_alias('win32', '10', 'x'),
      platform.system_alias('Linux', '6', 'x'), platform.system_alias('SunOS', 'x.y', 'v'))
print(platform._comparable_version('2.36') > platform._comparable_version('2.4'), platform._comparable_version('1.0rc1'),
      platform._comparable_version('1.0.dev2') < platform._comparable_version('1.0b1'))
print(platform._norm_version('1.02.003.4'), platform._norm_version('1.x', '5'), platform._norm_version('10', '2'))
print(platform._parse_os_release(['NAME="Foo Linux"', "ID=foo", 'VERSION_ID="1.2"', 'PRETTY_NAME="Foo \\"x\\" \\$y"', '# comment', 'BAD LINE', "Q='single'"]))
with tempfile.NamedTemporaryFile(delete=False) as f:
    f.write(b'junk GLIBC_2.17 more GLIBC_2.34 and GLIBC_2.4 libc.so.6 end' + b'x' * 40000 + b'GLIBC_2.36\0')
print(platform.libc_ver(f.name), platform.libc_ver(f.name, 'mylib', '9'))
with open(f.name, 'wb') as g:
    g.write(b'libc_r.so.1.2 __libc_init nothing')
print(platform.libc_ver(f.name))
with open(f.name, 'wb') as g:
    g.write(b'')
print(platform.libc_ver(f.name, 'x', 'y'))
os.unlink(f.name)
u = platform.uname()
print(type(u).__name__, u._fields, len(u), len(tuple(u)), u.system == os.uname().sysname, u[0] == u.system, u[-1] == u.processor)
print(u.release == platform.release(), u.machine == platform.machine(), u.version == platform.version(), u.node == platform.node())
print(platform.uname_result._make(('a', 'b', 'c', 'd', 'e')), tuple(platform.uname_result('a', 'b', 'c', 'd', 'e'))[:5])
try:
    platform.uname_result._make(('a', 'b'))
except TypeError as e:
    print('TypeError', e)
print(platform.uname_result('a', 'b', 'c', 'd', 'e').__reduce__())
print(platform.python_version() == '%d.%d.%d' % sys.version_info[:3], platform.python_version_tuple(), isinstance(platform.python_build(), tuple))
print(platform.platform().startswith(u.system), platform.platform(terse=True).startswith(u.system), platform.platform(aliased=True) == platform.platform(True))
print(platform.architecture(bits='16bit', executable=''), platform.architecture('')[0])
print(platform.win32_ver(), platform.win32_edition(), platform.win32_is_iot(), platform.mac_ver(), platform.ios_ver(), platform.android_ver())
print(platform.AndroidVer._fields, platform.IOSVersionInfo._fields, platform.__version__)
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    print(platform.java_ver(), [str(x.message) for x in w])
r = platform.freedesktop_os_release()
print(sorted(k for k in ('NAME', 'ID', 'PRETTY_NAME') if k in r))
