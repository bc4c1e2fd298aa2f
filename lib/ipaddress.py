"""IP addresses, networks and interfaces for both IPv4 and IPv6.

The factory functions ip_address(), ip_network() and ip_interface() pick
the version from their argument; the six classes can also be used
directly.  Objects parse and print the usual text forms, do arithmetic and
ordering, and answer the IANA special-purpose registry questions
(is_private, is_global, is_multicast and the rest).
"""

__version__ = '1.0'

import functools
import operator

IPV4LENGTH = 32
IPV6LENGTH = 128


class AddressValueError(ValueError):
    """The text or number given is not a usable address."""


class NetmaskValueError(ValueError):
    """The prefix length, netmask or hostmask given is not usable."""


# ---------------------------------------------------------------------------
# Module-level helpers and functions

def _either_version(makers, value, kind):
    # The first of makers (the IPv4 one, then the IPv6 one) that accepts
    # value; only the parse errors make us try the next.
    for make in makers:
        try:
            return make(value)
        except (AddressValueError, NetmaskValueError):
            continue
    raise ValueError(f'{value!r} does not appear to be an IPv4 or IPv6 {kind}')


def ip_address(address):
    """IPv4Address or IPv6Address, whichever parses address (an int below
    2**32 counts as IPv4)."""
    return _either_version((IPv4Address, IPv6Address), address, 'address')


def ip_network(address, strict=True):
    """IPv4Network or IPv6Network for address; with strict, host bits set
    are an error."""
    makers = [functools.partial(kind, strict=strict) for kind in (IPv4Network, IPv6Network)]
    return _either_version(makers, address, 'network')


def ip_interface(address):
    """IPv4Interface or IPv6Interface for address."""
    return _either_version((IPv4Interface, IPv6Interface), address, 'interface')


def _int_to_bytes(value, size, version):
    try:
        return value.to_bytes(size, 'big')
    except OverflowError:
        raise ValueError(f'Address negative or too large for IPv{version}')


def v4_int_to_packed(address):
    """Four network-order bytes for an integer IPv4 address."""
    return _int_to_bytes(address, 4, 4)


def v6_int_to_packed(address):
    """Sixteen network-order bytes for an integer IPv6 address."""
    return _int_to_bytes(address, 16, 6)


def _cut_prefix(address):
    # 'addr' -> ['addr'], 'addr/mask' -> ['addr', 'mask'].
    pieces = str(address).split('/')
    if len(pieces) <= 2:
        return pieces
    raise AddressValueError(f"Only one '/' permitted in {address!r}")


def _find_address_range(addresses):
    """For sorted, distinct addresses, yield a (first, last) pair for each
    stretch of consecutive values."""
    start = end = None
    for current in addresses:
        if end is not None and current._ip == end._ip + 1:
            end = current
            continue
        if end is not None:
            yield start, end
        start = end = current
    if end is not None:
        yield start, end


def _count_righthand_zero_bits(number, bits):
    """How many of the low bits of number are zero, capped at bits."""
    if not number:
        return bits
    lowest_one = number & -number
    return min(bits, lowest_one.bit_length() - 1)


def summarize_address_range(first, last):
    """Yield the shortest list of networks that covers exactly the
    addresses from first to last, inclusive."""
    if not isinstance(first, _BaseAddress) or not isinstance(last, _BaseAddress):
        raise TypeError('first and last must be IP addresses, not networks')
    _same_version(first, last)
    if first > last:
        raise ValueError('last IP address must be greater than first')
    network_type = {4: IPv4Network, 6: IPv6Network}.get(first.version)
    if network_type is None:
        raise ValueError('unknown IP version')
    nbits = first._max_prefixlen
    cursor, stop = first._ip, last._ip
    while cursor <= stop:
        # Grow the block while it stays aligned on cursor and ends by stop.
        block_bits = _count_righthand_zero_bits(cursor, nbits)
        block_bits = min(block_bits, (stop - cursor + 1).bit_length() - 1)
        yield network_type((cursor, nbits - block_bits))
        cursor += 1 << block_bits
        if cursor > network_type._ALL_ONES:
            break


def _merge_blocks(addresses):
    # Pair up sibling networks into their common supernet, repeatedly, then
    # walk the survivors in order skipping any inside the previous one.
    todo = list(addresses)
    halves = {}
    while todo:
        net = todo.pop()
        parent = net.supernet()
        other_half = halves.get(parent)
        if other_half is None:
            halves[parent] = net
        elif other_half != net:
            del halves[parent]
            todo.append(parent)
    reach = None
    for net in sorted(halves.values()):
        if reach is None or net.broadcast_address > reach:
            reach = net.broadcast_address
            yield net


def collapse_addresses(addresses):
    """Yield the fewest networks that cover the given addresses and
    networks, which must all be of one IP version."""
    hosts, blocks = [], []
    for item in addresses:
        if isinstance(item, _BaseAddress):
            bucket, entry = hosts, item
        elif item._prefixlen == item._max_prefixlen:
            # A one-address network (or interface) counts as its address.
            if hosts and hosts[-1]._version != item._version:
                raise TypeError("%s and %s are not of the same version" % (item, hosts[-1]))
            bucket = hosts
            entry = item.ip if hasattr(item, 'ip') else item.network_address
        else:
            bucket, entry = blocks, item
        if bucket and bucket[-1]._version != item._version:
            raise TypeError("%s and %s are not of the same version" % (item, bucket[-1]))
        bucket.append(entry)
    pieces = []
    for low, high in _find_address_range(sorted(set(hosts))):
        pieces.extend(summarize_address_range(low, high))
    return _merge_blocks(pieces + blocks)


def get_mixed_type_key(obj):
    """A sort key that lets addresses and networks be sorted together."""
    for kind, key in ((_BaseNetwork, '_get_networks_key'), (_BaseAddress, '_address_key')):
        if isinstance(obj, kind):
            return getattr(obj, key)()
    return NotImplemented


def _view(attr, doc=None):
    # A read-only property showing one private attribute.
    return property(operator.attrgetter(attr), doc=doc)


def _slashed(base, after):
    # A property 'X/Y': X from the method base, Y the attribute after.
    def text(self):
        return f'{getattr(self, base)()}/{getattr(self, after)}'
    return property(text)


def _same_version(a, b, what='version'):
    if a._version == b._version:
        return
    raise TypeError(f'{a} and {b} are not of the same {what}')


# ---------------------------------------------------------------------------
# What every address, interface and network has

class _IPAddressBase:
    """Shared by every address, interface and network class."""

    __slots__ = ()

    exploded = property(lambda self: self._long_form(), doc='Text with nothing abbreviated.')
    compressed = property(str, doc='Text in its shortest form.')
    reverse_pointer = property(lambda self: self._ptr_name(),
                               doc='The PTR record name for reverse DNS lookups.')

    @property
    def version(self):
        try:
            return self._version
        except AttributeError:
            raise NotImplementedError('%200s has no version specified' % (type(self),)) from None

    max_prefixlen = _view('_max_prefixlen')

    def __repr__(self):
        return f'{type(self).__name__}({str(self)!r})'

    def __reduce__(self):
        return type(self), (str(self),)

    def _value_of(self, address):
        # The integer an int, bytes or text argument stands for.
        version = self._version
        if isinstance(address, int):
            if address < 0:
                problem = '%d (< 0)' % address
            elif address > self._ALL_ONES:
                problem = '%d (>= 2**%d)' % (address, self._max_prefixlen)
            else:
                return address
        elif isinstance(address, bytes):
            size = self._max_prefixlen // 8
            if len(address) == size:
                return int.from_bytes(address, 'big')
            problem = '%r (len %d != %d)' % (address, len(address), size)
        else:
            text = str(address)
            if '/' in text:
                raise AddressValueError(f"Unexpected '/' in {address!r}")
            return self._int_from_text(self._take_scope(text))
        raise AddressValueError(f'{problem} is not permitted as an IPv{version} address')

    def _take_scope(self, text):
        return text

    @classmethod
    def _int_from_text(cls, ip_str):
        if not ip_str:
            raise AddressValueError('Address cannot be empty')
        return cls._parse_digits(ip_str)

    # -- prefix lengths and masks --

    @classmethod
    def _mask_int(cls, prefixlen):
        # prefixlen one bits followed by zeros.
        host_bits = cls._max_prefixlen - prefixlen
        return cls._ALL_ONES >> host_bits << host_bits

    @classmethod
    def _ones_in_mask(cls, ip_int):
        """Prefix length of a netmask given as an int; ValueError when the
        ones are not all on the left."""
        nbits = cls._max_prefixlen
        zeros = _count_righthand_zero_bits(ip_int, nbits)
        ones = nbits - zeros
        if (ip_int >> zeros) + 1 != 1 << ones:
            raise ValueError('Netmask pattern %r mixes zeroes & ones'
                             % ip_int.to_bytes(nbits // 8, 'big'))
        return ones

    @classmethod
    def _bad_netmask(cls, netmask_str):
        raise NetmaskValueError('%r is not a valid netmask' % netmask_str) from None

    @classmethod
    def _prefix_from_prefix_string(cls, prefixlen_str):
        """The prefix length written in decimal, checked for range."""
        length = None
        if prefixlen_str.isascii() and prefixlen_str.isdigit():
            length = int(prefixlen_str)     # plain ASCII digits: cannot fail
        if length is None or length > cls._max_prefixlen:
            cls._bad_netmask(prefixlen_str)
        return length

    @classmethod
    def _prefix_from_mask_text(cls, ip_str):
        """The prefix length a netmask (or a hostmask, its inverse) written
        as an address stands for."""
        try:
            value = cls._int_from_text(ip_str)
        except AddressValueError:
            cls._bad_netmask(ip_str)
        for mask in (value, value ^ cls._ALL_ONES):
            try:
                return cls._ones_in_mask(mask)
            except ValueError:
                continue
        cls._bad_netmask(ip_str)

    @classmethod
    def _netmask_and_prefix(cls, arg):
        """(netmask address, prefix length) for an int prefix length or a
        string one; IPv4 also takes a netmask or hostmask string.
        Memoized per version."""
        cache = cls._mask_memo
        found = cache.get(arg)
        if found is not None:
            return found
        if isinstance(arg, int):
            if arg < 0 or arg > cls._max_prefixlen:
                cls._bad_netmask(arg)
            length = arg
        elif cls._masks_as_addresses:
            try:
                length = cls._prefix_from_prefix_string(arg)
            except NetmaskValueError:
                length = cls._prefix_from_mask_text(arg)
        else:
            length = cls._prefix_from_prefix_string(arg)
        found = cache[arg] = (cls._address_class(cls._mask_int(length)), length)
        return found

    @classmethod
    def _address_and_prefix(cls, address):
        """(address, prefix) from an int, bytes, an (address, prefix) tuple
        or 'address[/prefix]' text; the prefix defaults to the full width."""
        if isinstance(address, tuple):
            pieces = address
        elif isinstance(address, (int, bytes)):
            pieces = (address,)
        else:
            pieces = _cut_prefix(address)
        if len(pieces) < 2:
            return pieces[0], cls._max_prefixlen
        return pieces


_format_spec_re = None


@functools.total_ordering
class _BaseAddress(_IPAddressBase):
    """One address, of either version."""

    __slots__ = ()

    def __init__(self, address):
        self._ip = self._value_of(address)

    def __int__(self):
        return self._ip

    def __eq__(self, other):
        try:
            same_value = self._ip == other._ip
            return same_value and self._version == other._version
        except AttributeError:
            return NotImplemented

    def __lt__(self, other):
        if not isinstance(other, _BaseAddress):
            return NotImplemented
        _same_version(self, other)
        return self._ip < other._ip

    @property
    def packed(self):
        """The address as network-order (big-endian) bytes."""
        return self._ip.to_bytes(self._max_prefixlen // 8, 'big')

    def _moved(self, delta):
        if not isinstance(delta, int):
            return NotImplemented
        return type(self)(self._ip + delta)

    def __add__(self, other):
        return self._moved(other)

    def __sub__(self, other):
        return self._moved(-other) if isinstance(other, int) else NotImplemented

    def __str__(self):
        return self._string_from_ip_int(self._ip)

    def __hash__(self):
        return hash(hex(self._ip))

    def _address_key(self):
        return self._version, self

    def __format__(self, fmt):
        """Format spec: '' or ending in 's' formats the text; otherwise
        [#][_](b|x|X|n) gives the zero-padded number (n means b for IPv4,
        x for IPv6)."""
        if not fmt or fmt.endswith('s'):
            return format(str(self), fmt)
        global _format_spec_re
        if _format_spec_re is None:
            import re
            _format_spec_re = re.compile('(#?)(_?)([xbnX])')
        spec = _format_spec_re.fullmatch(fmt)
        if spec is None:
            return object.__format__(self, fmt)   # raises for a bad spec
        prefix, grouping, kind = spec.groups()
        if kind == 'n':
            kind = 'x' if self._version == 6 else 'b'
        digits = self._max_prefixlen // (1 if kind == 'b' else 4)
        if grouping:
            digits += digits // 4 - 1      # one separator per 4 digits
        if prefix:
            digits += 2                    # room for 0b / 0x
        return format(self._ip, f'{prefix}0{digits}{grouping}{kind}')


def _network_inside(inner, outer):
    try:
        _same_version(inner, outer)
        return (outer.network_address <= inner.network_address
                and inner.broadcast_address <= outer.broadcast_address)
    except AttributeError:
        raise TypeError(f"Unable to test subnet containment between {inner} and {outer}")


_not_private = property(lambda self: not self.is_private)


def _whole_network(test):
    # A network has a property when both its first and last address do.
    def check(self):
        return (getattr(self.network_address, test)
                and getattr(self.broadcast_address, test))
    check.__name__ = test
    return property(check)


@functools.total_ordering
class _BaseNetwork(_IPAddressBase):
    """A network of either version: a base address and a prefix length."""

    def __str__(self):
        return f'{self.network_address}/{self.prefixlen}'

    def _span(self):
        return int(self.network_address), int(self.broadcast_address)

    def _addresses(self, start, stop):
        make = self._address_class
        for value in range(start, stop):
            yield make(value)

    def hosts(self):
        """Usable host addresses: all but the network and broadcast ones."""
        first, last = self._span()
        return self._addresses(first + 1, last)

    def __iter__(self):
        first, last = self._span()
        return self._addresses(first, last + 1)

    def __getitem__(self, n):
        first, last = self._span()
        where = first + n if n >= 0 else last + 1 + n
        if where < first or where > last:
            raise IndexError('address out of range')
        return self._address_class(where)

    def __lt__(self, other):
        if not isinstance(other, _BaseNetwork):
            return NotImplemented
        _same_version(self, other)
        return ((self.network_address, self.netmask)
                < (other.network_address, other.netmask))

    def __eq__(self, other):
        try:
            return (self._version == other._version
                    and self.network_address == other.network_address
                    and self.netmask._ip == other.netmask._ip)
        except AttributeError:
            return NotImplemented

    def __hash__(self):
        return hash(self.network_address._ip ^ self.netmask._ip)

    def __contains__(self, other):
        # Only addresses can be members; a network never is.
        if self._version != other._version or isinstance(other, _BaseNetwork):
            return False
        return self.network_address._ip == other._ip & self.netmask._ip

    def overlaps(self, other):
        """Whether some address is in both networks."""
        return (self.network_address in other or self.broadcast_address in other
                or other.network_address in self or other.broadcast_address in self)

    @functools.cached_property
    def broadcast_address(self):
        return self._address_class(int(self.network_address) | int(self.hostmask))

    @functools.cached_property
    def hostmask(self):
        return self._address_class(self._ALL_ONES ^ int(self.netmask))

    def _base_text(self):
        return str(self.network_address)

    with_prefixlen = _slashed('_base_text', '_prefixlen')
    with_netmask = _slashed('_base_text', 'netmask')
    with_hostmask = _slashed('_base_text', 'hostmask')

    @property
    def num_addresses(self):
        """The size of the network."""
        first, last = self._span()
        return last - first + 1

    @property
    def _address_class(self):
        raise NotImplementedError('%200s has no associated address class' % (type(self),))

    prefixlen = _view('_prefixlen')

    def address_exclude(self, other):
        """Yield the networks that together make up self without other,
        which must be a subnet of self."""
        _same_version(self, other)
        if not isinstance(other, _BaseNetwork):
            raise TypeError("%s is not a network object" % other)
        if not other.subnet_of(self):
            raise ValueError('%s not contained in %s' % (other, self))
        if other == self:
            return
        # Normalize (an interface-like network may carry host bits).
        target = type(other)('%s/%s' % (other.network_address, other.prefixlen))
        # Halve repeatedly: the half without target is yielded, the half
        # with it is split again, until target itself is one half.
        low, high = self.subnets()
        while True:
            if low == target:
                yield high
                return
            if high == target:
                yield low
                return
            if target.subnet_of(low):
                yield high
                low, high = low.subnets()
            elif target.subnet_of(high):
                yield low
                low, high = high.subnets()
            else:
                raise AssertionError('Error performing exclusion: s1: %s s2: %s other: %s'
                                     % (low, high, target))

    def compare_networks(self, other):
        """-1, 0 or 1: how self orders against other, by network address
        first and netmask second."""
        _same_version(self, other, 'type')
        pairs = ((self.network_address, other.network_address),
                 (self.netmask, other.netmask))
        for ours, theirs in pairs:
            if ours != theirs:
                return -1 if ours < theirs else 1
        return 0

    def _get_networks_key(self):
        return self._version, self.network_address, self.netmask

    def _step(self, prefixlen_diff, new_prefix, sign):
        # How many bits to lengthen (sign 1) or shorten (sign -1) the
        # prefix by: prefixlen_diff, unless new_prefix names the target.
        if new_prefix is None:
            return prefixlen_diff
        distance = sign * (new_prefix - self._prefixlen)
        if distance < 0:
            raise ValueError('new prefix must be %s' % ('longer' if sign > 0 else 'shorter'))
        if prefixlen_diff != 1:
            raise ValueError('cannot set prefixlen_diff and new_prefix')
        return distance

    def subnets(self, prefixlen_diff=1, new_prefix=None):
        """Yield the subnets whose prefix is prefixlen_diff longer (or,
        given new_prefix, of that length); a full-length network yields
        itself."""
        if self._prefixlen == self._max_prefixlen:
            yield self
            return
        longer = self._prefixlen + self._step(prefixlen_diff, new_prefix, 1)
        if longer < self._prefixlen:
            raise ValueError('prefix length diff must be > 0')
        if longer > self._max_prefixlen:
            raise ValueError('prefix length diff %d is invalid for netblock %s' % (longer, self))
        first, last = self._span()
        size = 1 << (self._max_prefixlen - longer)
        kind = type(self)
        for start in range(first, last + 1, size):
            yield kind((start, longer))

    def supernet(self, prefixlen_diff=1, new_prefix=None):
        """The network whose prefix is prefixlen_diff shorter (or new_prefix
        long) and which contains this one; a /0 returns itself."""
        if not self._prefixlen:
            return self
        prefixlen_diff = self._step(prefixlen_diff, new_prefix, -1)
        shorter = self.prefixlen - prefixlen_diff
        if shorter < 0:
            raise ValueError('current prefixlen is %d, cannot have a prefixlen_diff of %d'
                             % (self.prefixlen, prefixlen_diff))
        base = int(self.network_address) & (int(self.netmask) << prefixlen_diff)
        return type(self)((base, shorter))

    def subnet_of(self, other):
        """Whether self lies inside other."""
        return _network_inside(self, other)

    def supernet_of(self, other):
        """Whether other lies inside self."""
        return _network_inside(other, self)

    is_multicast = _whole_network('is_multicast')
    is_reserved = _whole_network('is_reserved')
    is_link_local = _whole_network('is_link_local')
    is_unspecified = _whole_network('is_unspecified')
    is_loopback = _whole_network('is_loopback')

    @property
    def is_private(self):
        """Whether the network sits inside one of the registry's
        not-globally-reachable blocks without touching an exception."""
        ends = (self.network_address, self.broadcast_address)
        consts = self._constants
        inside = any(all(end in block for end in ends)
                     for block in consts._not_global)
        return inside and not any(end in block for block in consts._not_global_exceptions
                                  for end in ends)

    is_global = _not_private


class _NoConstants:
    _not_global = []


_BaseNetwork._constants = _NoConstants


# ---------------------------------------------------------------------------
# Version specifics

def _in_blocks(table):
    # An address property: is the address inside any of the networks the
    # version's constants list under table?
    def check(self):
        return any(self in block for block in getattr(self._constants, table))
    check.__name__ = table
    return property(check)


def _registry_private(self):
    consts = self._constants
    return (any(self in block for block in consts._not_global)
            and not any(self in block for block in consts._not_global_exceptions))


class _BaseV4:
    """IPv4 specifics shared by its address, interface and network."""

    __slots__ = ()
    _version = 4
    _ALL_ONES = (2 ** IPV4LENGTH) - 1
    _max_prefixlen = IPV4LENGTH
    _mask_memo = {}
    _masks_as_addresses = True

    def _long_form(self):
        # Nothing in IPv4 text is ever abbreviated.
        return self.compressed

    @classmethod
    def _octet_value(cls, octet_str):
        if not octet_str:
            raise ValueError("Empty octet not permitted")
        for broken, complaint in _OCTET_CHECKS:
            if broken(octet_str):
                raise ValueError(complaint % octet_str)
        value = int(octet_str, 10)
        if value > 255:
            raise ValueError("Octet %d (> 255) not permitted" % value)
        return value

    @classmethod
    def _parse_digits(cls, ip_str):
        pieces = ip_str.split('.')
        if len(pieces) != 4:
            raise AddressValueError("Expected 4 octets in %r" % ip_str)
        try:
            return int.from_bytes(bytes(map(cls._octet_value, pieces)), 'big')
        except ValueError as exc:
            raise AddressValueError(f'{exc} in {ip_str!r}') from None

    @classmethod
    def _string_from_ip_int(cls, ip_int):
        return '%d.%d.%d.%d' % tuple(ip_int.to_bytes(4, 'big'))

    def _ptr_name(self):
        octets = str(self).split('.')
        return '.'.join(octets[::-1]) + '.in-addr.arpa'


# Checks on a nonempty octet, in order, with their complaints.
_OCTET_CHECKS = (
    (lambda s: not (s.isascii() and s.isdigit()), "Only decimal digits permitted in %r"),
    (lambda s: len(s) > 3, "At most 3 characters permitted in %r"),
    # '010' might mean octal to some readers: refused outright.
    (lambda s: len(s) > 1 and s[0] == '0', "Leading zeros are not permitted in %r"),
)


class IPv4Address(_BaseV4, _BaseAddress):
    """An IPv4 address."""

    __slots__ = ('_ip', '__weakref__')

    def __reduce__(self):
        # Pickled by value (an IPv6 address, whose scope id would be lost,
        # and interfaces pickle by text).
        return type(self), (self._ip,)

    @property
    def is_reserved(self):
        return self in self._constants._reserved_block

    is_private = property(_registry_private)

    @property
    def is_global(self):
        return self not in self._constants._shared_space and not self.is_private

    @property
    def is_unspecified(self):
        return self == self._constants._zero

    is_multicast = _in_blocks('_multicast_networks')
    is_loopback = _in_blocks('_loopback_networks')
    is_link_local = _in_blocks('_linklocal_networks')

    @property
    def ipv6_mapped(self):
        """This address as ::ffff:a.b.c.d."""
        return IPv6Address(f'::ffff:{self}')


# Every IPv4 object (networks included) makes its addresses with this.
_BaseV4._address_class = IPv4Address


class _BaseInterface:
    """An address that also knows its network (mixed into the version's
    address class)."""

    __slots__ = ()

    def __init__(self, address):
        addr, mask = self._address_and_prefix(address)
        super().__init__(addr)
        net = self.network = self._network_class((addr, mask), strict=False)
        self.netmask, self._prefixlen = net.netmask, net._prefixlen

    @functools.cached_property
    def hostmask(self):
        return self.network.hostmask

    def __str__(self):
        return f'{super().__str__()}/{self._prefixlen:d}'

    def __eq__(self, other):
        same = super().__eq__(other)
        if same is NotImplemented or not same:
            return same
        try:
            return self.network == other.network
        except AttributeError:
            # Equal as an address, but a bare address is no interface.
            return False

    def __lt__(self, other):
        smaller = super().__lt__(other)
        if smaller is NotImplemented:
            return NotImplemented
        try:
            if self.network == other.network:
                return smaller
            return self.network < other.network
        except AttributeError:
            return False

    def __hash__(self):
        return hash((self._ip, self._prefixlen, self.network.network_address._ip))

    __reduce__ = _IPAddressBase.__reduce__

    @property
    def ip(self):
        return self._address_class(self._ip)

    def _base_text(self):
        # Without the scope id or the dotted IPv4 tail str() may add.
        return self._string_from_ip_int(self._ip)

    with_prefixlen = _slashed('_base_text', '_prefixlen')
    with_netmask = _slashed('_base_text', 'netmask')
    with_hostmask = _slashed('_base_text', 'hostmask')


class IPv4Interface(_BaseInterface, IPv4Address):
    """An IPv4 address on its network."""

    @property
    def _network_class(self):
        return IPv4Network


def _setup_network(self, address, strict):
    addr, mask = self._address_and_prefix(address)
    make = self._address_class
    self.network_address = make(addr)
    self.netmask, self._prefixlen = self._netmask_and_prefix(mask)
    base = int(self.network_address)
    masked = base & int(self.netmask)
    if masked != base:
        if strict:
            raise ValueError('%s has host bits set' % self)
        self.network_address = make(masked)
    # A /31 (or /127) has two usable hosts; a /32 (or /128) is its host.
    spare = self._max_prefixlen - self._prefixlen
    if spare == 1:
        self.hosts = self.__iter__
    elif spare == 0:
        self.hosts = lambda: [make(addr)]


class IPv4Network(_BaseV4, _BaseNetwork):
    """An IPv4 network."""

    def __init__(self, address, strict=True):
        """address: 'a.b.c.d[/prefix]' where the prefix is a length, a
        netmask or a hostmask; an int or 4 bytes; or an (address, prefix)
        pair.  With strict, host bits set raise ValueError."""
        _setup_network(self, address, strict)

    @property
    def is_global(self):
        shared = self._constants._shared_space
        in_shared = self.network_address in shared and self.broadcast_address in shared
        return not in_shared and not self.is_private


def _v4_nets(*texts):
    return [IPv4Network(text) for text in texts]


class _V4Blocks:
    _linklocal_networks = _v4_nets('169.254.0.0/16')
    _loopback_networks = _v4_nets('127.0.0.0/8')
    _multicast_networks = _v4_nets('224.0.0.0/4')
    _shared_space = IPv4Network('100.64.0.0/10')
    # The IANA IPv4 special-purpose registry's not-globally-reachable
    # blocks, and the exceptions inside them.
    _not_global = _v4_nets(
        '0.0.0.0/8', '10.0.0.0/8', '127.0.0.0/8', '169.254.0.0/16', '172.16.0.0/12',
        '192.0.0.0/24', '192.0.0.170/31', '192.0.2.0/24', '192.168.0.0/16',
        '198.18.0.0/15', '198.51.100.0/24', '203.0.113.0/24', '240.0.0.0/4',
        '255.255.255.255/32')
    _not_global_exceptions = _v4_nets('192.0.0.9/32', '192.0.0.10/32')
    _reserved_block = IPv4Network('240.0.0.0/4')
    _zero = IPv4Address('0.0.0.0')


class _BaseV6:
    """IPv6 specifics shared by its address, interface and network."""

    __slots__ = ()
    _version = 6
    _ALL_ONES = (2 ** IPV6LENGTH) - 1
    _GROUPS = 8
    _HEXDIGITS = frozenset('0123456789ABCDEFabcdef')
    _max_prefixlen = IPV6LENGTH
    _mask_memo = {}
    _masks_as_addresses = False

    @classmethod
    def _parse_digits(cls, ip_str):
        pieces = ip_str.split(':')
        if len(pieces) < 3:
            raise AddressValueError("At least 3 parts expected in %r" % ip_str)
        if '.' in pieces[-1]:
            # A dotted IPv4 tail stands for the last two hextets.
            try:
                tail32 = IPv4Address(pieces.pop())._ip
            except AddressValueError as exc:
                raise AddressValueError(f'{exc} in {ip_str!r}') from None
            pieces += [format(tail32 >> 16, 'x'), format(tail32 & 0xFFFF, 'x')]
        front, back = cls._around_gap(pieces, ip_str)
        missing = cls._GROUPS - len(front) - len(back)
        try:
            value = 0
            for piece in front + ['0'] * missing + back:
                value = value << 16 | cls._hextet_value(piece)
        except ValueError as exc:
            raise AddressValueError(f'{exc} in {ip_str!r}') from None
        return value

    @classmethod
    def _around_gap(cls, pieces, ip_str):
        # The hextet texts before and after the '::' (all of them before,
        # when there is none), after checking the colons are well placed.
        count = cls._GROUPS
        if len(pieces) > count + 1:
            raise AddressValueError("At most %d colons permitted in %r" % (count, ip_str))
        inner_empty = [i for i, piece in enumerate(pieces[1:-1], 1) if piece == '']
        if len(inner_empty) > 1:
            raise AddressValueError("At most one '::' permitted in %r" % ip_str)
        leading = "Leading ':' only permitted as part of '::' in %r" % ip_str
        trailing = "Trailing ':' only permitted as part of '::' in %r" % ip_str
        if not inner_empty:
            if len(pieces) != count:
                raise AddressValueError("Exactly %d parts expected without '::' in %r"
                                        % (count, ip_str))
            if pieces[0] == '':
                raise AddressValueError(leading)
            if pieces[-1] == '':
                raise AddressValueError(trailing)
            return pieces, []
        gap = inner_empty[0]
        front, back = pieces[:gap], pieces[gap + 1:]
        # An empty first (last) piece is only the other half of a '::' at
        # the very start (end).
        if front[0] == '':
            if len(front) != 1:
                raise AddressValueError(leading)
            front = []
        if back[-1] == '':
            if len(back) != 1:
                raise AddressValueError(trailing)
            back = []
        if len(front) + len(back) >= count:
            raise AddressValueError("Expected at most %d other parts with '::' in %r"
                                    % (count - 1, ip_str))
        return front, back

    @classmethod
    def _hextet_value(cls, hextet_str):
        if not cls._HEXDIGITS.issuperset(hextet_str):
            complaint = "Only hex digits permitted in %r"
        elif len(hextet_str) <= 4:
            return int(hextet_str, 16)
        else:
            complaint = "At most 4 characters permitted in %r"
        raise ValueError(complaint % hextet_str)

    @classmethod
    def _string_from_ip_int(cls, ip_int):
        if ip_int > cls._ALL_ONES:
            raise ValueError('IPv6 address is too large')
        groups = [format((ip_int >> shift) & 0xFFFF, 'x') for shift in range(112, -16, -16)]
        # The longest run of two or more zero groups (the first, on a tie)
        # becomes '::'.
        best_at, best_len, run = 0, 0, 0
        for i, group in enumerate(groups):
            run = run + 1 if group == '0' else 0
            if run > best_len:
                best_at, best_len = i + 1 - run, run
        if best_len < 2:
            return ':'.join(groups)
        return ':'.join(groups[:best_at]) + '::' + ':'.join(groups[best_at + best_len:])

    def _long_text(self):
        # The address part's text as its string form gives it (a scope id
        # there makes the re-parse fail, which callers see).
        subject = self
        if isinstance(self, _BaseNetwork):
            subject = self.network_address
        elif isinstance(self, _BaseInterface):
            subject = self.ip
        return str(subject)

    def _long_form(self):
        digits = format(self._int_from_text(self._long_text()), '032x')
        full = ':'.join(digits[i:i + 4] for i in range(0, 32, 4))
        if isinstance(self, (_BaseNetwork, _BaseInterface)):
            full += '/%d' % self._prefixlen
        return full

    def _ptr_name(self):
        nibbles = self.exploded[::-1].replace(':', '')
        return '.'.join(nibbles) + '.ip6.arpa'

    @staticmethod
    def _cut_scope(ip_str):
        """'address%scope' -> (address, scope); no '%' -> (ip_str, None)."""
        addr, percent, scope = ip_str.partition('%')
        if not percent:
            return addr, None
        if not scope or '%' in scope:
            raise AddressValueError('Invalid IPv6 address: "%r"' % ip_str)
        return addr, scope


def _ipv4_at(value, shift):
    # The IPv4 address held in the 32 bits of value starting at bit shift.
    return IPv4Address(value >> shift & IPv4Address._ALL_ONES)


# The first 30 characters of an exploded IPv4-mapped address,
# '0000:0000:0000:0000:0000:ffff:', are followed by the dotted IPv4 text.
_MAPPED_HEAD = 30


class IPv6Address(_BaseV6, _BaseAddress):
    """An IPv6 address, optionally with a scope id ('fe80::1%eth0')."""

    __slots__ = ('_ip', '_scope_id', '__weakref__')

    def __init__(self, address):
        self._scope_id = None
        super().__init__(address)

    def _take_scope(self, text):
        text, self._scope_id = self._cut_scope(text)
        return text

    def _long_form(self):
        full = super()._long_form()
        embedded = self.ipv4_mapped
        if embedded is None:
            return full
        return full[:_MAPPED_HEAD] + str(embedded)

    def _ptr_name(self):
        embedded = self.ipv4_mapped
        if embedded is None:
            return super()._ptr_name()
        digits = _BaseV6._long_form(self)[:_MAPPED_HEAD]
        digits += format(embedded._ip, '08x')
        return '.'.join(digits.replace(':', '')[::-1]) + '.ip6.arpa'

    def _mapped_text(self):
        embedded = self.ipv4_mapped
        if embedded is None:
            raise AddressValueError("Can not apply to non-IPv4-mapped IPv6 address %s" % str(self))
        return f'{self._string_from_ip_int(self._ip >> 32)}:{embedded}'

    def __str__(self):
        if self.ipv4_mapped is not None:
            text = self._mapped_text()
        else:
            text = super().__str__()
        if self._scope_id:
            text += '%' + self._scope_id
        return text

    def __hash__(self):
        return hash((self._ip, self._scope_id))

    def __eq__(self, other):
        same = super().__eq__(other)
        if same is NotImplemented:
            return same
        return bool(same) and self._scope_id == getattr(other, '_scope_id', None)

    scope_id = _view('_scope_id', "The zone after '%' in the text form, or None.")

    is_multicast = _in_blocks('_multicast_networks')
    is_reserved = _in_blocks('_reserved_networks')
    is_link_local = _in_blocks('_linklocal_networks')
    is_site_local = _in_blocks('_sitelocal_networks')

    @property
    def is_private(self):
        """Registry-listed as not globally reachable; an IPv4-mapped
        address answers for its IPv4 address."""
        embedded = self.ipv4_mapped
        if embedded is not None:
            return embedded.is_private
        return _registry_private(self)

    is_global = _not_private

    @property
    def is_unspecified(self):
        return not self._ip

    @property
    def is_loopback(self):
        # An IPv4-mapped address answers as its IPv4 address.
        embedded = self.ipv4_mapped
        subject = self if embedded is None else embedded
        return any(subject in block for block in subject._constants._loopback_networks)

    @property
    def ipv4_mapped(self):
        """For ::ffff:a.b.c.d, the IPv4 address a.b.c.d; else None."""
        if self._ip >> 32 == 0xFFFF:
            return _ipv4_at(self._ip, 0)
        return None

    @property
    def teredo(self):
        """For a Teredo address (2001::/32), the (server, client) IPv4
        pair; else None."""
        if self._ip >> 96 != 0x20010000:
            return None
        # The client is stored with its bits inverted.
        return _ipv4_at(self._ip, 64), _ipv4_at(~self._ip, 0)

    @property
    def sixtofour(self):
        """For a 6to4 address (2002::/16), the embedded IPv4 address; else
        None."""
        if self._ip >> 112 != 0x2002:
            return None
        return _ipv4_at(self._ip, 80)


_BaseV6._address_class = IPv6Address


def _with_network(address_test):
    def check(self):
        return address_test.fget(self) and getattr(self.network, address_test.fget.__name__)
    return property(check)


class IPv6Interface(_BaseInterface, IPv6Address):
    """An IPv6 address on its network."""

    @property
    def _network_class(self):
        return IPv6Network

    # These two also ask the network.
    is_unspecified = _with_network(IPv6Address.is_unspecified)
    is_loopback = _with_network(IPv6Address.is_loopback)


class IPv6Network(_BaseV6, _BaseNetwork):
    """An IPv6 network."""

    def __init__(self, address, strict=True):
        """address: 'addr[/prefixlen]', an int, 16 bytes, or an (address,
        prefixlen) pair.  With strict, host bits set raise ValueError."""
        _setup_network(self, address, strict)

    def hosts(self):
        """Usable host addresses: all but the network address (the
        Subnet-Router anycast address)."""
        first, last = self._span()
        return self._addresses(first + 1, last + 1)

    is_site_local = _whole_network('is_site_local')


def _v6_nets(*texts):
    return [IPv6Network(text) for text in texts]


class _V6Blocks:
    _linklocal_networks = _v6_nets('fe80::/10')
    _multicast_networks = _v6_nets('ff00::/8')
    _loopback_networks = _v6_nets('::1/128')
    # The IANA IPv6 special-purpose registry's not-globally-reachable
    # blocks, and the exceptions inside them.
    _not_global = _v6_nets(
        '::1/128', '::/128', '::ffff:0:0/96', '64:ff9b:1::/48', '100::/64', '2001::/23',
        '2001:db8::/32', '2002::/16', 'fc00::/7', 'fe80::/10')
    _not_global_exceptions = _v6_nets(
        '2001:1::1/128', '2001:1::2/128', '2001:3::/32', '2001:4:112::/48',
        '2001:20::/28', '2001:30::/28')
    # RFC 4291's reserved ranges.
    _reserved_networks = _v6_nets(
        '::/8', '100::/8', '200::/7', '400::/6', '800::/5', '1000::/4', '4000::/3',
        '6000::/3', '8000::/3', 'A000::/3', 'C000::/3', 'E000::/4', 'F000::/5',
        'F800::/6', 'FE00::/9')
    _sitelocal_networks = _v6_nets('fec0::/10')


IPv4Address._constants = IPv4Network._constants = _V4Blocks
IPv6Address._constants = IPv6Network._constants = _V6Blocks
