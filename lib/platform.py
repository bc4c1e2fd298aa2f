"""What this Python runs on: the operating system, its release, the
machine and processor, the C library, and the interpreter itself.

Answers come from os.uname(), from system files (/etc/os-release), and
from system commands where nothing else knows (file, uname -p).  They are
computed once and cached.
"""

# Kaa's platform module, written for Kaa.  The functions and their results
# follow CPython's; each system's special cases live in small tables and
# helpers here rather than in long per-platform branches.

__copyright__ = """
    Copyright (c) 2024-2026 the Kaa authors.

    Kaa's platform module is written anew for Kaa; its interface and its
    results follow the platform module by Marc-Andre Lemburg that CPython
    distributes.
"""

__version__ = '1.0.8'

import collections
import functools
import itertools
import os
import re
import sys


# ---------------------------------------------------------------------------
# Comparing version strings

# How release stages sort; anything unnamed ranks lowest.
_STAGE_RANK = {'dev': 10, 'alpha': 20, 'a': 20, 'beta': 30, 'b': 30, 'c': 40,
               'RC': 50, 'rc': 50, 'pl': 200, 'p': 200}
_VERSION_PIECES = re.compile(r'([0-9]+|[._+-])')


def _comparable_version(version):
    # A sort key: numbers compare by value and above any stage name, stage
    # names by _STAGE_RANK; the separators . _ + - are dropped.
    key = []
    for piece in _VERSION_PIECES.split(version):
        if piece in '._+-':
            continue
        key += (100, int(piece)) if piece.isdigit() else (_STAGE_RANK.get(piece, 0), piece)
    return key


def _norm_version(version, build=''):
    # At most three dotted components of version (build appended), with
    # numbers normalized ('02' -> '2') when all of them are numbers.
    pieces = version.split('.')
    if build:
        pieces.append(build)
    if all(_is_int(p) for p in pieces):
        pieces = [str(int(p)) for p in pieces]
    return '.'.join(pieces[:3])


def _is_int(text):
    try:
        int(text)
    except ValueError:
        return False
    return True


# ---------------------------------------------------------------------------
# The C library

_LIBC_MARKS = re.compile(
    br'(__libc_init)|(GLIBC_([0-9.]+))|(libc(_\w+)?\.so(?:\.(\d[0-9.]*))?)', re.ASCII)


def _libc_from_system():
    # ('glibc', '2.36') when the C library tells us itself, else None.
    try:
        answer = os.confstr('CS_GNU_LIBC_VERSION').split(maxsplit=1)
    except (AttributeError, ValueError, OSError):
        return None
    return tuple(answer) if len(answer) == 2 else None


def _libc_marks(path, chunksize):
    # Each mark of a C library in the file, as the six (latin-1 decoded)
    # groups of _LIBC_MARKS.  The file is read chunk by chunk; a match that
    # ends where the data read so far ends is tried again with more data.
    with open(path, 'rb') as f:
        data = f.read(chunksize)
        start = 0
        while start < len(data):
            hit = None
            if b'libc' in data or b'GLIBC' in data:
                hit = _LIBC_MARKS.search(data, start)
            if hit is None or hit.end() == len(data):
                more = f.read(chunksize)
                if more:
                    # Keep up to 1000 bytes of the old data: a mark may
                    # straddle the chunks.
                    data = data[max(start, len(data) - 1000):] + more
                    start = 0
                    continue
                if hit is None:
                    return
            yield [None if g is None else g.decode('latin1') for g in hit.groups()]
            start = hit.end()


def libc_ver(executable=None, lib='', version='', chunksize=16384):
    """(library, version) of the C library executable is linked with,
    or (lib, version) if that cannot be found out.

    Without executable, the running Python is meant: the system is asked
    first, then sys.executable is searched.  Searching a file only finds
    what the GNU C library (or an old libc) leaves in binaries.
    """
    if not executable:
        told = _libc_from_system()
        if told is not None:
            return told
    later = lambda a, b: _comparable_version(a) > _comparable_version(b)
    path = executable or sys.executable
    marks = _libc_marks(os.path.realpath(path), chunksize) if path else ()
    for init, glibc, glibc_version, so, suffix, so_version in marks:
        if init:
            lib = lib or 'libc'
        elif glibc:
            # The highest GLIBC_x.y symbol version wins.
            if lib != 'glibc':
                lib, version = 'glibc', glibc_version
            elif later(glibc_version, version):
                version = glibc_version
        elif so and lib != 'glibc':
            lib = 'libc'
            if so_version and (not version or later(so_version, version)):
                version = so_version
            if suffix and not version.endswith(suffix):
                version += suffix
    return lib, version


# ---------------------------------------------------------------------------
# Windows, macOS, iOS, Android and Java

def _command_output(command, no_stdin=False, **options):
    # What command writes to its standard output, or None when it cannot
    # be run or fails.  Its standard error is discarded.
    try:
        import subprocess
    except ImportError:
        return None
    if no_stdin:
        options['stdin'] = subprocess.DEVNULL
    try:
        return subprocess.check_output(command, stderr=subprocess.DEVNULL, **options)
    except (OSError, subprocess.CalledProcessError):
        return None


def _syscmd_ver(system='', release='', version='',
                supported_platforms=('win32', 'win16', 'dos')):
    # (system, release, version) from Windows' `ver` command; the
    # arguments back where there is none.
    output = None
    if sys.platform in supported_platforms:
        for command in ('ver', 'command /c ver', 'cmd /c ver'):
            output = _command_output(command, no_stdin=True, text=True,
                                     encoding="locale", shell=True)
            if output is not None:
                break
    parsed = output and re.match(r'(?:([\w ]+) ([\w.]+) .*\[.* ([\d.]+)\])', output.strip())
    if parsed:
        system, release, build = parsed.groups()
        release = release.removesuffix('.')
        version = _norm_version(build.removesuffix('.'))
    return system, release, version


_IOT_EDITIONS = ('IoTUAP', 'NanoServer', 'WindowsCoreHeadless', 'IoTEdgeOS')


def win32_is_iot():
    return win32_edition() in _IOT_EDITIONS


def win32_edition():
    """The Windows edition ('Professional', ...); None off Windows."""
    try:
        import winreg
        with winreg.OpenKeyEx(winreg.HKEY_LOCAL_MACHINE,
                              r'SOFTWARE\Microsoft\Windows NT\CurrentVersion') as key:
            return winreg.QueryValueEx(key, 'EditionId')[0]
    except (ImportError, OSError):
        return None


def win32_ver(release='', version='', csd='', ptype=''):
    """(release, version, csd, ptype) of Windows; off Windows, the
    arguments unchanged."""
    getter = getattr(sys, 'getwindowsversion', None)
    if getter is not None:
        info = getter()
        version = '.'.join(map(str, (info.platform_version or info[:3])[:3]))
        csd = info.service_pack or csd
    return release, version, csd, ptype


_MAC_PLIST = '/System/Library/CoreServices/SystemVersion.plist'


def mac_ver(release='', versioninfo=('', '', ''), machine=''):
    """(release, versioninfo, machine) of macOS; elsewhere, the arguments
    unchanged."""
    fallback = release, versioninfo, machine
    if not os.path.exists(_MAC_PLIST):
        return fallback
    try:
        import plistlib
        with open(_MAC_PLIST, 'rb') as f:
            product = plistlib.load(f)['ProductVersion']
    except Exception:
        return fallback
    arch = os.uname().machine
    return product, ('', '', ''), 'PowerPC' if arch in ('ppc', 'Power Macintosh') else arch


IOSVersionInfo = collections.namedtuple('IOSVersionInfo', 'system release model is_simulator')


def ios_ver(system="", release="", model="", is_simulator=False):
    """IOSVersionInfo for the running iOS; elsewhere, of the arguments."""
    found = None
    if sys.platform == "ios":
        try:
            from _ios_support import get_platform_ios
            found = get_platform_ios()
        except ImportError:
            pass
    if found is None:
        found = (system, release, model, is_simulator)
    return IOSVersionInfo(*found)


def java_ver(release='', vendor='', vminfo=('', '', ''), osinfo=('', '', '')):
    """Deprecated (Jython only): the arguments back."""
    import warnings
    warnings._deprecated('java_ver', remove=(3, 15))
    return release, vendor, vminfo, osinfo


AndroidVer = collections.namedtuple('AndroidVer',
                                    'release api_level manufacturer model device is_emulator')


def android_ver(release="", api_level=0, manufacturer="", model="", device="",
                is_emulator=False):
    """AndroidVer of the arguments (Kaa does not run on Android)."""
    return AndroidVer(release, api_level, manufacturer, model, device, is_emulator)


def system_alias(system, release, version):
    """(system, release, version) under marketing names: SunOS 5.x is
    Solaris 2.x, win32 and win16 are Windows."""
    if system in ('win32', 'win16'):
        system = 'Windows'
    elif system == 'SunOS' and release >= '5':
        major, dot, rest = release.partition('.')
        if _is_int(major):
            release = f'{int(major) - 3}{dot}{rest}'
        system = 'Solaris'
    return system, release, version


# ---------------------------------------------------------------------------
# Helpers around the system's commands

# Characters _platform() replaces by '-' (a space becomes '_').
_UNSAFE_IN_NAMES = str.maketrans({' ': '_', **dict.fromkeys('/\\:;"()', '-')})


def _platform(*args):
    # The non-empty parts, stripped and joined by '-', made safe for a file
    # name: no 'unknown', no doubled or trailing '-'.
    joined = '-'.join(part.strip() for part in args if len(part))
    joined = joined.translate(_UNSAFE_IN_NAMES).replace('unknown', '')
    return re.sub('-+', '-', joined).rstrip('-')


def _node(default=''):
    # The host name, or default.
    try:
        from socket import gethostname
        name = gethostname()
    except (ImportError, OSError):
        name = default
    return name


def _follow_symlinks(filepath):
    # filepath with every link on the way resolved (each relative to the
    # folder of the link).
    here = os.path.abspath(filepath)
    while os.path.islink(here):
        here = os.path.normpath(os.path.join(os.path.dirname(here), os.readlink(here)))
    return here


# Platforms without a `file` command.
_NO_FILE_COMMAND = {'dos', 'win32', 'win16', 'ios', 'tvos', 'watchos'}


def _syscmd_file(target, default=''):
    # The `file -b` description of target (C locale), or default.
    described = None
    if sys.platform not in _NO_FILE_COMMAND:
        described = _command_output(['file', '-b', _follow_symlinks(target)],
                                    env={**os.environ, 'LC_ALL': 'C'})
    return described.decode('latin-1') if described else default


# (bits, linkage) to assume for this Python where `file` tells nothing.
_ARCH_GUESSES = {'win32': ('', 'WindowsPE'), 'win16': ('', 'Windows'), 'dos': ('', 'MSDOS')}

# Words in `file`'s output and the linkage each means, first match wins
# (None: 'WindowsPE' or plain 'PE').
_LINKAGE_WORDS = (('ELF', 'ELF'), ('Mach-O', 'Mach-O'), ('PE', None),
                  ('COFF', 'COFF'), ('MS-DOS', 'MSDOS'))


def architecture(executable=sys.executable, bits='', linkage=''):
    """(bits, linkage) of executable, such as ('64bit', 'ELF').

    bits defaults to this Python's pointer width; the rest is what the
    system's `file` command says, when there is one.
    """
    if not bits:
        import struct
        bits = '%dbit' % (8 * struct.calcsize('P'))
    described = _syscmd_file(executable, '') if executable else ''
    if not described and executable == sys.executable:
        guess_bits, guess_linkage = _ARCH_GUESSES.get(sys.platform, ('', ''))
        bits, linkage = guess_bits or bits, guess_linkage or linkage
    elif 'executable' in described or 'shared object' in described:
        for width in ('32', '64'):
            if width + '-bit' in described:
                bits = width + 'bit'
                break
        for word, name in _LINKAGE_WORDS:
            if word in described:
                linkage = name or ('WindowsPE' if 'Windows' in described else 'PE')
                break
    return bits, linkage


def _windows_machine():
    env = os.environ
    return env.get('PROCESSOR_ARCHITEW6432', '') or env.get('PROCESSOR_ARCHITECTURE', '')


def _uname_processor():
    # `uname -p`, or None.
    answer = _command_output(['uname', '-p'], text=True, encoding="utf8")
    return answer and answer.strip()


def _ios_processor():
    # A simulator runs on the host's processor; devices are all arm64.
    on_simulator = sys.implementation._multiarch.endswith('simulator')
    return os.uname().machine if on_simulator else 'arm64'


# How each platform names its processor; others ask `uname -p`.
_PROCESSOR_BY_PLATFORM = {
    'win32': lambda: os.environ.get('PROCESSOR_IDENTIFIER', _windows_machine()),
    'ios': _ios_processor,
}


def _processor_name():
    return _PROCESSOR_BY_PLATFORM.get(sys.platform, _uname_processor)() or ''


# ---------------------------------------------------------------------------
# uname()

def _unknown_as_blank(val):
    # uname's 'unknown' reads as ''.
    return val if val != 'unknown' else ''


class uname_result(
    collections.namedtuple("uname_result_base", "system node release version machine")
):
    """os.uname()'s five fields plus processor.  The processor costs a
    system command on some platforms, so it is found when first used."""

    _fields = ('system', 'node', 'release', 'version', 'machine', 'processor')

    @functools.cached_property
    def processor(self):
        return _unknown_as_blank(_processor_name())

    def __iter__(self):
        yield from super().__iter__()
        yield self.processor

    @classmethod
    def _make(cls, iterable):
        # Only the five stored fields are given; all six must come out.
        made = cls.__new__(cls, *iterable)
        stored = len(cls._fields) - 1
        if len(made) != len(cls._fields):
            raise TypeError(f'Expected {stored} arguments, got {len(made)}')
        return made

    def __getitem__(self, key):
        return tuple(iter(self))[key]

    def __len__(self):
        return sum(1 for _ in self)

    def __reduce__(self):
        # Pickled from the five stored fields; processor is found again.
        return uname_result, tuple(itertools.islice(self, len(self._fields) - 1))


_uname_cache = None


def _uname_fields():
    # The five fields, with the corrections some systems need.
    try:
        answer = os.uname()
        system, node, release, version, machine = answer
    except AttributeError:
        answer = ()
        system, node, release, version, machine = sys.platform, _node(), '', '', ''
    if not any(answer) and system in ('win32', 'win16'):
        # No uname at all: at least say which Windows.
        version = version or ('32bit' if system == 'win32' else '16bit')
        system = 'Windows'
    if system == 'OpenVMS' and release in ('', '0'):
        # OpenVMS swaps release and version.
        release, version = version, ''
    if (system, release) == ('Microsoft', 'Windows'):
        system, release = 'Windows', 'Vista'
    # On phones, name the OS rather than the kernel.
    if sys.platform == 'android':
        system, release = 'Android', android_ver().release
    elif sys.platform == 'ios':
        system, release = ios_ver()[:2]
    return system, node, release, version, machine


def uname():
    """(system, node, release, version, machine, processor) as a
    uname_result; '' for what cannot be found out."""
    global _uname_cache
    if _uname_cache is None:
        _uname_cache = uname_result(*map(_unknown_as_blank, _uname_fields()))
    return _uname_cache


def _uname_accessor(field, doc):
    def accessor():
        return getattr(uname(), field)
    accessor.__name__ = accessor.__qualname__ = field
    accessor.__doc__ = doc
    return accessor


system = _uname_accessor('system', "The operating system's name ('Linux', 'Darwin', 'Windows'), or ''.")
node = _uname_accessor('node', "The computer's network name, or ''.")
release = _uname_accessor('release', "The system's release ('6.1.0'), or ''.")
version = _uname_accessor('version', "The system's release version, or ''.")
machine = _uname_accessor('machine', "The machine type ('x86_64', 'arm64'), or ''.")
processor = _uname_accessor('processor', "The processor's name, or '' (often machine()'s answer).")


# ---------------------------------------------------------------------------
# The interpreter

_sys_version_cache = {}

# What the interpreters put in sys.version.  CPython:
# "3.13.0 (main, Oct  8 2024, 08:51:28) [GCC 12.2.0]"; Kaa: "3.13.0 (kaa) [Go]".
_HEAD = r'([\w.+]+)\s*'
_BUILD = r'\(#?([^,]+)(?:,\s*([\w ]*)(?:,\s*([\w :]*))?)?\)\s*'
_COMPILER = r'\[([^\]]+)\]?'
_CPYTHON_LINE = re.compile(_HEAD + r'(?:experimental free-threading build\s+)?'
                           + _BUILD + _COMPILER, re.ASCII)
_JYTHON_LINE = re.compile(_HEAD + _BUILD + _COMPILER, re.ASCII)
_PYPY_LINE = re.compile(_HEAD + r'\(#?([^,]+),\s*([\w ]+),\s*([\w :]+)\)\s*\[PyPy [^\]]+\]?')

# Kaa's own sys.version, to tell it from a line of another Python.
_KAA_LINE = sys.version if sys.implementation.name == 'kaa' else None


def _parse_version_line(line):
    # (implementation, version, build number, build date, compiler).
    if sys.platform.startswith('java'):
        found = _JYTHON_LINE.match(line)
        if found is None:
            raise ValueError('failed to parse Jython sys.version: %s' % repr(line))
        number, buildno, date, _, _ = found.groups()
        return 'Jython', number, buildno, date or '', sys.platform
    if 'PyPy' in line:
        found = _PYPY_LINE.match(line)
        if found is None:
            raise ValueError("failed to parse PyPy sys.version: %s" % repr(line))
        number, buildno, date, clock = found.groups()
        return 'PyPy', number, buildno, date, ''
    found = _CPYTHON_LINE.match(line)
    if found is None:
        raise ValueError('failed to parse CPython sys.version: %s' % repr(line))
    number, buildno, date, clock, compiler = found.groups()
    if date is None:
        date = ''
    elif clock:
        date = f'{date} {clock}'
    name = 'Kaa' if line == _KAA_LINE else 'CPython'
    return name, number, buildno, date, compiler


def _sys_version(sys_version=None):
    # (implementation, version, branch, revision, build number, build date,
    # compiler) of sys.version or the line given; cached per line.
    line = sys.version if sys_version is None else sys_version
    if line in _sys_version_cache:
        return _sys_version_cache[line]
    name, number, buildno, date, compiler = _parse_version_line(line)
    source = getattr(sys, '_git', None) or getattr(sys, '_mercurial', None)
    branch, revision = source[1:3] if source else ('', '')
    if number.count('.') == 1:
        number += '.0'                  # always with a patch level
    answer = (name, number, branch, revision, buildno, date, compiler)
    _sys_version_cache[line] = answer
    return answer


def _interpreter_fact(name, pick, doc):
    def fact():
        return _sys_version()[pick]
    fact.__name__ = fact.__qualname__ = name
    fact.__doc__ = doc
    return fact


python_implementation = _interpreter_fact(
    'python_implementation', 0, "'CPython', 'PyPy', 'Kaa', ...: which Python this is.")
python_version = _interpreter_fact(
    'python_version', 1, "'major.minor.patchlevel' of this Python.")
python_branch = _interpreter_fact(
    'python_branch', 2, "The source branch this Python was built from, or ''.")
python_revision = _interpreter_fact(
    'python_revision', 3, "The source revision this Python was built from, or ''.")
python_build = _interpreter_fact(
    'python_build', slice(4, 6), "(build number, build date) of this Python.")
python_compiler = _interpreter_fact(
    'python_compiler', 6, "What compiled this Python.")


def python_version_tuple():
    """python_version() split into a tuple of three strings."""
    return tuple(python_version().split('.'))


# ---------------------------------------------------------------------------
# platform()

_platform_cache = {}


def _os_name_and_release(system, release):
    # The Darwin kernel names macOS or iOS.
    if system == 'Darwin':
        if sys.platform == 'ios':
            return ios_ver()[:2]
        mac_release = mac_ver()[0]
        if mac_release:
            return 'macOS', mac_release
    return system, release


def platform(aliased=False, terse=False):
    """One line naming the platform, fit for a file name, e.g.
    'Linux-6.1.0-x86_64-with-glibc2.36' or 'macOS-14.2-arm64-arm-64bit'.

    aliased: use system_alias()'s names; terse: only the essentials.
    """
    key = (aliased, terse)
    if key in _platform_cache:
        return _platform_cache[key]
    sysname, _, rel, ver, mach, proc = uname()
    if proc == mach:
        proc = ''
    if aliased:
        sysname, rel, ver = system_alias(sysname, rel, ver)
    sysname, rel = _os_name_and_release(sysname, rel)
    if sysname == 'Windows':
        parts = (sysname, rel) if terse else (sysname, rel, ver, win32_ver(ver)[2])
    elif sysname == 'Linux':
        parts = (sysname, rel, mach, proc, 'with', ''.join(libc_ver()))
    elif terse:
        parts = (sysname, rel)
    else:
        parts = (sysname, rel, mach, proc) + architecture(sys.executable)
    answer = _platform_cache[key] = _platform(*parts)
    return answer


# ---------------------------------------------------------------------------
# os-release

_os_release_candidates = ("/etc/os-release", "/usr/lib/os-release")
_os_release_cache = None

_OS_RELEASE_LINE = re.compile(
    r"^(?P<name>[a-zA-Z0-9_]+)=(?P<quote>[\"\']?)(?P<value>.*)(?P=quote)$")
_SHELL_ESCAPE = re.compile(r"\\([\\\$\"\'`])")


def _parse_os_release(lines):
    # KEY=value lines (quoted or not, shell escapes undone) laid over the
    # defaults the os-release specification names; other lines ignored.
    fields = {"NAME": "Linux", "ID": "linux", "PRETTY_NAME": "Linux"}
    for text in lines:
        entry = _OS_RELEASE_LINE.match(text)
        if entry:
            fields[entry['name']] = _SHELL_ESCAPE.sub(r'\1', entry['value'])
    return fields


def freedesktop_os_release():
    """The os-release fields (from /etc/os-release or
    /usr/lib/os-release) as a new dict; OSError when neither is readable."""
    global _os_release_cache
    if _os_release_cache is None:
        _os_release_cache = _read_os_release()
    return dict(_os_release_cache)


def _read_os_release():
    failure = None
    for path in _os_release_candidates:
        try:
            with open(path, encoding="utf-8") as f:
                return _parse_os_release(f)
        except OSError as exc:
            failure = exc.errno
    raise OSError(failure, f"Unable to read files {', '.join(_os_release_candidates)}")


if __name__ == '__main__':
    _args = set(sys.argv[1:])
    print(platform(aliased=not _args & {'nonaliased', '--nonaliased'},
                   terse=bool(_args & {'terse', '--terse'})))
    sys.exit(0)
