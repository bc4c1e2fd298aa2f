"""Where this Python's files are installed, and how it was configured:
installation schemes and their paths, configuration variables, and the
platform's name for built distributions."""

# Kaa's sysconfig. The installation schemes follow CPython's layouts (so
# that tools installing packages find lib/python3.13/site-packages as they
# expect); the configuration variables are Kaa's own -- it is one Go binary,
# built without a Makefile, a C compiler or pyconfig.h -- with the names
# packaging tools read.

import os
import sys
import threading
from os.path import realpath

__all__ = [
    # installation paths
    'get_path', 'get_paths', 'get_path_names', 'get_scheme_names',
    # configuration
    'get_config_var', 'get_config_vars', 'get_config_h_filename',
    'get_makefile_filename', 'parse_config_h',
    # naming
    'get_platform', 'get_python_version',
]

# Variables parse_config_h keeps as text even when they look like numbers.
_ALWAYS_STR = {'IPHONEOS_DEPLOYMENT_TARGET', 'MACOSX_DEPLOYMENT_TARGET'}

# The paths every scheme has (besides which posix_prefix and nt also have
# platinclude).
_SCHEME_KEYS = tuple('stdlib platstdlib purelib platlib include scripts data'.split())

# Template pieces: the implementation's name in lower case, and with the
# version and the free-threading mark.
_LOWER = '{implementation_lower}'
_VERSIONED = _LOWER + '{py_version_short}{abi_thread}'


def _paths(stdlib, platstdlib, purelib, platlib, include, scripts, data,
           platinclude=None):
    # A scheme: its path templates by name, platinclude (where there is
    # one) after include.
    values = [stdlib, platstdlib, purelib, platlib, include, scripts, data]
    names = list(_SCHEME_KEYS)
    if platinclude is not None:
        names.insert(5, 'platinclude')
        values.insert(5, platinclude)
    return dict(zip(names, values))


def _unix_layout():
    # A prefix scheme on Unix: a versioned library folder under the
    # (platform) base, with site-packages inside.
    lib = '/{platlibdir}/' + _VERSIONED
    headers = '/include/' + _LOWER + '{py_version_short}{abiflags}'
    return _paths('{installed_base}' + lib, '{platbase}' + lib,
                  '{base}/lib/' + _VERSIONED + '/site-packages',
                  '{platbase}' + lib + '/site-packages',
                  '{installed_base}' + headers, '{base}/bin', '{base}',
                  platinclude='{installed_platbase}' + headers)


def _windows_layout():
    site = '{base}/Lib/site-packages'
    return _paths('{installed_base}/Lib', '{base}/Lib', site, site,
                  '{installed_base}/Include', '{base}/Scripts', '{base}',
                  platinclude='{installed_base}/Include')


def _home_layout():
    # --home installs: one unversioned library folder.
    lib = '{base}/lib/' + _LOWER
    include = '{installed_base}/include/' + _LOWER
    return _paths('{installed_base}/lib/' + _LOWER, lib, lib, lib, include,
                  '{base}/bin', '{base}', platinclude=include)


_INSTALL_SCHEMES = {
    'posix_prefix': _unix_layout(),
    'posix_home': _home_layout(),
    'nt': _windows_layout(),
    'posix_venv': _unix_layout(),
    'nt_venv': _windows_layout(),
}
_INSTALL_SCHEMES['venv'] = _INSTALL_SCHEMES['nt_venv' if os.name == 'nt' else 'posix_venv']


def _get_implementation():
    # The name in the paths: CPython's layout, which installers expect.
    return 'Python'


# Platforms without per-user folders.
_NO_USER_SITE = frozenset({"emscripten", "ios", "tvos", "vxworks", "wasi", "watchos"})


def _getuserbase():
    # The base of per-user installs: $PYTHONUSERBASE, else ~/.local (None on
    # platforms without user folders).
    chosen = os.environ.get("PYTHONUSERBASE", None)
    if chosen:
        return chosen
    if sys.platform in _NO_USER_SITE:
        return None
    home = "~"
    if os.name == "nt":
        parts = (os.environ.get("APPDATA") or home, _get_implementation())
    elif sys.platform == "darwin" and getattr(sys, '_framework', None):
        parts = (home, "Library", sys._framework, "%d.%d" % sys.version_info[:2])
    else:
        parts = (home, ".local")
    return os.path.expanduser(os.path.join(*parts))


_HAS_USER_BASE = _getuserbase() is not None

if _HAS_USER_BASE:
    _per_version = '{userbase}/{implementation}{py_version_nodot_plat}'
    _INSTALL_SCHEMES['nt_user'] = _paths(
        _per_version, _per_version, _per_version + '/site-packages',
        _per_version + '/site-packages', _per_version + '/Include',
        _per_version + '/Scripts', '{userbase}')
    _lib = '{userbase}/{platlibdir}/' + _VERSIONED
    _site = '{userbase}/lib/' + _VERSIONED + '/site-packages'
    _INSTALL_SCHEMES['posix_user'] = _paths(
        _lib, _lib, _site, _site, '{userbase}/include/' + _VERSIONED,
        '{userbase}/bin', '{userbase}')
    _lib = '{userbase}/lib/' + _LOWER
    _INSTALL_SCHEMES['osx_framework_user'] = _paths(
        _lib, _lib, _lib + '/site-packages', _lib + '/site-packages',
        '{userbase}/include/' + _LOWER + '{py_version_short}',
        '{userbase}/bin', '{userbase}')
    del _per_version, _lib, _site

_PY_VERSION = sys.version.partition(' ')[0]
_PY_VERSION_SHORT = '%d.%d' % sys.version_info[:2]
_PY_VERSION_SHORT_NO_DOT = '%d%d' % sys.version_info[:2]
_PREFIX, _BASE_PREFIX, _EXEC_PREFIX, _BASE_EXEC_PREFIX = map(
    os.path.normpath, (sys.prefix, sys.base_prefix, sys.exec_prefix, sys.base_exec_prefix))

# The configuration variables, computed once (under the lock) on first use.
_CONFIG_VARS_LOCK = threading.RLock()
_CONFIG_VARS, _CONFIG_VARS_INITIALIZED = None, False
_USER_BASE = None


def _safe_realpath(path):
    # realpath(), or path itself where that fails.
    try:
        return realpath(path)
    except OSError:
        return path


# The folder of the running executable (a build tree's root when run from
# one).
_PROJECT_BASE = os.path.dirname(_safe_realpath(sys.executable)) if sys.executable \
    else _safe_realpath(os.getcwd())
if getattr(sys, '_home', None):
    _PROJECT_BASE = sys._home
if '_PYTHON_PROJECT_BASE' in os.environ:
    _PROJECT_BASE = _safe_realpath(os.environ['_PYTHON_PROJECT_BASE'])


def is_python_build(check_home=None):
    """Whether this Python runs from CPython's build tree (never, for Kaa's
    binary, unless it was placed in one)."""
    if check_home is not None:
        import warnings
        warnings.warn("check_home argument is deprecated and ignored.",
                      DeprecationWarning, stacklevel=2)
    modules = os.path.join(_PROJECT_BASE, "Modules")
    return any(os.path.isfile(os.path.join(modules, name))
               for name in ("Setup", "Setup.local"))


_PYTHON_BUILD = is_python_build()

if _PYTHON_BUILD:
    for _name in ('posix_prefix', 'posix_home'):
        _scheme = _INSTALL_SCHEMES[_name]
        _scheme['headers'] = _scheme['include']
        _scheme['include'] = '{srcdir}/Include'
        _scheme['platinclude'] = '{projectbase}/.'
    del _name, _scheme


def _subst_vars(s, local_vars):
    # Fill the template's {names} from local_vars, else from the environment;
    # AttributeError names the first one local_vars lacked.
    try:
        return s.format(**local_vars)
    except KeyError as missing:
        unknown = missing
    try:
        return s.format(**os.environ)
    except KeyError:
        raise AttributeError(f'{unknown}') from None


def _expand_vars(scheme, vars):
    # The scheme's paths with every {name} filled in.  The configuration
    # variables are added to the caller's vars (without replacing any).
    known = {} if vars is None else vars
    for name, value in get_config_vars().items():
        known.setdefault(name, value)
    if os.name == 'nt':
        # Windows keeps its library in Lib whatever sys.platlibdir says.
        known = {**known, 'platlibdir': 'lib'}
    home_aware = os.name in {'posix', 'nt'}
    expanded = {}
    for key, template in _INSTALL_SCHEMES[scheme].items():
        if home_aware:
            template = os.path.expanduser(template)
        expanded[key] = os.path.normpath(_subst_vars(template, known))
    return expanded


def _get_preferred_schemes():
    if os.name == 'nt':
        return {'prefix': 'nt', 'home': 'posix_home', 'user': 'nt_user'}
    user = 'posix_user'
    if sys.platform == 'darwin' and getattr(sys, '_framework', None):
        user = 'osx_framework_user'
    return {'prefix': 'posix_prefix', 'home': 'posix_home', 'user': user}


def get_preferred_scheme(key):
    """The scheme to install into for key: 'prefix', 'home' or 'user'."""
    in_venv = sys.prefix != sys.base_prefix
    if in_venv and key == 'prefix':
        return 'venv'
    chosen = _get_preferred_schemes()[key]
    if chosen in _INSTALL_SCHEMES:
        return chosen
    raise ValueError(f"{key!r} returned {chosen!r}, which is not a valid "
                     "scheme on this platform")


def get_default_scheme():
    """The scheme of this Python's own installation."""
    return get_preferred_scheme('prefix')


def get_makefile_filename():
    """Where CPython would keep the Makefile it was built with (Kaa has
    none)."""
    if _PYTHON_BUILD:
        return os.path.join(_PROJECT_BASE, "Makefile")
    folder = 'config-' + _PY_VERSION_SHORT + getattr(sys, 'abiflags', '') \
        if hasattr(sys, 'abiflags') else 'config'
    multiarch = getattr(sys.implementation, '_multiarch', None)
    if multiarch is not None:
        folder += '-' + multiarch
    return os.path.join(get_path('stdlib'), folder, 'Makefile')


def _get_sysconfigdata_name():
    # The module CPython keeps its build variables in (none in Kaa).
    default = '_sysconfigdata_{}_{}_{}'.format(
        getattr(sys, 'abiflags', ''), sys.platform,
        getattr(sys.implementation, '_multiarch', ''))
    return os.environ.get('_PYTHON_SYSCONFIGDATA_NAME', default)


def _build_time_vars():
    # Kaa's configuration, under the names of CPython's Makefile variables
    # that tools read.
    arch = os.uname().machine if hasattr(os, 'uname') else ''
    multiarch = f'{arch}-{sys.platform}-gnu' if sys.platform == 'linux' else ''
    prefix = _BASE_PREFIX
    libdest = os.path.join(prefix, sys.platlibdir, 'python' + _PY_VERSION_SHORT)
    return {
        'ABIFLAGS': '', 'ABI_THREAD': '', 'BINDIR': os.path.join(prefix, 'bin'),
        'BINLIBDEST': libdest, 'CC': '', 'CFLAGS': '', 'CCSHARED': '', 'CXX': '',
        'EXE': '', 'EXT_SUFFIX': '.so', 'HOST_GNU_TYPE': multiarch,
        'INCLUDEPY': os.path.join(prefix, 'include', 'python' + _PY_VERSION_SHORT),
        'LDFLAGS': '', 'LDSHARED': '', 'LIBDEST': libdest,
        'LIBDIR': os.path.join(prefix, sys.platlibdir), 'LIBPL': '',
        'LIBRARY': '', 'LDLIBRARY': '', 'MULTIARCH': multiarch,
        'Py_DEBUG': 0, 'Py_ENABLE_SHARED': 0, 'Py_GIL_DISABLED': 0,
        'SHLIB_SUFFIX': '.so', 'SIZEOF_VOID_P': 8 if sys.maxsize > 2 ** 32 else 4,
        'SOABI': None, 'TZPATH': '/usr/share/zoneinfo:/usr/lib/zoneinfo:/usr/share/lib/zoneinfo:/etc/zoneinfo',
        'VERSION': _PY_VERSION_SHORT, 'WITH_DOC_STRINGS': 1,
        'WITH_PYMALLOC': 0, 'prefix': prefix, 'exec_prefix': _BASE_EXEC_PREFIX,
    }


def _init_posix(vars):
    """Add the build-time variables."""
    for key, value in _build_time_vars().items():
        vars.setdefault(key, value)


def _init_non_posix(vars):
    """Add the variables Windows builds have."""
    vars.update(
        LIBDEST=get_path('stdlib'), BINLIBDEST=get_path('platstdlib'),
        INCLUDEPY=get_path('include'), EXE='.exe',
        VERSION=_PY_VERSION_SHORT_NO_DOT, TZPATH='',
        BINDIR=os.path.dirname(_safe_realpath(sys.executable)))


def parse_config_h(fp, vars=None):
    """Read the #define and #undef lines of a pyconfig.h-style file into a
    dict (or into vars): numbers as ints, #undef as 0."""
    import re
    vars = {} if vars is None else vars
    defined = re.compile("#define ([A-Z][A-Za-z0-9_]+) (.*)\n")
    undefined = re.compile("/[*] #undef ([A-Z][A-Za-z0-9_]+) [*]/\n")
    for line in iter(fp.readline, ''):
        if m := defined.match(line):
            name, value = m.group(1, 2)
            if name not in _ALWAYS_STR:
                try:
                    value = int(value)
                except ValueError:
                    pass
            vars[name] = value
        elif m := undefined.match(line):
            vars[m.group(1)] = 0
    return vars


def get_config_h_filename():
    """Where pyconfig.h would be."""
    if _PYTHON_BUILD:
        folder = os.path.dirname(sys._base_executable) if os.name == "nt" else _PROJECT_BASE
    else:
        folder = get_path('platinclude')
    return os.path.join(folder, 'pyconfig.h')


def get_scheme_names():
    """The names of the installation schemes, sorted."""
    return tuple(sorted(_INSTALL_SCHEMES))


def get_path_names():
    """The names of the paths every scheme has."""
    return _SCHEME_KEYS


def get_paths(scheme=get_default_scheme(), vars=None, expand=True):
    """The paths of a scheme (by default this installation's): filled in
    from the configuration variables and vars, or the templates themselves
    with expand false."""
    return _expand_vars(scheme, vars) if expand else _INSTALL_SCHEMES[scheme]


def get_path(name, scheme=get_default_scheme(), vars=None, expand=True):
    """One path of a scheme: name is one of get_path_names()."""
    return get_paths(scheme, vars, expand)[name]


def _init_config_vars():
    global _CONFIG_VARS, _CONFIG_VARS_INITIALIZED
    found = {
        'prefix': _PREFIX,
        'exec_prefix': _EXEC_PREFIX,
        'py_version': _PY_VERSION,
        'py_version_short': _PY_VERSION_SHORT,
        'py_version_nodot': _PY_VERSION_SHORT_NO_DOT,
        'installed_base': _BASE_PREFIX,
        'base': _PREFIX,
        'installed_platbase': _BASE_EXEC_PREFIX,
        'platbase': _EXEC_PREFIX,
        'projectbase': _PROJECT_BASE,
        'platlibdir': sys.platlibdir,
        'implementation': _get_implementation(),
        'implementation_lower': _get_implementation().lower(),
        'abiflags': getattr(sys, 'abiflags', ''),
        'py_version_nodot_plat': getattr(sys, 'winver', '').replace('.', ''),
    }
    _CONFIG_VARS = found
    if os.name == 'nt':
        _init_non_posix(found)
        found['VPATH'] = sys._vpath
    if os.name == 'posix':
        _init_posix(found)
    if _HAS_USER_BASE:
        found['userbase'] = _getuserbase()
    found['abi_thread'] = 't' if found.get('Py_GIL_DISABLED') else ''
    srcdir = found.get('srcdir', _PROJECT_BASE)
    if os.name == 'posix':
        base = os.path.dirname(get_makefile_filename())
        srcdir = os.path.join(base, srcdir) if _PYTHON_BUILD else base
    found['srcdir'] = _safe_realpath(srcdir)
    _CONFIG_VARS_INITIALIZED = True


def get_config_vars(*args):
    """Without arguments, the dict of every configuration variable; with
    names, the list of their values (None for unknown names)."""
    if not _CONFIG_VARS_INITIALIZED:
        # Another thread may be computing them: wait for it.
        with _CONFIG_VARS_LOCK:
            if _CONFIG_VARS is None:
                _init_config_vars()
    found = _CONFIG_VARS
    return [found.get(name) for name in args] if args else found


def get_config_var(name):
    """The configuration variable name (None if there is none)."""
    value, = get_config_vars(name)
    return value


def get_platform():
    """The platform's name as built distributions carry it: 'linux-x86_64',
    'macosx-10.9-x86_64', 'win-amd64', ..."""
    if os.name == 'nt':
        version = sys.version.lower()
        for marker, name in (('amd64', 'win-amd64'), ('(arm)', 'win-arm32'),
                             ('(arm64)', 'win-arm64')):
            if marker in version:
                return name
        return sys.platform
    if os.name != "posix" or not hasattr(os, 'uname'):
        return sys.platform
    if "_PYTHON_HOST_PLATFORM" in os.environ:
        return os.environ["_PYTHON_HOST_PLATFORM"]
    osname, _, release, _, machine = os.uname()
    osname = osname.lower().replace('/', '')
    machine = machine.replace(' ', '_').replace('/', '-')
    if osname.startswith("linux"):
        return f"{osname}-{machine}"
    if osname.startswith("sunos") and release[0] >= "5":
        osname = "solaris"
        release = f"{int(release[0]) - 3}.{release[2:]}"
        machine += ".64bit" if sys.maxsize > 2 ** 32 else ".32bit"
    elif osname.startswith("cygwin"):
        import re
        osname = "cygwin"
        if m := re.match(r'[\d.]+', release):
            release = m.group()
    return f"{osname}-{release}-{machine}"


def get_python_version():
    """The major.minor version: '3.13'."""
    return _PY_VERSION_SHORT


def _get_python_version_abi():
    return _PY_VERSION_SHORT + get_config_var("abi_thread")


def expand_makefile_vars(s, vars):
    """Replace $(NAME) and ${NAME} in s by vars' values, repeatedly, until
    none is left; a name vars lacks raises KeyError."""
    import re
    pattern = re.compile(r"\$\(([A-Za-z][A-Za-z0-9_]*)\)|\$\{([A-Za-z][A-Za-z0-9_]*)\}")
    while m := pattern.search(s):
        name = m.group(1) or m.group(2)
        s = s[:m.start()] + vars.get(name) + s[m.end():]
    return s
