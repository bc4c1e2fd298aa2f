# ipaddress with ill-typed and hostile arguments: every constructor and function
# with odd strings, huge and negative ints, bytes of wrong lengths, tuples,
# mixed versions and wrong types; every method and property of each kind of
# object with such arguments. Any exception may come but SystemError (a Go panic
# in Kaa). Run by safety_test.go.
import ipaddress as ip

values = [None, '', '1.2.3.4', '::', '1' * 5000, ':' * 100, '1.2.3.4/' + '9' * 100, '::/' + 'f' * 40, 2**200, -2**200,
          -1, 0, 2**32, 2**128, b'', b'\x00' * 4, b'\x00' * 16, b'\x00' * 5, (1,), (1, 2, 3), ('1.2.3.4', 'x'),
          ('::', 200), 1.5, [], '\udcff', 'fe80::1%', '%', '1.2.3.4%x', ip.IPv4Address('1.2.3.4'),
          ip.IPv6Network('::/120'), ip.IPv4Network('10.0.0.0/30')]
bad = count = 0


def attempt(f, *a):
    global bad, count
    count += 1
    try:
        r = f(*a)
        if hasattr(r, '__next__'):
            for _ in zip(range(300), r):
                pass
    except SystemError as e:
        bad += 1
        print('SYSTEMERROR', f, a, e)
    except BaseException:
        pass


callables = [ip.ip_address, ip.ip_network, ip.ip_interface, ip.IPv4Address, ip.IPv6Address, ip.IPv4Network,
             ip.IPv6Network, ip.IPv4Interface, ip.IPv6Interface, ip.v4_int_to_packed, ip.v6_int_to_packed,
             ip.collapse_addresses, ip.summarize_address_range, ip.get_mixed_type_key]
for f in callables:
    attempt(f)
    for v in values:
        attempt(f, v)
        attempt(f, [v, v])
        for w in values[::5]:
            attempt(f, v, w)
objects = [ip.ip_address('1.2.3.4'), ip.ip_address('::ffff:1.2.3.4'), ip.ip_address('fe80::1%eth0'),
           ip.ip_network('10.0.0.0/30'), ip.ip_network('2001:db8::/126'), ip.ip_interface('1.2.3.4/30'),
           ip.ip_interface('::1/127'), ip.ip_network('0.0.0.0/0')]
for obj in objects:
    for name in dir(obj):
        if name in ('__init__', '__new__', '__class__', '__init_subclass__', '__setattr__', '__delattr__'):
            continue
        try:
            attr = getattr(obj, name)
        except SystemError as e:
            bad += 1
            print('SYSTEMERROR', obj, name, e)
            continue
        except BaseException:
            continue
        if not callable(attr):
            continue
        attempt(attr)
        for v in values:
            attempt(attr, v)
print('calls', count, 'system errors', bad)
