# unicodedata with ill-typed arguments: every function of the module and of
# ucd_3_2_0 with values of every kind, normalization forms and lookups of odd
# names. Any exception may come but SystemError (a Go panic in Kaa). Run by
# safety_test.go.
import unicodedata
bad = count = 0


def call(label, f, *a, **k):
    global bad, count
    count += 1
    try:
        f(*a, **k)
    except SystemError as e:
        bad += 1
        print('SYSTEMERROR', label, a, k, e)
    except BaseException:
        pass


values = ['', 'a', 'ab', '\x00', '\udc80', '\U0010ffff', '\uac00', '\U00031350', 5, None, b'a', b'', 1.5,
          bytearray(b'x'), ['a'], object()]
names = ['', 'A', 'LATIN SMALL LETTER A', 'latin small letter a', 'HANGUL SYLLABLE ', 'HANGUL SYLLABLE GAGG',
         'CJK UNIFIED IDEOGRAPH-', 'CJK UNIFIED IDEOGRAPH-FFFFFFFF', 'CJK UNIFIED IDEOGRAPH-4E00X',
         'CJK UNIFIED IDEOGRAPH-1', 'x' * 256, 'x' * 257, '\udc80', 'BEL', b'BEL', bytearray(b'BEL'), 5, None,
         '\x00', 'NUSHU CHARACTER-1B170', 'TANGUT IDEOGRAPH-17000', ';', '=', ' ']
for db in (unicodedata, unicodedata.ucd_3_2_0):
    for name in ['category', 'bidirectional', 'combining', 'east_asian_width', 'mirrored', 'decomposition',
                 'name', 'decimal', 'digit', 'numeric']:
        f = getattr(db, name)
        call(name, f)
        for v in values:
            call(name, f, v)
            call(name, f, v, 0)
            call(name, f, v, 0, 1)
            call(name, f, v, default=0)
    for n in names:
        call('lookup', db.lookup, n)
    call('lookup', db.lookup)
    for form in ['NFC', 'NFD', 'NFKC', 'NFKD', 'nfc', '', None, 5, b'NFC']:
        for v in values:
            call('normalize', db.normalize, form, v)
            call('is_normalized', db.is_normalized, form, v)
    call('normalize', db.normalize, 'NFC')
    call('normalize', db.normalize, 'NFC', 'a', 'b')
call('UCD', unicodedata.UCD)
call('UCD', type(unicodedata.ucd_3_2_0))
print('calls', count, 'system errors', bad)
