for n in [0, 1, -1, 255, -255, 2**64, -(2**70), True]:
    print(n, bin(n), oct(n), hex(n), format(n, 'b'), format(n, '#x'))
class I:
    def __index__(self): return 42
print(bin(I()), hex(I()), oct(I()))
for bad in [1.5, '1', None]:
    try:
        hex(bad)
    except TypeError as e:
        print(e)
print([chr(c) for c in (65, 97, 48, 0x3b1, 0x1F600, 0x10FFFF)].__len__(), chr(65), chr(0x3b1), ord('A'), ord('α'), ord('😀'), ord(b'A'), ord(bytearray(b'z')))
for bad in [-1, 0x110000]:
    try:
        chr(bad)
    except ValueError as e:
        print(e)
for bad in ['', 'ab', b'ab', 5]:
    try:
        ord(bad)
    except TypeError as e:
        print(e)
print(int(bin(12345), 2), int(oct(12345), 8), int(hex(12345), 16), int(hex(-99), 0))
