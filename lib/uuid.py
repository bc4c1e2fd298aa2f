r"""UUID objects (RFC 4122) and the functions that make them.

Four generators are offered: uuid1() (host and clock), uuid3() and uuid5()
(a namespace UUID and a name, hashed with MD5 or SHA-1) and uuid4()
(random bits).  A UUID can be built from, and read back as, a hex string,
16 bytes in either byte order, the six RFC fields, or one 128-bit int:

    >>> from uuid import UUID, uuid5, NAMESPACE_DNS
    >>> str(uuid5(NAMESPACE_DNS, 'example.com'))
    'cfbff0d1-9375-5685-968c-48ce8b15ae17'
    >>> UUID(int=0x100).hex
    '00000000000000000000000000000100'
"""

# Kaa has no _uuid extension (libuuid / UuidCreate): the node number comes
# from the output of the system's network tools, or failing that from a
# random number.

import os
import sys

from enum import Enum, _simple_enum


__author__ = 'Ka-Ping Yee <ping@zesty.ca>'


def _which_unix():
    # (is it AIX, is it Linux), answered cheaply for the common platforms.
    plat = sys.platform
    if plat == 'linux':
        return False, True
    if plat in ('win32', 'darwin', 'emscripten', 'wasi'):
        return False, False
    import platform
    system = platform.system()
    return system == 'AIX', system in ('Linux', 'Android')


_AIX, _LINUX = _which_unix()

# AIX tools print MACs as 'a.b.c.d.e.f' with no leading zeroes; others use
# colon-separated two-digit groups.
_MAC_DELIM = b'.' if _AIX else b':'
_MAC_OMITS_LEADING_ZEROES = _AIX

# The variant names.
RESERVED_NCS = 'reserved for NCS compatibility'
RFC_4122 = 'specified in RFC 4122'
RESERVED_MICROSOFT = 'reserved for Microsoft compatibility'
RESERVED_FUTURE = 'reserved for future definition'

# UUID.__init__'s parameters hide these builtins.
int_ = int
bytes_ = bytes


@_simple_enum(Enum)
class SafeUUID:
    safe = 0
    unsafe = -1
    unknown = None


_ALL_ONES_128 = (1 << 128) - 1

# Each of the six fields: its name, where its lowest bit sits in the 128-bit
# value, how many bits it has, and the complaint when a value won't fit.
_LAYOUT = (
    ('time_low', 96, 32, 'field 1 out of range (need a 32-bit value)'),
    ('time_mid', 80, 16, 'field 2 out of range (need a 16-bit value)'),
    ('time_hi_version', 64, 16, 'field 3 out of range (need a 16-bit value)'),
    ('clock_seq_hi_variant', 56, 8, 'field 4 out of range (need an 8-bit value)'),
    ('clock_seq_low', 48, 8, 'field 5 out of range (need an 8-bit value)'),
    ('node', 0, 48, 'field 6 out of range (need a 48-bit value)'),
)


def _reorder_le(data):
    # Windows stores time_low, time_mid and time_hi_version little-endian;
    # reversing those three groups converts either way.
    return data[3::-1] + data[5:3:-1] + data[7:5:-1] + data[8:]


def _value_of_hex(text):
    for junk in ('urn:', 'uuid:'):
        text = text.replace(junk, '')
    text = text.strip('{}').replace('-', '')
    if len(text) != 32:
        raise ValueError('badly formed hexadecimal UUID string')
    return int_(text, 16)


def _value_of_bytes(data):
    if len(data) != 16:
        raise ValueError('bytes is not a 16-char string')
    assert isinstance(data, bytes_), repr(data)
    return int_.from_bytes(data, 'big')


def _value_of_bytes_le(data):
    if len(data) != 16:
        raise ValueError('bytes_le is not a 16-char string')
    return _value_of_bytes(_reorder_le(data))


def _value_of_fields(parts):
    if len(parts) == 6:
        total = 0
    else:
        raise ValueError('fields is not a 6-tuple')
    for part, (_, low_bit, nbits, complaint) in zip(parts, _LAYOUT):
        if part < 0 or part >> nbits:
            raise ValueError(complaint)
        total += part << low_bit
    return total


def _value_of_int(number):
    if number < 0 or number > _ALL_ONES_128:
        raise ValueError('int is out of range (need a 128-bit value)')
    return number


def _stamp_version(value, version):
    # Set the two variant bits to 10 (RFC 4122) and the four version bits.
    if version is None:
        return value
    if version < 1 or version > 5:
        raise ValueError('illegal version number')
    value &= ~((0b11 << 62) | (0xf << 76))
    return value | (0b10 << 62) | (version << 76)


class UUID:
    """One UUID, immutable.  Give exactly one of hex, bytes, bytes_le,
    fields or int; a version (1-5) rewrites the variant and version bits.
    is_safe records whether the generator was multiprocessing-safe."""

    __slots__ = ('int', 'is_safe', '__weakref__')

    def __init__(self, hex=None, bytes=None, bytes_le=None, fields=None,
                 int=None, version=None, *, is_safe=SafeUUID.unknown):
        given = [(conv, arg) for conv, arg in ((_value_of_hex, hex),
                                               (_value_of_bytes_le, bytes_le),
                                               (_value_of_bytes, bytes),
                                               (_value_of_fields, fields),
                                               (_value_of_int, int))
                 if arg is not None]
        if len(given) != 1:
            raise TypeError('one of the hex, bytes, bytes_le, fields, '
                            'or int arguments must be given')
        conv, arg = given[0]
        _fill(self, _stamp_version(conv(arg), version), is_safe)

    # Pickling: the safety flag travels as its plain value (so unpickling
    # never depends on the enum) and only when it is known.

    def __getstate__(self):
        if self.is_safe == SafeUUID.unknown:
            return {'int': self.int}
        return {'int': self.int, 'is_safe': self.is_safe.value}

    def __setstate__(self, state):
        _fill(self, state['int'], SafeUUID(state.get('is_safe')))

    def __setattr__(self, name, value):
        raise TypeError('UUID objects are immutable')

    def __hash__(self):
        return hash(self.int)

    def __int__(self):
        return self.int

    def __str__(self):
        digits = self.hex
        cuts = (0, 8, 12, 16, 20, 32)
        return '-'.join(digits[a:b] for a, b in zip(cuts, cuts[1:]))

    def __repr__(self):
        return f'{type(self).__name__}({str(self)!r})'

    @property
    def hex(self):
        return format(self.int, '032x')

    @property
    def urn(self):
        return f'urn:uuid:{self}'

    @property
    def bytes(self):
        return self.int.to_bytes(16, 'big')

    @property
    def bytes_le(self):
        return _reorder_le(self.bytes)

    @property
    def fields(self):
        return tuple(getattr(self, entry[0]) for entry in _LAYOUT)

    @property
    def time(self):
        # 60 bits: time_hi (without the version), time_mid, time_low.
        high = self.time_hi_version & 0xfff
        return (high << 48) + (self.time_mid << 32) + self.time_low

    @property
    def clock_seq(self):
        # 14 bits: clock_seq_hi_variant without the variant bits, then low.
        return ((self.clock_seq_hi_variant & 0x3f) << 8) + self.clock_seq_low

    @property
    def variant(self):
        # Looked up by the three leading bits of clock_seq_hi_variant.
        return _VARIANT_BY_BITS[(self.int >> 61) & 0b111]

    @property
    def version(self):
        # Defined for RFC 4122 UUIDs only (None for the other variants).
        if self.variant != RFC_4122:
            return None
        return (self.int >> 76) & 0xf


# 0xx: NCS, 10x: RFC 4122, 110: Microsoft, 111: future.
_VARIANT_BY_BITS = ((RESERVED_NCS,) * 4 + (RFC_4122,) * 2
                    + (RESERVED_MICROSOFT, RESERVED_FUTURE))


def _fill(uuid, value, safety):
    # The slots are written past UUID.__setattr__, which refuses.
    setter = object.__setattr__
    setter(uuid, 'int', value)
    setter(uuid, 'is_safe', safety)


def _install_field(name, low_bit, nbits):
    mask = (1 << nbits) - 1
    setattr(UUID, name, property(lambda self: (self.int >> low_bit) & mask,
                                 doc=f'the {name} field'))


def _install_comparison(name):
    import operator
    compare = getattr(operator, name)

    def method(self, other):
        if not isinstance(other, UUID):
            return NotImplemented
        return compare(self.int, other.int)
    method.__name__ = method.__qualname__ = name
    setattr(UUID, name, method)


for _entry in _LAYOUT:
    _install_field(*_entry[:3])
for _op in ('__eq__', '__lt__', '__le__', '__gt__', '__ge__'):
    _install_comparison(_op)
del _entry, _op


# ---------------------------------------------------------------------------
# Finding this host's node number (a MAC address)

def _get_command_stdout(command, *args):
    """Run command (searched on PATH plus /sbin and /usr/sbin) under the C
    locale and return its standard output as a BytesIO, or None."""
    import io, shutil, subprocess
    search = os.environ.get('PATH', os.defpath).split(os.pathsep)
    search += ['/sbin', '/usr/sbin']
    try:
        program = shutil.which(command, path=os.pathsep.join(search))
        if not program:
            return None
        argv = [program]
        if args != ('',):
            argv.extend(args)
        # English output, whatever the user's locale: the parsers below
        # look for words like 'ether'.
        child = subprocess.Popen(argv, stdout=subprocess.PIPE,
                                 stderr=subprocess.DEVNULL,
                                 env={**os.environ, 'LC_ALL': 'C'})
        if not child:
            return None
        out = child.communicate()[0]
    except (OSError, subprocess.SubprocessError):
        return None
    return io.BytesIO(out)


def _is_universal(mac):
    # Bit 41 (the U/L bit of the first octet) clear: a vendor-assigned
    # address rather than a locally administered one.
    return (mac >> 41) & 1 == 0


class _Picker:
    # Keeps the first universal MAC seen, else the first local one.
    def __init__(self):
        self.local = None
        self.universal = None

    def offer(self, mac):
        if _is_universal(mac):
            self.universal = mac
            return True
        if self.local is None:
            self.local = mac
        return False


def _find_mac_near_keyword(command, args, keywords, get_word_index):
    """Scan the command's output for a word in keywords; the word at
    get_word_index(position) is taken as the MAC."""
    out = _get_command_stdout(command, args)
    if out is None:
        return None
    picker = _Picker()
    for raw in out:
        tokens = raw.lower().rstrip().split()
        for pos, token in enumerate(tokens):
            if token not in keywords:
                continue
            try:
                candidate = tokens[get_word_index(pos)]
                mac = int(candidate.replace(_MAC_DELIM, b''), 16)
            except (ValueError, IndexError):
                # A missing word or not hex: keep looking.
                continue
            if picker.offer(mac):
                return mac
    return picker.local or None


def _parse_mac(word):
    """The int value of a MAC written as six delimited groups, or None."""
    groups = word.split(_MAC_DELIM)
    if len(groups) != 6:
        return None
    shortest = 1 if _MAC_OMITS_LEADING_ZEROES else 2
    if any(len(g) < shortest or len(g) > 2 for g in groups):
        return None
    try:
        return int(b''.join(g.rjust(2, b'0') for g in groups), 16)
    except ValueError:
        return None


def _find_mac_under_heading(command, args, heading):
    """Read the command's output as a table and look for a MAC in the
    column whose title is heading."""
    out = _get_command_stdout(command, args)
    if out is None:
        return None
    titles = out.readline().rstrip().split()
    if heading not in titles:
        return None
    column = titles.index(heading)
    picker = _Picker()
    for raw in out:
        cells = raw.rstrip().split()
        if len(cells) <= column:
            continue
        mac = _parse_mac(cells[column])
        if mac is not None and picker.offer(mac):
            return mac
    return picker.local


def _ifconfig_getnode():
    """Node from ifconfig's output (tries no flags, -a, then -av)."""
    names = (b'hwaddr', b'ether', b'address:', b'lladdr')
    for flags in ('', '-a', '-av'):
        found = _find_mac_near_keyword('ifconfig', flags, names, _next_word)
        if found:
            return found
    return None


def _next_word(pos):
    return pos + 1


def _ip_getnode():
    """Node from `ip link`'s output."""
    found = _find_mac_near_keyword('ip', 'link', [b'link/ether'], _next_word)
    return found if found else None


def _arp_getnode():
    """Node from the arp table entry for this host's own address."""
    import socket
    if not hasattr(socket, "gethostbyname"):
        return None
    try:
        own = socket.gethostbyname(socket.gethostname())
    except OSError:
        return None
    plain = os.fsencode(own)
    bracketed = os.fsencode('(%s)' % own)
    # arp's layouts differ: MAC last on the line, just after the address,
    # or two words after the address in parentheses.
    attempts = ((plain, lambda pos: -1), (plain, _next_word),
                (bracketed, lambda pos: pos + 2))
    for word, where in attempts:
        found = _find_mac_near_keyword('arp', '-an', [word], where)
        if found:
            return found
    return None


def _lanscan_getnode():
    """Node from HP-UX lanscan's lan0 line."""
    return _find_mac_near_keyword('lanscan', '-ai', [b'lan0'], lambda pos: 0)


def _netstat_getnode():
    """Node from the Address column of netstat's interface table."""
    return _find_mac_under_heading('netstat', '-ian', b'Address')


# Hooks for CPython's _uuid helpers; Kaa never sets them, but they stay
# patchable (tests replace _generate_time_safe).
_uuid = _generate_time_safe = _UuidCreate = None


def _unix_getnode():
    """Node of a libuuid time UUID, when _generate_time_safe exists."""
    if not _generate_time_safe:
        return None
    raw, _ = _generate_time_safe()
    return UUID(bytes=raw).node


def _windll_getnode():
    """Node of a Windows UuidCreate UUID, when _UuidCreate exists."""
    if not _UuidCreate:
        return None
    return UUID(bytes_le=_UuidCreate()).node


def _random_getnode():
    """48 random bits with the multicast bit (bit 40) set, as RFC 4122
    suggests for a node that is not a real network card."""
    from random import getrandbits
    return getrandbits(48) | 1 << 40


def _platform_getters():
    # Which tools to ask, in order of preference.
    if _LINUX:
        tools = [_ip_getnode, _ifconfig_getnode]
    elif _AIX:
        tools = [_netstat_getnode]
    else:
        by_platform = {
            'darwin': [_ifconfig_getnode, _arp_getnode, _netstat_getnode],
            'win32': [],
        }
        everything = [_ifconfig_getnode, _ip_getnode, _arp_getnode, _netstat_getnode,
                      _lanscan_getnode]
        tools = by_platform.get(sys.platform, everything)
    native = {'posix': [_unix_getnode], 'nt': [_windll_getnode]}
    return tools, native.get(os.name, []) + tools


_OS_GETTERS, _GETTERS = _platform_getters()

_node = None


def getnode():
    """This host's 48-bit node number, looked up on the first call: from
    the system if possible, else random (with the multicast bit set)."""
    global _node
    if _node is None:
        for probe in [*_GETTERS, _random_getnode]:
            try:
                _node = probe()
            except:
                continue
            if _node is not None and 0 <= _node < 1 << 48:
                break
        else:
            assert False, '_random_getnode() returned invalid value: {}'.format(_node)
    return _node


# ---------------------------------------------------------------------------
# The generators

_last_timestamp = None

# 100-nanosecond ticks between 1582-10-15 (the UUID epoch) and 1970-01-01.
_GREGORIAN_OFFSET = 0x01b21dd213814000


def uuid1(node=None, clock_seq=None):
    """A version 1 UUID from the node (getnode() when None), the current
    time, and clock_seq (14 random bits when None)."""
    if _generate_time_safe is not None and node is None and clock_seq is None:
        raw, flag = _generate_time_safe()
        try:
            safety = SafeUUID(flag)
        except ValueError:
            safety = SafeUUID.unknown
        return UUID(bytes=raw, is_safe=safety)
    global _last_timestamp
    import time
    ticks = time.time_ns() // 100 + _GREGORIAN_OFFSET
    # Never hand out the same timestamp twice in a row.
    if _last_timestamp is not None:
        ticks = max(ticks, _last_timestamp + 1)
    _last_timestamp = ticks
    if clock_seq is None:
        from random import getrandbits
        clock_seq = getrandbits(14)
    node = getnode() if node is None else node
    parts = (ticks & 0xffff_ffff, (ticks >> 32) & 0xffff, (ticks >> 48) & 0xfff,
             (clock_seq >> 8) & 0x3f, clock_seq & 0xff, node)
    return UUID(fields=parts, version=1)


def _hash_name(algorithm, namespace, name, **options):
    import hashlib
    if isinstance(name, str):
        name = name.encode("utf-8")
    return getattr(hashlib, algorithm)(namespace.bytes + name, **options).digest()[:16]


def uuid3(namespace, name):
    """A version 3 UUID: MD5 of the namespace UUID's bytes and name."""
    return UUID(bytes=_hash_name('md5', namespace, name, usedforsecurity=False),
                version=3)


def uuid4():
    """A version 4 UUID: 122 random bits."""
    return UUID(bytes=os.urandom(16), version=4)


def uuid5(namespace, name):
    """A version 5 UUID: SHA-1 of the namespace UUID's bytes and name."""
    return UUID(bytes=_hash_name('sha1', namespace, name), version=5)


# The command line's texts (CPython's wording).
_CLI_DESCRIPTION = "Generates a uuid using the selected uuid function."
_ONLY_FOR_NAMED = "Only required for uuid3/uuid5 functions."
_CLI_OPTIONS = (
    (("-u", "--uuid"), dict(default="uuid4", help=(
        "The function to use to generate the uuid. By default uuid4 "
        "function is used."))),
    (("-n", "--namespace"), dict(help=(
        "The namespace is a UUID, or '@ns' where 'ns' is a well-known "
        "predefined UUID addressed by namespace name. Such as @dns, @url, "
        "@oid, and @x500. " + _ONLY_FOR_NAMED))),
    (("-N", "--name"), dict(help=(
        "The name used as part of generating the uuid. " + _ONLY_FOR_NAMED))),
)


def main():
    """python -m uuid: print one UUID made by the chosen generator."""
    generators = {'uuid1': uuid1, 'uuid3': uuid3, 'uuid4': uuid4, 'uuid5': uuid5}
    import argparse
    cli = argparse.ArgumentParser(description=_CLI_DESCRIPTION)
    for flags, options in _CLI_OPTIONS:
        if flags[1] == '--uuid':
            options = dict(options, choices=generators.keys())
        cli.add_argument(*flags, **options)
    opts = cli.parse_args()
    chosen = opts.uuid
    if chosen in ('uuid1', 'uuid4'):
        print(generators[chosen]())
        return
    if not (opts.namespace and opts.name):
        cli.error(f"Incorrect number of arguments. {chosen} requires a "
                  "namespace and a name. Run 'python -m uuid -h' for more "
                  "information.")
    well_known = {'@dns': NAMESPACE_DNS, '@url': NAMESPACE_URL,
                  '@oid': NAMESPACE_OID, '@x500': NAMESPACE_X500}
    space = well_known.get(opts.namespace) or UUID(opts.namespace)
    print(generators[chosen](space, opts.name))


# RFC 4122, appendix C: the predefined namespaces.
NAMESPACE_DNS = UUID('6ba7b810-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_URL = UUID('6ba7b811-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_OID = UUID('6ba7b812-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_X500 = UUID('6ba7b814-9dad-11d1-80b4-00c04fd430c8')

if __name__ == "__main__":
    main()
