print(2 ** 10, 2 ** 100, (-2) ** 3, (-2) ** 64, 0 ** 0, 5 ** 0, 2 ** -2, (-2) ** -3, 10 ** -1)
print(pow(3, 4, 5), pow(2, 100, 7), pow(-3, 3, 7), pow(3, -1, 7), pow(5, -2, 13), pow(2, 10, -7), pow(7, 0, 1))
for args in [(2, 3, 0), (2, -1, 4), (2.0, 3, 5), (2, 3.0, 5)]:
    try:
        print(pow(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print(e)
print(1 << 0, 1 << 100, -1 << 3, 5 >> 1, -5 >> 1, 2**100 >> 98, -(2**100) >> 99, 1 >> 100, -1 >> 100)
try:
    1 << -1
except ValueError as e:
    print(e)
try:
    1 >> -1
except ValueError as e:
    print(e)
print(5 & 3, 5 | 3, 5 ^ 3, ~5, -5 & 0xff, -1 ^ 2**70, (2**70 - 1) & -(2**35), ~(2**100), -6 | 3, -6 ^ -3)
for n in [0, 1, 7, 8, 255, 256, -1, -255, 2**64, 2**64 - 1, -(2**64)]:
    print(n, n.bit_length(), n.bit_count(), bin(n), oct(n), hex(n))
print((255).to_bytes(2, 'big'), (255).to_bytes(2, 'little'), (-1).to_bytes(2, 'big', signed=True), (1024).to_bytes(4, byteorder='big'))
print(int.from_bytes(b'\x01\x00', 'big'), int.from_bytes(b'\x01\x00', 'little'), int.from_bytes(b'\xff\xff', 'big', signed=True), int.from_bytes([1, 2, 3], 'big'))
print((0).to_bytes(0, 'big'), (2**64).to_bytes(9, 'big'), int.from_bytes(b'', 'big'), (5).to_bytes())
for args in [(256, 1, 'big'), (-1, 1, 'big'), (1, 1, 'middle'), (1, -1, 'big')]:
    try:
        print(args[0].to_bytes(args[1], args[2]))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print((10).as_integer_ratio(), (5).is_integer(), (-3).conjugate(), (7).__trunc__(), round(12345, -2), round(-15, -1), round(25, -1), round(35, -1))
print(int.__floor__(5), int.__ceil__(5), (8).__round__(), (5).__index__(), int('0b101', 0), int('0o17', 0), int('0x1f', 0), int('1_000', 0))
