"""Facts about the platform this Python runs on: the operating system and
its release, the machine, the C library, and the Python itself.

The answers come from os.uname(), from files the system keeps (such as
/etc/os-release), and from small system commands when there is no other
way (file, uname -p); all are cached after the first call.
"""

# Kaa's platform module. CPython's has grown helpers for many systems; this
# one keeps the same functions and results, with each platform's special
# cases gathered in one place (_uname_fixups, platform()).

__copyright__ = """
    Copyright (c) 2024-2026 the Kaa authors.

    Kaa's platform module is written anew for Kaa; its interface and its
    results follow the platform module by Marc-Andre Lemburg that CPython
    distributes.
"""

__version__ = '1.0.8'

import collections
import os
import re
import sys
import functools
import itertools

# Version stages in the order they come, for comparing versions as text.
_ver_stages = {
    'dev': 10, 'alpha': 20, 'a': 20, 'beta': 30, 'b': 30, 'c': 40,
    'RC': 50, 'rc': 50, 'pl': 200, 'p': 200,
}


def _comparable_version(version):
    # A list that compares as the versions do: numbers by value, stage
    # names by their order, separators ignored.
    key = []
    for part in re.split(r'([0-9]+|[._+-])', version):
        if part in '._+-':
            continue
        if part.isdigit():
            key.extend((100, int(part)))
        else:
            key.extend((_ver_stages.get(part, 0), part))
    return key


def libc_ver(executable=None, lib='', version='', chunksize=16384):
    """Return (library, version) of the C library the executable uses
    (default: this Python), or (lib, version) when it cannot tell.

    For the running Python the system is asked first; otherwise the file
    is searched for the marks its C library leaves, which only works for
    executables linked against it.
    """
    if not executable:
        try:
            parts = os.confstr('CS_GNU_LIBC_VERSION').split(maxsplit=1)
        except (AttributeError, ValueError, OSError):
            parts = ()
        if len(parts) == 2:
            return tuple(parts)
        executable = sys.executable
        if not executable:
            return lib, version
    marks = re.compile(
        br'(__libc_init)|(GLIBC_([0-9.]+))|(libc(_\w+)?\.so(?:\.(\d[0-9.]*))?)',
        re.ASCII)
    newer = lambda a, b: _comparable_version(a) > _comparable_version(b)
    with open(os.path.realpath(executable), 'rb') as f:
        data = f.read(chunksize)
        pos = 0
        while pos < len(data):
            found = marks.search(data, pos) if (b'libc' in data or b'GLIBC' in data) else None
            if not found or found.end() == len(data):
                more = f.read(chunksize)
                if more:
                    # Keep a tail, so that marks across chunks are found.
                    data = data[max(pos, len(data) - 1000):] + more
                    pos = 0
                    continue
                if not found:
                    break
            init, glibc, glibc_version, so, threads, so_version = [
                g.decode('latin1') if g is not None else g for g in found.groups()]
            if init and not lib:
                lib = 'libc'
            elif glibc:
                if lib != 'glibc':
                    lib, version = 'glibc', glibc_version
                elif newer(glibc_version, version):
                    version = glibc_version
            elif so and lib != 'glibc':
                lib = 'libc'
                if so_version and (not version or newer(so_version, version)):
                    version = so_version
                if threads and version[-len(threads):] != threads:
                    version += threads
            pos = found.end()
    return lib, version


def _norm_version(version, build=''):
    # version (with build appended) as at most three dotted numbers.
    parts = version.split('.') + ([build] if build else [])
    try:
        parts = [str(int(p)) for p in parts]
    except ValueError:
        pass
    return '.'.join(parts[:3])


def _syscmd_ver(system='', release='', version='',
                supported_platforms=('win32', 'win16', 'dos')):
    # Windows' ver command, parsed; the arguments elsewhere.
    if sys.platform not in supported_platforms:
        return system, release, version
    import subprocess
    for cmd in ('ver', 'command /c ver', 'cmd /c ver'):
        try:
            info = subprocess.check_output(cmd, stdin=subprocess.DEVNULL,
                                           stderr=subprocess.DEVNULL, text=True,
                                           encoding="locale", shell=True)
            break
        except (OSError, subprocess.CalledProcessError):
            continue
    else:
        return system, release, version
    m = re.match(r'(?:([\w ]+) ([\w.]+) .*\[.* ([\d.]+)\])', info.strip())
    if m is not None:
        system, release, version = m.groups()
        if release.endswith('.'):
            release = release[:-1]
        if version.endswith('.'):
            version = version[:-1]
        version = _norm_version(version)
    return system, release, version


def win32_is_iot():
    return win32_edition() in ('IoTUAP', 'NanoServer', 'WindowsCoreHeadless', 'IoTEdgeOS')


def win32_edition():
    """The Windows edition (None elsewhere)."""
    try:
        import winreg
    except ImportError:
        return None
    try:
        with winreg.OpenKeyEx(winreg.HKEY_LOCAL_MACHINE,
                              r'SOFTWARE\Microsoft\Windows NT\CurrentVersion') as key:
            return winreg.QueryValueEx(key, 'EditionId')[0]
    except OSError:
        return None


def win32_ver(release='', version='', csd='', ptype=''):
    """Return (release, version, csd, ptype) of Windows; the arguments
    elsewhere."""
    try:
        from sys import getwindowsversion
    except ImportError:
        return release, version, csd, ptype
    info = getwindowsversion()
    major, minor, build = info.platform_version or info[:3]
    version = '{0}.{1}.{2}'.format(major, minor, build)
    csd = info.service_pack or csd
    return release, version, csd, ptype


def mac_ver(release='', versioninfo=('', '', ''), machine=''):
    """Return (release, versioninfo, machine) of macOS; the arguments
    elsewhere."""
    plist = '/System/Library/CoreServices/SystemVersion.plist'
    if not os.path.exists(plist):
        return release, versioninfo, machine
    try:
        import plistlib
        with open(plist, 'rb') as f:
            found = plistlib.load(f)
    except Exception:
        return release, versioninfo, machine
    release = found['ProductVersion']
    machine = os.uname().machine
    if machine in ('ppc', 'Power Macintosh'):
        machine = 'PowerPC'
    return release, ('', '', ''), machine


IOSVersionInfo = collections.namedtuple(
    "IOSVersionInfo", ["system", "release", "model", "is_simulator"])


def ios_ver(system="", release="", model="", is_simulator=False):
    """Return (system, release, model, is_simulator) on iOS; the arguments
    elsewhere."""
    if sys.platform == "ios":
        try:
            from _ios_support import get_platform_ios
        except ImportError:
            pass
        else:
            found = get_platform_ios()
            if found is not None:
                return IOSVersionInfo(*found)
    return IOSVersionInfo(system, release, model, is_simulator)


def java_ver(release='', vendor='', vminfo=('', '', ''), osinfo=('', '', '')):
    """Deprecated: Jython's Java facts; the arguments elsewhere."""
    import warnings
    warnings._deprecated('java_ver', remove=(3, 15))
    return release, vendor, vminfo, osinfo


AndroidVer = collections.namedtuple(
    "AndroidVer", "release api_level manufacturer model device is_emulator")


def android_ver(release="", api_level=0, manufacturer="", model="", device="",
                is_emulator=False):
    """Return Android's facts as AndroidVer; the arguments elsewhere."""
    return AndroidVer(release, api_level, manufacturer, model, device, is_emulator)


def system_alias(system, release, version):
    """Return (system, release, version) under the names marketing uses:
    SunOS 5 is Solaris 2, win32 is Windows."""
    if system == 'SunOS':
        if release < '5':
            return system, release, version
        head, dot, rest = release.partition('.')
        try:
            release = str(int(head) - 3) + dot + rest
        except ValueError:
            pass
        system = 'Solaris'
    elif system in ('win32', 'win16'):
        system = 'Windows'
    return system, release, version


def _platform(*args):
    # Join the non-empty parts with '-' into something usable as a file
    # name: other separators become '-', 'unknown' disappears, and runs of
    # '-' shrink to one.
    text = '-'.join(part.strip() for part in args if len(part))
    text = re.sub(r'[ ]', '_', text)
    text = re.sub(r'[/\\:;"()]', '-', text).replace('unknown', '')
    text = re.sub(r'-{2,}', '-', text)
    return text.rstrip('-')


def _node(default=''):
    try:
        import socket
    except ImportError:
        return default
    try:
        return socket.gethostname()
    except OSError:
        return default


def _follow_symlinks(filepath):
    path = os.path.abspath(filepath)
    while os.path.islink(path):
        path = os.path.normpath(os.path.join(os.path.dirname(path), os.readlink(path)))
    return path


def _syscmd_file(target, default=''):
    # What the file command says of target, or default.
    if sys.platform in {'dos', 'win32', 'win16', 'ios', 'tvos', 'watchos'}:
        return default
    try:
        import subprocess
    except ImportError:
        return default
    try:
        out = subprocess.check_output(['file', '-b', _follow_symlinks(target)],
                                      stderr=subprocess.DEVNULL,
                                      env=dict(os.environ, LC_ALL='C'))
    except (OSError, subprocess.CalledProcessError):
        return default
    return out.decode('latin-1') if out else default


_default_architecture = {
    'win32': ('', 'WindowsPE'),
    'win16': ('', 'Windows'),
    'dos': ('', 'MSDOS'),
}

# Words of the file command's output and the linkage they mean, in order.
_LINKAGES = (('ELF', 'ELF'), ('Mach-O', 'Mach-O'), ('PE', None), ('COFF', 'COFF'),
             ('MS-DOS', 'MSDOS'))


def architecture(executable=sys.executable, bits='', linkage=''):
    """Return (bits, linkage) of the executable: e.g. ('64bit', 'ELF').

    bits defaults to the width of this Python's pointers; the rest comes
    from the system's file command when it is available.
    """
    if not bits:
        import struct
        bits = str(struct.calcsize('P') * 8) + 'bit'
    described = _syscmd_file(executable, '') if executable else ''
    if not described and executable == sys.executable:
        default_bits, default_linkage = _default_architecture.get(sys.platform, ('', ''))
        return default_bits or bits, default_linkage or linkage
    if 'executable' not in described and 'shared object' not in described:
        return bits, linkage
    if '32-bit' in described:
        bits = '32bit'
    elif '64-bit' in described:
        bits = '64bit'
    for word, name in _LINKAGES:
        if word in described:
            if name is None:
                name = 'WindowsPE' if 'Windows' in described else 'PE'
            linkage = name
            break
    return bits, linkage


def _get_machine_win32():
    return (os.environ.get('PROCESSOR_ARCHITEW6432', '')
            or os.environ.get('PROCESSOR_ARCHITECTURE', ''))


class _Processor:
    # The processor's name: a per-platform method, else `uname -p`.

    @classmethod
    def get(cls):
        return getattr(cls, f'get_{sys.platform}', cls.from_subprocess)() or ''

    def get_win32():
        return os.environ.get('PROCESSOR_IDENTIFIER', _get_machine_win32())

    def get_ios():
        if sys.implementation._multiarch.endswith("simulator"):
            return os.uname().machine
        return 'arm64'

    def from_subprocess():
        try:
            import subprocess
        except ImportError:
            return None
        try:
            return subprocess.check_output(['uname', '-p'], stderr=subprocess.DEVNULL,
                                           text=True, encoding="utf8").strip()
        except (OSError, subprocess.CalledProcessError):
            return None


def _unknown_as_blank(val):
    return '' if val == 'unknown' else val


class uname_result(
    collections.namedtuple("uname_result_base", "system node release version machine")
):
    """os.uname()'s five fields and the processor, which is looked up only
    when first read (it may take a system command)."""

    _fields = ('system', 'node', 'release', 'version', 'machine', 'processor')

    @functools.cached_property
    def processor(self):
        return _unknown_as_blank(_Processor.get())

    def __iter__(self):
        return itertools.chain(super().__iter__(), (self.processor,))

    @classmethod
    def _make(cls, iterable):
        # Five values make the tuple; the sixth must be there too.
        fields = len(cls._fields) - 1
        made = cls.__new__(cls, *iterable)
        if len(made) != fields + 1:
            raise TypeError(f'Expected {fields} arguments, got {len(made)}')
        return made

    def __getitem__(self, key):
        return tuple(self)[key]

    def __len__(self):
        return len(tuple(iter(self)))

    def __reduce__(self):
        return uname_result, tuple(self)[:len(self._fields) - 1]


_uname_cache = None


def _uname_fixups(system, node, release, version, machine, empty):
    # Platform-specific corrections of os.uname()'s answers (empty: it had
    # none).
    if empty and system in ('win32', 'win16'):
        version = version or ('32bit' if system == 'win32' else '16bit')
        system = 'Windows'
    if system == 'OpenVMS' and (not release or release == '0'):
        release, version = version, ''
    if system == 'Microsoft' and release == 'Windows':
        system, release = 'Windows', 'Vista'
    if sys.platform == 'android':
        system, release = 'Android', android_ver().release
    if sys.platform == 'ios':
        system, release, _, _ = ios_ver()
    return system, node, release, version, machine


def uname():
    """Return (system, node, release, version, machine, processor), as
    os.uname() gives them (with processor added); '' where unknown."""
    global _uname_cache
    if _uname_cache is not None:
        return _uname_cache
    try:
        values = tuple(os.uname())
    except AttributeError:
        values = ()
    if any(values):
        fields = _uname_fixups(*values, empty=False)
    else:
        fields = _uname_fixups(sys.platform, _node(), '', '', '', empty=True)
    _uname_cache = uname_result(*map(_unknown_as_blank, fields))
    return _uname_cache


def system():
    """The operating system's name ('Linux', 'Darwin', 'Windows'), or ''."""
    return uname().system


def node():
    """The computer's network name, or ''."""
    return uname().node


def release():
    """The system's release ('6.1.0'), or ''."""
    return uname().release


def version():
    """The system's release version, or ''."""
    return uname().version


def machine():
    """The machine type ('x86_64', 'arm64'), or ''."""
    return uname().machine


def processor():
    """The processor's name, or '' (often the same as machine())."""
    return uname().processor


_sys_version_cache = {}

# sys.version of CPython-style builds: "3.13.0 (main, Oct  8 2024, ...) [GCC 12]";
# Kaa's is "3.13.0 (kaa) [Go]".
_VERSION_LINE = re.compile(
    r'([\w.+]+)\s*'
    r'(?:experimental free-threading build\s+)?'
    r'\(#?([^,]+)(?:,\s*([\w ]*)(?:,\s*([\w :]*))?)?\)\s*'
    r'\[([^\]]+)\]?', re.ASCII)
_PYPY_LINE = re.compile(
    r'([\w.+]+)\s*\(#?([^,]+),\s*([\w ]+),\s*([\w :]+)\)\s*\[PyPy [^\]]+\]?')


def _sys_version(sys_version=None):
    # (implementation, version, branch, revision, build number, build date,
    # compiler) of sys.version (or the line given).
    if sys_version is None:
        sys_version = sys.version
    cached = _sys_version_cache.get(sys_version)
    if cached is not None:
        return cached
    if 'PyPy' in sys_version:
        m = _PYPY_LINE.match(sys_version)
        if m is None:
            raise ValueError('failed to parse PyPy sys.version: %s' % repr(sys_version))
        name, compiler = 'PyPy', ''
        version, buildno, builddate, buildtime = m.groups()
    else:
        m = _VERSION_LINE.match(sys_version)
        if m is None:
            raise ValueError('failed to parse CPython sys.version: %s' % repr(sys_version))
        version, buildno, builddate, buildtime, compiler = m.groups()
        name = 'CPython'
        if sys_version is sys.version and sys.implementation.name == 'kaa':
            name = 'Kaa'
        if builddate is None:
            builddate = ''
        elif buildtime:
            builddate += ' ' + buildtime
    source = getattr(sys, '_git', None) or getattr(sys, '_mercurial', None)
    branch, revision = (source[1], source[2]) if source else ('', '')
    if version.count('.') == 1:
        version += '.0'
    result = (name, version, branch, revision, buildno, builddate, compiler)
    _sys_version_cache[sys_version] = result
    return result


def python_implementation():
    """The Python implementation: 'CPython', 'PyPy', 'Kaa', ..."""
    return _sys_version()[0]


def python_version():
    """The Python version as 'major.minor.patchlevel'."""
    return _sys_version()[1]


def python_version_tuple():
    """The Python version as a tuple of three strings."""
    return tuple(_sys_version()[1].split('.'))


def python_branch():
    """The source branch Python was built from, or ''."""
    return _sys_version()[2]


def python_revision():
    """The source revision Python was built from, or ''."""
    return _sys_version()[3]


def python_build():
    """(build number, build date) of this Python."""
    return _sys_version()[4:6]


def python_compiler():
    """The compiler this Python was built with."""
    return _sys_version()[6]


_platform_cache = {}


def platform(aliased=False, terse=False):
    """A one-line description of the platform, usable in file names:
    'Linux-6.1.0-x86_64-with-glibc2.36', 'macOS-14.2-arm64-arm-64bit', ...

    aliased uses the marketing names of systems (system_alias()); terse
    keeps only what identifies the platform.
    """
    key = (aliased, terse)
    cached = _platform_cache.get(key)
    if cached is not None:
        return cached
    system, node, release, version, machine, processor = uname()
    if machine == processor:
        processor = ''
    if aliased:
        system, release, version = system_alias(system, release, version)
    if system == 'Darwin':
        if sys.platform == 'ios':
            system, release, _, _ = ios_ver()
        elif mac_ver()[0]:
            system, release = 'macOS', mac_ver()[0]
    if system == 'Windows':
        csd = win32_ver(version)[2]
        text = _platform(system, release) if terse else _platform(system, release, version, csd)
    elif system == 'Linux':
        libc, libc_version = libc_ver()
        text = _platform(system, release, machine, processor, 'with', libc + libc_version)
    elif terse:
        text = _platform(system, release)
    else:
        bits, linkage = architecture(sys.executable)
        text = _platform(system, release, machine, processor, bits, linkage)
    _platform_cache[key] = text
    return text


_os_release_candidates = ("/etc/os-release", "/usr/lib/os-release")
_os_release_cache = None


def _parse_os_release(lines):
    # KEY=value lines (values possibly quoted, with shell escapes), over
    # the defaults the specification gives.
    info = {"NAME": "Linux", "ID": "linux", "PRETTY_NAME": "Linux"}
    line_re = re.compile(r"^(?P<name>[a-zA-Z0-9_]+)=(?P<quote>[\"\']?)(?P<value>.*)(?P=quote)$")
    for line in lines:
        m = line_re.match(line)
        if m is not None:
            info[m.group('name')] = re.sub(r"\\([\\\$\"\'`])", r"\1", m.group('value'))
    return info


def freedesktop_os_release():
    """Return the fields of /etc/os-release (or /usr/lib/os-release) as a
    dict; OSError if neither can be read."""
    global _os_release_cache
    if _os_release_cache is None:
        last_errno = None
        for candidate in _os_release_candidates:
            try:
                with open(candidate, encoding="utf-8") as f:
                    _os_release_cache = _parse_os_release(f)
                break
            except OSError as e:
                last_errno = e.errno
        else:
            raise OSError(last_errno, f"Unable to read files {', '.join(_os_release_candidates)}")
    return _os_release_cache.copy()


if __name__ == '__main__':
    terse = 'terse' in sys.argv or '--terse' in sys.argv
    aliased = 'nonaliased' not in sys.argv and '--nonaliased' not in sys.argv
    print(platform(aliased, terse))
    sys.exit(0)
