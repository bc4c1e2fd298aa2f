# plistlib: XML and binary round trips of every value type, the exact bytes
# written (both formats, sorted and unsorted keys, skipkeys), format
# detection, XML in other encodings and with comments/CDATA/entities, shared
# and recursive binary objects, UID, aware datetimes, and the errors.
import codecs
import datetime
import plistlib

value = {
    'str': 'hello <&> world', 'unicode': 'caf\u00e9 \u4e2d', 'int': 42, 'neg': -7, 'big': 2**63 + 5, 'zero': 0,
    'float': 3.25, 'tiny': 1e-300, 'true': True, 'false': False, 'bytes': b'\x00\x01binary' * 10,
    'date': datetime.datetime(2004, 10, 26, 10, 33, 33), 'list': [1, 'two', 3.0, [], {}], 'tuple': (1, 2),
    'nested': {'b': {'c': [{'d': 'e'}]}}, 'empty_str': '', 'empty_bytes': b'', 'multiline': 'a\r\nb\rc',
}
for fmt in (plistlib.FMT_XML, plistlib.FMT_BINARY):
    data = plistlib.dumps(value, fmt=fmt)
    back = plistlib.loads(data)
    print(fmt, len(data), back == {**value, 'tuple': [1, 2], 'multiline': 'a\nb\nc' if fmt == plistlib.FMT_XML
                                    else 'a\r\nb\rc'})
    print(data if fmt == plistlib.FMT_XML else data.hex())
    print(plistlib.dumps({'b': 1, 'a': 2}, fmt=fmt, sort_keys=False) == plistlib.dumps({'b': 1, 'a': 2}, fmt=fmt))
    print(plistlib.dumps({'a': 1, 2: 'x'}, fmt=fmt, skipkeys=True, sort_keys=False))
    for bad in [{1: 2}, {'a': object()}, 2**64, -2**63 - 1, set()]:
        try:
            plistlib.dumps(bad, fmt=fmt)
        except (TypeError, OverflowError) as e:
            print(type(e).__name__, str(e).split(' at 0x')[0])
print(plistlib.dumps('x\x01y', fmt=plistlib.FMT_BINARY))
try:
    plistlib.dumps('x\x01y')
except ValueError as e:
    print(e)

# UID and binary-only values
uids = [plistlib.UID(0), plistlib.UID(255), plistlib.UID(256), plistlib.UID(2**32), plistlib.UID(2**64 - 1)]
data = plistlib.dumps(uids, fmt=plistlib.FMT_BINARY)
print(data.hex(), plistlib.loads(data), repr(uids[1]), uids[1] == plistlib.UID(255), hash(uids[0]) == hash(0))
for arg in [-1, 2**64, 'x']:
    try:
        plistlib.UID(arg)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(plistlib.loads(plistlib.dumps(None if False else [None] and [], fmt=plistlib.FMT_BINARY)))

# shared and recursive objects in binary plists
shared = [1, 2]
data = plistlib.dumps({'x': shared, 'y': shared, 's': 'same', 't': 'same'}, fmt=plistlib.FMT_BINARY)
loaded = plistlib.loads(data)
print(data.hex(), loaded, loaded['x'] is loaded['y'])

# aware datetimes
aware = datetime.datetime(2020, 5, 6, 7, 8, 9, tzinfo=datetime.timezone(datetime.timedelta(hours=2)))
for fmt in (plistlib.FMT_XML, plistlib.FMT_BINARY):
    data = plistlib.dumps(aware, fmt=fmt, aware_datetime=True)
    print(plistlib.loads(data, aware_datetime=True), plistlib.loads(data))

# XML details
xml = b'''<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<!-- a comment -->
<plist version="1.0">
<dict>
  <key>a&amp;b</key><string>x &lt; y &#65;&#x42;</string>
  <key>cdata</key><string><![CDATA[<raw & text>]]></string>
  <key>hex</key><integer>0x1F</integer>
  <key>octalish</key><integer>0123</integer>
  <key>real</key><real>1.5e3</real>
  <key>date</key><date>2004-10-26T10:33Z</date>
  <key>data</key><data>
    AAEC
    AwQ=
  </data>
  <key>empty</key><array/>
  <key>t</key><true/>
</dict>
</plist>
'''
print(plistlib.loads(xml))
print(plistlib.loads(xml.decode()), plistlib.loads(b'<plist><integer>5</integer></plist>'))
for enc, bom in [('utf-16-le', codecs.BOM_UTF16_LE), ('utf-16-be', codecs.BOM_UTF16_BE), ('utf-8', codecs.BOM_UTF8)]:
    print(enc, plistlib.loads(bom + xml.decode().replace('UTF-8', 'UTF-16' if '16' in enc else 'UTF-8').encode(enc)))
for bad in [b'<plist><dict><key>a</key></dict></plist>', b'<plist><dict><string>a</string></dict></plist>',
            b'<plist><array><key>a</key></array></plist>', b'<plist><integer>x</integer></plist>',
            b'<?xml version="1.0"?><!DOCTYPE plist [<!ENTITY e "boom">]><plist><string>&e;</string></plist>',
            b'not a plist at all', b'bplist00', b'bplist00' + b'\x00' * 40, b'', 'text', b'\xef\xbb\xbf']:
    try:
        print(plistlib.loads(bad))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, isinstance(e, plistlib.InvalidFileException))
try:
    plistlib.loads('x', fmt=plistlib.FMT_BINARY)
except TypeError as e:
    print(e)
try:
    plistlib.dumps({}, fmt='blah')
except ValueError as e:
    print(e)
print(plistlib.FMT_XML, plistlib.FMT_BINARY, list(plistlib.PlistFormat), plistlib.PLISTHEADER)
print(sorted(plistlib.__all__), plistlib.InvalidFileException(), issubclass(plistlib.InvalidFileException, ValueError))
