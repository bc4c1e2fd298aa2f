texts = {'en': 'The quick brown fox jumps over the lazy dog.', 'de': 'Falsches Üben von Xylophonmusik quält jeden größeren Zwerg.', 'fr': "Portez ce vieux whisky au juge blond qui fume.", 'ru': 'Съешь же ещё этих мягких французских булок, да выпей чаю.', 'el': 'Ξεσκεπάζω την ψυχοφθόρα βδελυγμία.'}
for lang, t in texts.items():
    letters = [c.lower() for c in t if c.isalpha()]
    distinct = sorted(set(letters))
    words = t.rstrip('.').replace(',', '').split()
    print(lang, len(t), len(letters), len(distinct), ''.join(distinct[:8]), max(words, key=len), len(t.encode()), t.upper()[:12], t.swapcase()[-6:])
print(sorted(texts, key=lambda k: len(texts[k])), {k: v.count(' ') for k, v in texts.items()})
print('ß'.upper(), 'ẞ'.lower(), 'Ǆ'.title(), 'ǆ'.upper(), 'ﬃ'.upper(), 'σ'.upper(), 'ς'.upper(), 'ΑΣ ΒΣ'.lower())
