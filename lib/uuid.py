r"""Universally unique identifiers (UUIDs), as RFC 4122 defines them.

uuid1() makes one from the host and the time, uuid3() and uuid5() from a
namespace and a name (hashed with MD5 or SHA-1), uuid4() at random.  A UUID
shows as '12345678-1234-5678-1234-567812345678' and gives its value as
hex, bytes, bytes_le, fields and int.

    >>> import uuid
    >>> uuid.uuid3(uuid.NAMESPACE_DNS, 'python.org')
    UUID('6fa459ea-ee8a-3ca4-894e-db77e160355e')
    >>> x = uuid.UUID('{00010203-0405-0607-0809-0a0b0c0d0e0f}')
    >>> x.bytes
    b'\x00\x01\x02\x03\x04\x05\x06\x07\x08\t\n\x0b\x0c\r\x0e\x0f'
"""

# Kaa's uuid. There is no _uuid (libuuid) module: the node comes from the
# system's ip or ifconfig command, else a random number.

import os
import sys

from enum import Enum, _simple_enum


__author__ = 'Ka-Ping Yee <ping@zesty.ca>'

if sys.platform in {'win32', 'darwin', 'emscripten', 'wasi'}:
    _AIX = _LINUX = False
elif sys.platform == 'linux':
    _LINUX = True
    _AIX = False
else:
    import platform
    _platform_system = platform.system()
    _AIX = _platform_system == 'AIX'
    _LINUX = _platform_system in ('Linux', 'Android')

# How MAC addresses are written by the system's commands.
_MAC_DELIM = b'.' if _AIX else b':'
_MAC_OMITS_LEADING_ZEROES = _AIX

RESERVED_NCS, RFC_4122, RESERVED_MICROSOFT, RESERVED_FUTURE = [
    'reserved for NCS compatibility', 'specified in RFC 4122',
    'reserved for Microsoft compatibility', 'reserved for future definition']

# The builtins, for the methods whose parameters shadow them.
int_ = int
bytes_ = bytes


@_simple_enum(Enum)
class SafeUUID:
    safe = 0
    unsafe = -1
    unknown = None


def _swap_le(b):
    # Between the big-endian layout and the little-endian one Windows uses
    # for the first three fields.
    return b[3::-1] + b[5:3:-1] + b[7:5:-1] + b[8:]


# The fields: name, bit offset, width (bits), and the message when out of
# range.
_FIELDS = (
    ('time_low', 96, 32, 'field 1 out of range (need a 32-bit value)'),
    ('time_mid', 80, 16, 'field 2 out of range (need a 16-bit value)'),
    ('time_hi_version', 64, 16, 'field 3 out of range (need a 16-bit value)'),
    ('clock_seq_hi_variant', 56, 8, 'field 4 out of range (need an 8-bit value)'),
    ('clock_seq_low', 48, 8, 'field 5 out of range (need an 8-bit value)'),
    ('node', 0, 48, 'field 6 out of range (need a 48-bit value)'),
)


def _field_property(name, shift, width):
    mask = (1 << width) - 1

    def get(self):
        return (self.int >> shift) & mask
    get.__name__ = name
    return property(get)


class UUID:
    """An immutable UUID, made from exactly one of: hex (a string, braces,
    hyphens and a 'urn:uuid:' prefix allowed), bytes (16, big-endian),
    bytes_le (16, little-endian fields), fields (the six integer fields) or
    int (128 bits).  version, if given, sets the variant to RFC 4122 and
    the version number.  is_safe says whether the UUID was made in a way
    safe across processes (SafeUUID).

    The value is available as hex, bytes, bytes_le, fields (and each field
    by name: time_low, time_mid, time_hi_version, clock_seq_hi_variant,
    clock_seq_low, node), int, time, clock_seq, urn, variant and version.
    """

    __slots__ = ('int', 'is_safe', '__weakref__')

    def __init__(self, hex=None, bytes=None, bytes_le=None, fields=None,
                       int=None, version=None,
                       *, is_safe=SafeUUID.unknown):
        if [hex, bytes, bytes_le, fields, int].count(None) != 4:
            raise TypeError('one of the hex, bytes, bytes_le, fields, '
                            'or int arguments must be given')
        if hex is not None:
            digits = hex.replace('urn:', '').replace('uuid:', '')
            digits = digits.strip('{}').replace('-', '')
            if len(digits) != 32:
                raise ValueError('badly formed hexadecimal UUID string')
            int = int_(digits, 16)
        if bytes_le is not None:
            if len(bytes_le) != 16:
                raise ValueError('bytes_le is not a 16-char string')
            bytes = _swap_le(bytes_le)
        if bytes is not None:
            if len(bytes) != 16:
                raise ValueError('bytes is not a 16-char string')
            assert isinstance(bytes, bytes_), repr(bytes)
            int = int_.from_bytes(bytes)    # big endian
        if fields is not None:
            if len(fields) != 6:
                raise ValueError('fields is not a 6-tuple')
            int = 0
            for value, (_, shift, width, message) in zip(fields, _FIELDS):
                if not 0 <= value < 1 << width:
                    raise ValueError(message)
                int |= value << shift
        if int is not None and not 0 <= int < 1 << 128:
            raise ValueError('int is out of range (need a 128-bit value)')
        if version is not None:
            if not 1 <= version <= 5:
                raise ValueError('illegal version number')
            # The RFC 4122 variant, then the version.
            int = (int & ~(0xc000 << 48)) | 0x8000 << 48
            int = (int & ~(0xf000 << 64)) | version << 76
        object.__setattr__(self, 'int', int)
        object.__setattr__(self, 'is_safe', is_safe)

    def __getstate__(self):
        state = {'int': self.int}
        if self.is_safe != SafeUUID.unknown:
            # Kept as a plain value: pickles must not need the enum.
            state['is_safe'] = self.is_safe.value
        return state

    def __setstate__(self, state):
        object.__setattr__(self, 'int', state['int'])
        safe = SafeUUID(state['is_safe']) if 'is_safe' in state else SafeUUID.unknown
        object.__setattr__(self, 'is_safe', safe)

    def __eq__(self, other):
        if isinstance(other, UUID):
            return self.int == other.int
        return NotImplemented

    # Ordering is by int value (not by the string, which orders differently
    # only in theory).

    def __lt__(self, other):
        return self.int < other.int if isinstance(other, UUID) else NotImplemented

    def __gt__(self, other):
        return self.int > other.int if isinstance(other, UUID) else NotImplemented

    def __le__(self, other):
        return self.int <= other.int if isinstance(other, UUID) else NotImplemented

    def __ge__(self, other):
        return self.int >= other.int if isinstance(other, UUID) else NotImplemented

    def __hash__(self):
        return hash(self.int)

    def __int__(self):
        return self.int

    def __repr__(self):
        return '%s(%r)' % (self.__class__.__name__, str(self))

    def __setattr__(self, name, value):
        raise TypeError('UUID objects are immutable')

    def __str__(self):
        h = self.hex
        return '-'.join((h[:8], h[8:12], h[12:16], h[16:20], h[20:]))

    @property
    def bytes(self):
        return self.int.to_bytes(16)  # big endian

    @property
    def bytes_le(self):
        return _swap_le(self.bytes)

    @property
    def fields(self):
        return tuple(getattr(self, name) for name, *_ in _FIELDS)

    @property
    def time(self):
        return ((self.time_hi_version & 0x0fff) << 48 |
                self.time_mid << 32 | self.time_low)

    @property
    def clock_seq(self):
        return (self.clock_seq_hi_variant & 0x3f) << 8 | self.clock_seq_low

    @property
    def hex(self):
        return '%032x' % self.int

    @property
    def urn(self):
        return 'urn:uuid:' + str(self)

    @property
    def variant(self):
        # The leading bits of clock_seq_hi_variant.
        for bit, name in ((0x8000, RESERVED_NCS), (0x4000, RFC_4122),
                          (0x2000, RESERVED_MICROSOFT)):
            if not self.int & (bit << 48):
                return name
        return RESERVED_FUTURE

    @property
    def version(self):
        # Only RFC 4122 UUIDs have a version number.
        if self.variant == RFC_4122:
            return int((self.int >> 76) & 0xf)


for _name, _shift, _width, _ in _FIELDS:
    setattr(UUID, _name, _field_property(_name, _shift, _width))
del _name, _shift, _width, _


# ---------------------------------------------------------------------------
# The host's node (MAC address)

def _get_command_stdout(command, *args):
    # The output of a system command (found on PATH or in the sbin folders),
    # as a BytesIO; None if it cannot be run.
    import io, shutil, subprocess
    try:
        folders = os.environ.get('PATH', os.defpath).split(os.pathsep)
        folders.extend(('/sbin', '/usr/sbin'))
        executable = shutil.which(command, path=os.pathsep.join(folders))
        if executable is None:
            return None
        # The C locale keeps the output in English ('ether', 'address').
        env = dict(os.environ, LC_ALL='C')
        argv = (executable,) if args == ('',) else (executable, *args)
        proc = subprocess.Popen(argv, stdout=subprocess.PIPE,
                                stderr=subprocess.DEVNULL, env=env)
        if not proc:
            return None
        stdout, _ = proc.communicate()
        return io.BytesIO(stdout)
    except (OSError, subprocess.SubprocessError):
        return None


def _is_universal(mac):
    # A universally administered address (not a locally chosen one).
    return not (mac & (1 << 41))


def _find_mac_near_keyword(command, args, keywords, get_word_index):
    # The first universal MAC after one of keywords in the command's output
    # (else the first local one).
    stdout = _get_command_stdout(command, args)
    if stdout is None:
        return None
    first_local = None
    for line in stdout:
        words = line.lower().rstrip().split()
        for i, word in enumerate(words):
            if word not in keywords:
                continue
            try:
                mac = int(words[get_word_index(i)].replace(_MAC_DELIM, b''), 16)
            except (ValueError, IndexError):
                continue
            if _is_universal(mac):
                return mac
            first_local = first_local or mac
    return first_local or None


def _parse_mac(word):
    # A MAC written as six parts (possibly without leading zeros on AIX).
    parts = word.split(_MAC_DELIM)
    if len(parts) != 6:
        return None
    if _MAC_OMITS_LEADING_ZEROES:
        if not all(1 <= len(part) <= 2 for part in parts):
            return None
        digits = b''.join(part.rjust(2, b'0') for part in parts)
    else:
        if not all(len(part) == 2 for part in parts):
            return None
        digits = b''.join(parts)
    try:
        return int(digits, 16)
    except ValueError:
        return None


def _find_mac_under_heading(command, args, heading):
    # The first universal MAC in the column headed heading of a table.
    stdout = _get_command_stdout(command, args)
    if stdout is None:
        return None
    headings = stdout.readline().rstrip().split()
    try:
        column = headings.index(heading)
    except ValueError:
        return None
    first_local = None
    for line in stdout:
        words = line.rstrip().split()
        if column >= len(words):
            continue
        mac = _parse_mac(words[column])
        if mac is None:
            continue
        if _is_universal(mac):
            return mac
        if first_local is None:
            first_local = mac
    return first_local


def _ifconfig_getnode():
    """The MAC address ifconfig reports, or None."""
    keywords = (b'hwaddr', b'ether', b'address:', b'lladdr')
    for args in ('', '-a', '-av'):
        mac = _find_mac_near_keyword('ifconfig', args, keywords, lambda i: i + 1)
        if mac:
            return mac
    return None


def _ip_getnode():
    """The MAC address `ip link` reports, or None."""
    return _find_mac_near_keyword('ip', 'link', [b'link/ether'], lambda i: i + 1) or None


def _arp_getnode():
    """The MAC address arp reports for this host's IP address, or None."""
    import socket
    if not hasattr(socket, "gethostbyname"):
        return None
    try:
        address = socket.gethostbyname(socket.gethostname())
    except OSError:
        return None
    for key, where in ((address, lambda i: -1), (address, lambda i: i + 1),
                       ('(%s)' % address, lambda i: i + 2)):
        mac = _find_mac_near_keyword('arp', '-an', [os.fsencode(key)], where)
        if mac:
            return mac
    return None


def _lanscan_getnode():
    """The MAC address lanscan (HP-UX) reports, or None."""
    return _find_mac_near_keyword('lanscan', '-ai', [b'lan0'], lambda i: 0)


def _netstat_getnode():
    """The MAC address in netstat's interface table, or None."""
    return _find_mac_under_heading('netstat', '-ian', b'Address')


# CPython's C helpers over libuuid or the Windows API: not in Kaa.
_uuid = None
_generate_time_safe = None
_UuidCreate = None


def _unix_getnode():
    """The node of a libuuid time-based UUID (None without _uuid)."""
    if _generate_time_safe:
        uuid_time, _ = _generate_time_safe()
        return UUID(bytes=uuid_time).node


def _windll_getnode():
    """The node of a Windows UuidCreate UUID (None without _uuid)."""
    if _UuidCreate:
        return UUID(bytes_le=_UuidCreate()).node


def _random_getnode():
    """A random 48-bit node with the multicast bit set."""
    # The multicast bit set marks it as not a real hardware address.
    import random
    return random.getrandbits(48) | (1 << 40)


if _LINUX:
    _OS_GETTERS = [_ip_getnode, _ifconfig_getnode]
elif sys.platform == 'darwin':
    _OS_GETTERS = [_ifconfig_getnode, _arp_getnode, _netstat_getnode]
elif sys.platform == 'win32':
    _OS_GETTERS = []
elif _AIX:
    _OS_GETTERS = [_netstat_getnode]
else:
    _OS_GETTERS = [_ifconfig_getnode, _ip_getnode, _arp_getnode,
                   _netstat_getnode, _lanscan_getnode]
if os.name == 'posix':
    _GETTERS = [_unix_getnode] + _OS_GETTERS
elif os.name == 'nt':
    _GETTERS = [_windll_getnode] + _OS_GETTERS
else:
    _GETTERS = _OS_GETTERS

_node = None


def getnode():
    """Return the hardware address as a 48-bit int, found once: from the
    system, else a random number with the multicast bit set."""
    global _node
    if _node is not None:
        return _node
    for getter in _GETTERS + [_random_getnode]:
        try:
            _node = getter()
        except:
            continue
        if _node is not None and 0 <= _node < 1 << 48:
            return _node
    assert False, '_random_getnode() returned invalid value: {}'.format(_node)


# ---------------------------------------------------------------------------
# Making UUIDs

_last_timestamp = None


def uuid1(node=None, clock_seq=None):
    """A UUID from the host (node, getnode() by default), the time, and a
    sequence number (clock_seq, random by default)."""
    global _last_timestamp
    import time
    # 100-ns intervals since the Gregorian reform (1582-10-15).
    timestamp = time.time_ns() // 100 + 0x01b21dd213814000
    if _last_timestamp is not None and timestamp <= _last_timestamp:
        timestamp = _last_timestamp + 1
    _last_timestamp = timestamp
    if clock_seq is None:
        import random
        clock_seq = random.getrandbits(14)
    if node is None:
        node = getnode()
    return UUID(fields=(timestamp & 0xffffffff, (timestamp >> 32) & 0xffff,
                        (timestamp >> 48) & 0x0fff, (clock_seq >> 8) & 0x3f,
                        clock_seq & 0xff, node), version=1)


def _name_bytes(name):
    return bytes(name, "utf-8") if isinstance(name, str) else name


def uuid3(namespace, name):
    """A UUID from the MD5 hash of a namespace UUID and a name."""
    from hashlib import md5
    digest = md5(namespace.bytes + _name_bytes(name), usedforsecurity=False).digest()
    return UUID(bytes=digest[:16], version=3)


def uuid4():
    """A random UUID."""
    return UUID(bytes=os.urandom(16), version=4)


def uuid5(namespace, name):
    """A UUID from the SHA-1 hash of a namespace UUID and a name."""
    from hashlib import sha1
    digest = sha1(namespace.bytes + _name_bytes(name)).digest()
    return UUID(bytes=digest[:16], version=5)


def main():
    """The command line: python -m uuid [-u FUNCTION] [-n NAMESPACE] [-N NAME]."""
    makers = {"uuid1": uuid1, "uuid3": uuid3, "uuid4": uuid4, "uuid5": uuid5}
    named = ("uuid3", "uuid5")
    namespaces = {"@dns": NAMESPACE_DNS, "@url": NAMESPACE_URL,
                  "@oid": NAMESPACE_OID, "@x500": NAMESPACE_X500}
    import argparse
    parser = argparse.ArgumentParser(
        description="Generates a uuid using the selected uuid function.")
    parser.add_argument("-u", "--uuid", choices=makers.keys(), default="uuid4",
                        help="The function to use to generate the uuid. "
                        "By default uuid4 function is used.")
    parser.add_argument("-n", "--namespace",
                        help="The namespace is a UUID, or '@ns' where 'ns' is a "
                        "well-known predefined UUID addressed by namespace name. "
                        "Such as @dns, @url, @oid, and @x500. "
                        "Only required for uuid3/uuid5 functions.")
    parser.add_argument("-N", "--name",
                        help="The name used as part of generating the uuid. "
                        "Only required for uuid3/uuid5 functions.")
    args = parser.parse_args()
    make = makers[args.uuid]
    if args.uuid not in named:
        print(make())
        return
    if not args.namespace or not args.name:
        parser.error(
            "Incorrect number of arguments. "
            f"{args.uuid} requires a namespace and a name. "
            "Run 'python -m uuid -h' for more information."
        )
    namespace = namespaces.get(args.namespace) or UUID(args.namespace)
    print(make(namespace, args.name))


# The namespaces of RFC 4122, appendix C.
NAMESPACE_DNS = UUID('6ba7b810-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_URL = UUID('6ba7b811-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_OID = UUID('6ba7b812-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_X500 = UUID('6ba7b814-9dad-11d1-80b4-00c04fd430c8')

if __name__ == "__main__":
    main()
