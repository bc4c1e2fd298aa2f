words = ['hello', 'HELLO', 'Hello World', 'hello_world 2', 'ß', 'ŉ', 'ǅ', 'İstanbul', 'ΣΑΣ', 'straße', 'ﬁ', '', '123', 'a1', ' ', 'Ⅻ', '½', '٣', 'x²']
for w in words:
    print(repr(w), w.upper(), w.lower(), w.title(), w.capitalize(), w.swapcase(), w.casefold(),
          w.isupper(), w.islower(), w.istitle(), w.isalpha(), w.isdigit(), w.isdecimal(), w.isnumeric(), w.isalnum(), w.isspace(), w.isascii(), w.isidentifier(), w.isprintable())
print('they\'re bill\'s'.title(), 'hello\tworld'.expandtabs(4), 'a\tb\tc'.expandtabs(), '\t'.expandtabs(0), 'ab\ncd\tx'.expandtabs(3))
print('abc'.center(9, '*'), 'abc'.ljust(5, '.'), 'abc'.rjust(5), 'abc'.zfill(6), '-12'.zfill(6), '+x'.zfill(4), 'abcd'.center(2))
try:
    'x'.center(5, 'ab')
except TypeError as e:
    print(e)
print('  x  '.strip(), 'xxhixx'.strip('x'), '<a>'.lstrip('<'), '<a>'.rstrip('>'), 'abcba'.strip('ab'), ' \t\n x'.lstrip())
print('Hello'.translate({ord('l'): 'L', ord('o'): None}), 'abc'.translate(str.maketrans('ab', 'xy')), 'abc'.translate(str.maketrans({'a': '1'})), 'hello'.translate(str.maketrans('', '', 'l')))
print(str.maketrans('ab', 'cd'), str.maketrans({'x': None}))
try:
    str.maketrans('ab', 'c')
except ValueError as e:
    print(e)
print('%s' % 'ok', 'abc'[::-1], 'abc' * 2, 'a' < 'b', max('hello'), sorted('hello'), ord('€'), chr(8364), 'x'.__len__())
