# ipaddress: parsing (and every error message), formatting, reprs, arithmetic,
# comparison, networks (iteration, hosts, subnets, supernet, exclusion,
# containment), interfaces, the classification properties with 3.13's tables,
# IPv6 scope ids, IPv4-mapped, 6to4 and Teredo addresses, collapse and summarize.
import ipaddress as ip
import pickle


def show(f, *a):
    try:
        r = f(*a)
        if hasattr(r, '__next__'):
            r = list(r)
        return repr(r)
    except (ValueError, TypeError, IndexError) as e:
        return '%s: %s' % (type(e).__name__, e)


for text in ['1.2.3.4', '0.0.0.0', '255.255.255.255', '', '1.2.3', '1.2.3.4.5', '01.2.3.4', '1.2.3.256', '1.2.3.a',
             '1.2.3.1000', '1..3.4', '1.2.3.4/24', '٣.2.3.4', 0, 2**32 - 1, 2**32, -1, b'\x01\x02\x03\x04', b'\x01',
             '::', '::1', '1::', '2001:db8::1', '2001:db8:0:0:1:0:0:1', '1:2:3:4:5:6:7:8', '1:2:3:4:5:6:7', ':1:2::',
             '1::2::3', '1:2:3:4:5:6:7:8:9', '12345::', 'g::', '::1.2.3.4', '::ffff:1.2.3.4', '::ffff:1.2.3', 'fe80::1%eth0',
             'fe80::1%', 'fe80::1%a%b', '1:2:3:4:5:6:7::', '::2:3:4:5:6:7:8', '1:2:3:4:5:6:7:8::', ':', ':::',
             '1:2:3:4:5:6:1.2.3.4', 2**128, 2**128 - 1, b'\x00' * 16, None, 1.5]:
    print(repr(text), show(ip.ip_address, text), show(ip.IPv4Address, text), show(ip.IPv6Address, text))

a4 = ip.IPv4Address('192.0.2.1')
a6 = ip.IPv6Address('2001:db8::8:800:200c:417a')
for a in [a4, a6, ip.IPv6Address('::ffff:10.0.0.1'), ip.IPv6Address('::2')]:
    print(repr(a), str(a), a.exploded, a.compressed, a.packed, int(a), a.version, a.max_prefixlen, a.reverse_pointer)
    print(format(a), format(a, 's'), format(a, '>30s'), format(a, 'b')[:40], format(a, '#x'), format(a, '_X'),
          format(a, '#_n'), format(a, 'n')[:12], show(format, a, 'd'))
    print(a + 1, a - 1, a == ip.ip_address(str(a)), hash(a) == hash(ip.ip_address(str(a))),
          pickle.loads(pickle.dumps(a)) == a)
print(show(lambda: a4 + 2**32), show(lambda: a4 - 2**32), show(lambda: a4 < a6), a4 == a6, a4 != 1,
      show(lambda: a4 < 1), a4 < ip.IPv4Address('192.0.2.2'), sorted([a6, a6 - 5, a6 + 3]))
print(ip.IPv6Address('fe80::1%eth0') == ip.IPv6Address('fe80::1'), ip.IPv6Address('fe80::1%1').scope_id,
      ip.IPv6Address('fe80::1').scope_id)

for text in ['192.0.2.0/24', '192.0.2.1/24', '10.0.0.0/255.0.0.0', '10.0.0.0/0.255.255.255', '10.0.0.0/255.0.255.0',
             '10.0.0.0/33', '10.0.0.0/-1', '10.0.0.0/a', '10.0.0.0/1/2', '0.0.0.0/0', '1.2.3.4/32', '1.2.3.4/31',
             ('10.0.0.0', 8), ('10.0.0.0', '255.0.0.0'), (167772160, 8), '2001:db8::/32', '2001:db8::1/32',
             '::/0', '2001:db8::/129', '2001:db8::/ffff::', ('2001:db8::', 48), '::1/128', 'fe80::%1/64']:
    print(repr(text), show(ip.ip_network, text), show(ip.ip_network, text, False), show(ip.ip_interface, text))

n4 = ip.ip_network('192.0.2.0/28')
n6 = ip.ip_network('2001:db8::/126')
for n in [n4, n6, ip.ip_network('10.0.0.0/31'), ip.ip_network('10.0.0.1/32'), ip.ip_network('2001:db8::/127')]:
    print(repr(n), n.network_address, n.broadcast_address, n.netmask, n.hostmask, n.prefixlen, n.num_addresses,
          n.with_prefixlen, n.with_netmask, n.with_hostmask, n.exploded, n.compressed, n.reverse_pointer[:20])
    print(list(n.hosts())[:4], list(n)[:3], n[0], n[-1], show(n.__getitem__, 100), show(n.__getitem__, -100))
    print(list(n.subnets())[:4], n.supernet(), show(lambda: list(n.subnets(new_prefix=n.prefixlen + 1))[:2]))
print(list(n4.subnets(prefixlen_diff=2)), n4.supernet(prefixlen_diff=4), n4.supernet(new_prefix=20))
for f in [lambda: list(n4.subnets(new_prefix=20)), lambda: list(n4.subnets(2, 30)), lambda: list(n4.subnets(-1)),
          lambda: list(n4.subnets(10)), lambda: n4.supernet(new_prefix=30), lambda: n4.supernet(2, 20),
          lambda: n4.supernet(40), lambda: list(n4.address_exclude(n6)), lambda: list(n4.address_exclude(a4)),
          lambda: list(n4.address_exclude(ip.ip_network('10.0.0.0/8'))), lambda: n4.compare_networks(n6),
          lambda: n4.subnet_of(n6), lambda: n4.subnet_of(a4), lambda: n4 < n6, lambda: n4 < a4]:
    print(show(f))
print(list(ip.ip_network('192.0.2.0/24').address_exclude(ip.ip_network('192.0.2.64/28'))))
print(a4 in n4, ip.ip_address('192.0.2.17') in n4, n4 in n4, a6 in n4, n4.overlaps(ip.ip_network('192.0.2.8/29')),
      n4.overlaps(ip.ip_network('192.0.3.0/24')), n4.subnet_of(ip.ip_network('192.0.0.0/16')),
      ip.ip_network('192.0.0.0/16').supernet_of(n4), n4.compare_networks(ip.ip_network('192.0.2.0/27')),
      n4.compare_networks(n4), ip.ip_network('192.0.2.0/27').compare_networks(n4))
print(sorted([ip.ip_network('10.0.0.0/8'), ip.ip_network('10.0.0.0/16'), ip.ip_network('9.0.0.0/8')]))
print(sorted([a4, n4, ip.ip_network('192.0.2.0/24'), ip.ip_address('192.0.2.0')], key=ip.get_mixed_type_key),
      ip.get_mixed_type_key(5))

i4 = ip.ip_interface('192.0.2.5/24')
i6 = ip.ip_interface('2001:db8::5/64')
for i in [i4, i6, ip.ip_interface('::ffff:1.2.3.4/120')]:
    print(repr(i), str(i), i.ip, i.network, i.netmask, i.hostmask, i.with_prefixlen, i.with_netmask, i.with_hostmask,
          i.exploded, i.compressed, i.is_private, i.is_loopback, i.is_unspecified)
print(i4 == ip.ip_interface('192.0.2.5/25'), i4 == ip.ip_address('192.0.2.5'), i4 < ip.ip_interface('192.0.2.6/24'),
      i4 < ip.ip_interface('192.0.2.4/25'), hash(i4) == hash(ip.ip_interface('192.0.2.5/24')),
      pickle.loads(pickle.dumps(i6)) == i6, pickle.loads(pickle.dumps(n6)) == n6)

props = ['is_private', 'is_global', 'is_reserved', 'is_multicast', 'is_loopback', 'is_link_local', 'is_unspecified']
for text in ['0.0.0.0', '10.1.2.3', '100.64.0.1', '127.0.0.1', '169.254.1.1', '172.16.0.1', '172.32.0.1', '192.0.0.9',
             '192.0.0.10', '192.0.0.170', '192.0.0.8', '192.0.2.1', '192.168.1.1', '198.18.0.1', '198.51.100.1',
             '203.0.113.1', '224.0.0.1', '240.0.0.1', '255.255.255.255', '8.8.8.8', '::', '::1', '::ffff:127.0.0.1',
             '::ffff:8.8.8.8', '64:ff9b::1', '64:ff9b:1::1', '100::1', '2001::1', '2001:1::1', '2001:1::3', '2001:2::1',
             '2001:3::1', '2001:4:112::1', '2001:20::1', '2001:30::1', '2001:db8::1', '2002::1', 'fc00::1', 'fe80::1',
             'fec0::1', 'ff02::1', '2606:4700::1', '4000::1']:
        a = ip.ip_address(text)
        print(text, [int(getattr(a, p)) for p in props], getattr(a, 'is_site_local', None),
              a.ipv4_mapped if a.version == 6 else a.ipv6_mapped,
              (a.sixtofour, a.teredo) if a.version == 6 else None)
for text in ['10.0.0.0/8', '100.64.0.0/10', '192.0.0.0/24', '192.0.0.0/29', '224.0.0.0/4', '0.0.0.0/0', '2001::/23',
             '2001::/16', 'fe80::/10', 'fec0::/10', '::/128', '::1/128', 'ff00::/8', '8.0.0.0/8']:
    n = ip.ip_network(text)
    print(text, [int(getattr(n, p)) for p in props], getattr(n, 'is_site_local', None))
print(ip.ip_address('2001:0:4136:e378:8000:63bf:3fff:fdd2').teredo, ip.ip_address('2002:c000:204::1').sixtofour)

nets = [ip.ip_network('192.0.2.0/26'), ip.ip_network('192.0.2.64/26'), ip.ip_network('192.0.2.128/26'),
        ip.ip_network('192.0.2.192/27'), ip.ip_address('192.0.2.224'), ip.ip_address('192.0.2.225'),
        ip.ip_network('192.0.2.226/31'), ip.ip_interface('192.0.2.228/32')]
print(list(ip.collapse_addresses(nets)))
print(list(ip.collapse_addresses([ip.ip_address('::1'), ip.ip_address('::2'), ip.ip_address('::3')])))
print(show(ip.collapse_addresses, [a4, a6]), show(ip.collapse_addresses, [n4, n6]))
print(list(ip.summarize_address_range(ip.IPv4Address('192.0.2.0'), ip.IPv4Address('192.0.2.130'))))
print(list(ip.summarize_address_range(ip.IPv6Address('::'), ip.IPv6Address('::ffff'))))
print(list(ip.summarize_address_range(ip.IPv4Address('0.0.0.0'), ip.IPv4Address('255.255.255.255'))))
for args in [(a4, a6), (n4, a4), (a4, a4 - 1)]:
    print(show(ip.summarize_address_range, *args))
print(ip.v4_int_to_packed(1), ip.v6_int_to_packed(1), show(ip.v4_int_to_packed, 2**32), show(ip.v6_int_to_packed, -1))
print(show(ip.ip_network, 'x'), show(ip.ip_interface, 'x'), show(ip.ip_address, 'x'))
print(ip.IPV4LENGTH, ip.IPV6LENGTH, issubclass(ip.AddressValueError, ValueError),
      issubclass(ip.NetmaskValueError, ValueError), ip.IPv4Network._ALL_ONES, ip._count_righthand_zero_bits(8, 32))
scoped = ip.IPv6Address('fe80::1%eth0')
print(repr(scoped), str(scoped), scoped.packed, hash(scoped) == hash(ip.IPv6Address('fe80::1%eth0')),
      show(lambda: scoped.exploded), show(lambda: scoped.reverse_pointer), repr(ip.ip_interface('fe80::1%eth0/64')))
