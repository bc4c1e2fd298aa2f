words = ['café', 'naïve', 'Straße', 'Ångström', 'résumé', 'ǅungla', 'ΣΟΦΙΑ', 'кошка', '東京', '😀smile']
for w in words:
    print(w, len(w), w.upper(), w.lower(), w.casefold(), w.title(), w.swapcase(), w.isalpha(), len(w.encode()), w[::-1])
print(sorted(words), sorted(words, key=str.casefold))
accents = str.maketrans('áàâäãåéèêëíìîïóòôöõúùûüçñ', 'aaaaaaeeeeiiiiooooouuuucn')
print([w.lower().translate(accents) for w in words[:5]])
print('ﬀ'.upper(), 'ß'.upper(), 'İ'.lower(), 'ΣΣ'.lower(), 'ΌΣΟΣ'.lower(), 'ᾼ'.lower(), 'ᾳ'.upper(), 'ŉ'.upper())
s = 'Ünïcödé Tëxt ✓'
print(s.encode('utf-8'), s.encode('utf-16-le')[:8], s.encode('latin-1', 'replace'), s.encode('ascii', 'ignore'), s.encode('ascii', 'backslashreplace'))
print([c for c in s if not c.isascii()], sum(1 for c in s if c.isupper()), s.center(20, '·'), f'{s:>18}|')
