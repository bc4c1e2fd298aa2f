# plistlib with hostile input: truncated and corrupted binary plists (every
# single-byte change of a valid one, trailers pointing anywhere), malformed and
# deeply nested XML, odd values to write, wrong argument types. Any exception
# may come but SystemError (a Go panic in Kaa). Run by safety_test.go.
import datetime
import plistlib

bad = count = 0


def attempt(f, *a, **k):
    global bad, count
    count += 1
    try:
        f(*a, **k)
    except SystemError as e:
        bad += 1
        print('SYSTEMERROR', f, repr(a)[:80], k, e)
    except BaseException:
        pass


sample = {'a': [1, 2.5, 'x', b'y', True, datetime.datetime(2000, 1, 1)], 'u': '\u00e9', 'n': -5,
          'd': {'k': plistlib.UID(3)}}
binary = plistlib.dumps(sample, fmt=plistlib.FMT_BINARY)
for i in range(len(binary)):
    for b in (0x00, 0xFF, 0x0F, 0x5F, 0xDF, 0xAF):
        attempt(plistlib.loads, binary[:i] + bytes([b]) + binary[i + 1:])
    attempt(plistlib.loads, binary[:i])
for trailer_tail in [b'\x01\x01' + (10**6).to_bytes(8, 'big') * 3, b'\x00\x00' + b'\xff' * 24,
                     b'\x08\x08' + b'\x00' * 7 + b'\x01' + b'\x00' * 16, b'\x03\x03' + b'\x00' * 24]:
    attempt(plistlib.loads, b'bplist00' + b'\xa1\x00' + b'\x08' + b'\x00' * 6 + trailer_tail)
xml = plistlib.dumps(sample | {'d': {}})
for i in range(0, len(xml), 3):
    attempt(plistlib.loads, xml[:i])
    attempt(plistlib.loads, xml[:i] + b'<' + xml[i:])
    attempt(plistlib.loads, xml[:i] + b'&' + xml[i:])
for doc in [b'<plist>' + b'<array>' * 500 + b'</array>' * 500 + b'</plist>', b'<plist><dict><key>',
            b'<plist><a b="c" d=e/></plist>', b'<plist><!DOCTYPE [<!ENTITY % p "x">]></plist>',
            b'<?xml version="1.0" encoding="bogus"?><plist/>', b'<plist><data>!!!</data></plist>',
            b'<plist><date>x</date></plist>', b'<plist><real>nan</real></plist>', b'<plist></dict></plist>',
            b'\xff\xfe<\x00', b'<plist>&#xFFFFFFFF;</plist>', b'<plist><string>&#0;</string></plist>']:
    attempt(plistlib.loads, doc)
for value in [object(), {1: 1}, 2**64, -2**64, float('nan'), [[[]]] * 3, {'x': set()}, b'\x00' * 70000,
              'x' * 70000, list(range(300)), datetime.datetime.max, plistlib.UID(2**64 - 1)]:
    for fmt in (plistlib.FMT_XML, plistlib.FMT_BINARY, 'bogus'):
        attempt(plistlib.dumps, value, fmt=fmt)
for arg in [None, 5, 'x', [], b'<plist/>']:
    attempt(plistlib.load, arg)
    attempt(plistlib.dump, {}, arg)
    attempt(plistlib.loads, arg, fmt=arg)
    attempt(plistlib.UID, arg)
print('calls', count, 'system errors', bad)
