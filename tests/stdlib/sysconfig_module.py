# sysconfig: the installation schemes (templates and expansion with given
# variables), names, the platform, the common configuration variables,
import io
import os
import sysconfig

print(sysconfig.get_scheme_names(), sysconfig.get_path_names(), sysconfig.get_default_scheme())
print(sysconfig.get_preferred_scheme('prefix'), sysconfig.get_preferred_scheme('home'), sysconfig.get_preferred_scheme('user'))
print(sysconfig.get_platform(), sysconfig.get_python_version(), sysconfig.is_python_build())
fixed = {'base': '/B', 'installed_base': '/IB', 'platbase': '/P', 'installed_platbase': '/IP', 'userbase': '/U'}
for scheme in sysconfig.get_scheme_names():
    print(scheme, sysconfig.get_paths(scheme, expand=False))
    print(' ', sysconfig.get_paths(scheme, vars=dict(fixed)))
print(sysconfig.get_path('purelib', vars=dict(fixed)), sysconfig.get_path('scripts', 'posix_home', dict(fixed)))
try:
    sysconfig.get_path('nope')
except KeyError as e:
    print('KeyError', e)
try:
    sysconfig.get_paths('nope')
except KeyError as e:
    print('KeyError', e)
for name in ['py_version_short', 'py_version_nodot', 'implementation', 'implementation_lower', 'abiflags', 'platlibdir',
             'abi_thread', 'Py_GIL_DISABLED', 'nonexistent']:
    print(name, repr(sysconfig.get_config_var(name)))
print(sysconfig.get_config_vars('py_version_short', 'nope'), isinstance(sysconfig.get_config_vars(), dict))
print(sysconfig.get_config_var('prefix') == os.path.normpath(__import__('sys').prefix))
h = io.StringIO('#define HAVE_X 1\n#define NAME "str"\n/* #undef HAVE_Y */\n#define MACOSX_DEPLOYMENT_TARGET 10\n#define lower 3\nother\n')
print(sysconfig.parse_config_h(h), sysconfig.parse_config_h(io.StringIO(''), {'k': 1}))
print(sysconfig.get_makefile_filename().endswith('Makefile'), sysconfig.get_config_h_filename().endswith('pyconfig.h'))
print(sorted(sysconfig.__all__))
