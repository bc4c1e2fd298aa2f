def vigenere(text, key, decrypt=False):
    out, ki = [], 0
    for ch in text:
        if ch.isalpha():
            base = ord('A') if ch.isupper() else ord('a')
            shift = ord(key[ki % len(key)].lower()) - ord('a')
            if decrypt:
                shift = -shift
            out.append(chr((ord(ch) - base + shift) % 26 + base))
            ki += 1
        else:
            out.append(ch)
    return ''.join(out)
msg = 'Attack at Dawn! Meet by the old Oak.'
enc = vigenere(msg, 'lemon')
print(enc, vigenere(enc, 'lemon', True) == msg)
def rot13(s):
    return s.translate(str.maketrans('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 'NOPQRSTUVWXYZABCDEFGHIJKLMnopqrstuvwxyzabcdefghijklm'))
print(rot13('Hello, World!'), rot13(rot13('Round trip')))
def xor_bytes(data, key):
    return bytes(b ^ key[i % len(key)] for i, b in enumerate(data))
ct = xor_bytes('secret message'.encode(), b'k3y')
print(ct.hex(), xor_bytes(ct, b'k3y').decode())
def checksum(data):
    a, b = 1, 0
    for byte in data:
        a = (a + byte) % 65521
        b = (b + a) % 65521
    return (b << 16) | a
print(hex(checksum(b'Wikipedia')), checksum(b''), checksum(bytes(range(256))))
def crc8(data, poly=0x07):
    crc = 0
    for byte in data:
        crc ^= byte
        for _ in range(8):
            crc = ((crc << 1) ^ poly) & 0xFF if crc & 0x80 else (crc << 1) & 0xFF
    return crc
print(crc8(b'123456789'), crc8(b''), [crc8(bytes([i])) for i in range(5)])
def base64_encode(data):
    alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
    out = []
    for i in range(0, len(data), 3):
        chunk = data[i:i + 3]
        n = int.from_bytes(chunk + b'\x00' * (3 - len(chunk)), 'big')
        chars = [alphabet[(n >> s) & 63] for s in (18, 12, 6, 0)]
        out.append(''.join(chars[:len(chunk) + 1]) + '=' * (3 - len(chunk)))
    return ''.join(out)
print([base64_encode(x) for x in (b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar', 'héllo'.encode())])
