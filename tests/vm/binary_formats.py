def pack_u16(n): return n.to_bytes(2, 'big')
def pack_i32(n): return n.to_bytes(4, 'little', signed=True)
def pack_str(s):
    b = s.encode('utf-8')
    return pack_u16(len(b)) + b
record = pack_u16(0xCAFE) + pack_i32(-123456) + pack_str('héllo') + pack_str('') + bytes([1, 2, 3])
print(record.hex(' '), len(record))
def unpack(buf):
    pos = 0
    def take(n):
        nonlocal pos
        chunk = buf[pos:pos + n]
        if len(chunk) < n:
            raise ValueError(f'truncated at {pos}')
        pos += n
        return chunk
    magic = int.from_bytes(take(2), 'big')
    num = int.from_bytes(take(4), 'little', signed=True)
    strs = [take(int.from_bytes(take(2), 'big')).decode() for _ in range(2)]
    rest = list(take(len(buf) - pos))
    return hex(magic), num, strs, rest
print(unpack(record))
try:
    unpack(record[:9])
except ValueError as e:
    print(e)
def varint(n):
    out = bytearray()
    while True:
        b = n & 0x7F
        n >>= 7
        out.append(b | (0x80 if n else 0))
        if not n:
            return bytes(out)
def read_varint(b):
    n = shift = 0
    for i, byte in enumerate(b):
        n |= (byte & 0x7F) << shift
        shift += 7
        if not byte & 0x80:
            return n, i + 1
for n in [0, 1, 127, 128, 300, 16384, 2**63, 2**100]:
    v = varint(n)
    print(n, v.hex(), read_varint(v)[0] == n)
