# uuid: parsing every form, the fields and properties, versions and
# variants, name-based UUIDs, ordering and hashing, immutability, pickling
# state, errors; the random and time-based ones by their shapes.
import copy
import uuid

u = uuid.UUID('{12345678-1234-5678-1234-567812345678}')
print(u, repr(u), u.hex, u.int, u.bytes, u.bytes_le, u.fields, u.time_low, u.time_mid, u.time_hi_version, u.clock_seq_hi_variant,
      u.clock_seq_low, u.node, u.time, u.clock_seq, u.urn, u.variant, u.version, int(u))
for args in [dict(hex='urn:uuid:12345678123456781234567812345678'), dict(bytes=bytes(range(16))), dict(bytes_le=bytes(range(16))),
             dict(fields=(1, 2, 3, 4, 5, 6)), dict(int=2**128 - 1), dict(int=0, version=4), dict(int=0, version=1), dict(hex='0' * 32, version=5)]:
    x = uuid.UUID(**args)
    print(args, x, x.variant, x.version, x.is_safe)
for args in [{}, dict(hex='xyz'), dict(hex='1' * 31), dict(bytes=b'x'), dict(bytes_le=b'x' * 15), dict(fields=(1, 2)), dict(fields=(2**32, 0, 0, 0, 0, 0)),
             dict(fields=(0, 2**16, 0, 0, 0, 0)), dict(fields=(0, 0, 0, 256, 0, 0)), dict(fields=(0, 0, 0, 0, 0, 2**48)), dict(int=-1), dict(int=2**128),
             dict(int=0, version=6), dict(hex='0' * 32, int=1), dict(hex='g' * 32)]:
    try:
        print(uuid.UUID(**args))
    except (TypeError, ValueError) as e:
        print(args, type(e).__name__, e)
try:
    u.int = 5
except TypeError as e:
    print('TypeError', e)
print(uuid.uuid3(uuid.NAMESPACE_DNS, 'python.org'), uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org'), uuid.uuid3(uuid.NAMESPACE_URL, b'bytes'),
      uuid.uuid5(uuid.NAMESPACE_OID, 'x'), uuid.NAMESPACE_X500)
r = uuid.uuid4()
print(r.version, r.variant, len(str(r)), r != uuid.uuid4())
t = uuid.uuid1()
print(t.version, t.variant, uuid.uuid1(node=0x123456789abc, clock_seq=0x1234).node == 0x123456789abc, uuid.uuid1(clock_seq=7).clock_seq)
print(0 <= uuid.getnode() < 2**48, uuid.getnode() == uuid.getnode())
a, b = uuid.UUID(int=1), uuid.UUID(int=2)
print(a < b, a <= b, a > b, a >= b, a == uuid.UUID(int=1), a == 1, hash(a) == hash(1), sorted([b, a]), {a, uuid.UUID(int=1)})
print(u.__getstate__(), uuid.UUID(int=1, is_safe=uuid.SafeUUID.safe).__getstate__(), copy.copy(u) == u, copy.deepcopy(u) == u)
s = uuid.UUID.__new__(uuid.UUID)
s.__setstate__({'int': 5, 'is_safe': 0})
print(s, s.is_safe, list(uuid.SafeUUID), uuid.SafeUUID(None), uuid.RFC_4122, uuid.RESERVED_NCS)
