# unicodedata (Unicode 15.1.0) and ucd_3_2_0: every property of a sample of code points,
# computed and listed names, aliases and named sequences, lookup's case rules,
# the normalization forms, and the errors.
import unicodedata as u
def t(f):
  try: print(repr(f()))
  except Exception as e: print(type(e).__name__, e)
print(u.unidata_version, u.ucd_3_2_0.unidata_version, type(u.ucd_3_2_0))
for c in [0, 0x41, 0xe9, 0x17000, 0x18B00, 0x1B170, 0xF900, 0x3400, 0x2A700, 0x31350, 0xAC00, 0xD7A3, 0x1F600, 0x20000, 0x2EBF0, 0x10FFFF, 0xFFFE, 0x0660, 0x00BD, 0x2160, 0x1D7CE, 0x0301, 0x05D0, 0x200F, 0x3000, 0xFF21, 0x1F1E6, 0xE000, 0xD800]:
  ch = chr(c)
  print(hex(c), u.name(ch, None), u.category(ch), u.bidirectional(ch), u.combining(ch), u.east_asian_width(ch), u.mirrored(ch), repr(u.decomposition(ch)), u.decimal(ch, None), u.digit(ch, None), u.numeric(ch, None))
  o = u.ucd_3_2_0
  print("  3.2", o.name(ch, None), o.category(ch), o.bidirectional(ch), o.combining(ch), o.east_asian_width(ch), o.mirrored(ch), repr(o.decomposition(ch)), o.decimal(ch, None), o.digit(ch, None), o.numeric(ch, None))
t(lambda: u.name("ab")); t(lambda: u.name(5)); t(lambda: u.name("\x00")); t(lambda: u.lookup("x"*300)); t(lambda: u.lookup("xyz")); t(lambda: u.decimal("a")); t(lambda: u.digit("a")); t(lambda: u.numeric("a")); t(lambda: u.category("ab")); t(lambda: u.normalize("X","a")); t(lambda: u.normalize("NFC",5)); t(lambda: u.lookup(b"LATIN SMALL LETTER A")); t(lambda: u.lookup("latin small letter a")); t(lambda: u.UCD()); t(lambda: u.is_normalized("NFX","a"))
t(lambda: u.lookup("BEL")); t(lambda: u.name(u.lookup("BEL")))
t(lambda: u.lookup("LATIN CAPITAL LETTER A WITH MACRON AND GRAVE")); t(lambda: u.decomposition("\xe9")); t(lambda: u.numeric("\u00bd")); t(lambda: u.numeric("\U00012432"))
t(lambda: u.lookup("HANGUL SYLLABLE GAG")); t(lambda: u.lookup("cjk unified ideograph-4e00")); t(lambda: u.lookup("CJK UNIFIED IDEOGRAPH-31350")); t(lambda: u.ucd_3_2_0.lookup("CJK UNIFIED IDEOGRAPH-31350")); t(lambda: u.ucd_3_2_0.lookup("GRINNING FACE")); t(lambda: u.ucd_3_2_0.lookup("BEL"))
t(lambda: u.lookup("TANGUT IDEOGRAPH-17000")); t(lambda: u.lookup("CJK UNIFIED IDEOGRAPH-0041"))
for form in ["NFC", "NFD", "NFKC", "NFKD"]:
  for s in ["e\u0301", "\u00e9", "\ufb01", "\u1e9b\u0323", "\uac00\u11a8", "\u2126", "A\u030a\u0301", ""]:
    print(form, ascii(u.normalize(form, s)), u.is_normalized(form, s), ascii(u.ucd_3_2_0.normalize(form, s)))
print(u.lookup("LATIN SMALL LETTER SHARP S"), u.name("\N{EM DASH}"))
