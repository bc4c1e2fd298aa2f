s = 'hello world, hello there'
print(s.find('hello'), s.find('hello', 1), s.rfind('hello'), s.find('xyz'), s.find(''), s.find('', 100), s.rfind(''), s.find('o', 5, 8))
print(s.index('world'), s.rindex('o'), s.count('l'), s.count('hello'), s.count(''), 'aaaa'.count('aa'), s.count('l', 3, 10))
try:
    s.index('zzz')
except ValueError as e:
    print(e)
try:
    s.rindex('zzz')
except ValueError as e:
    print(e)
print(s.startswith('hello'), s.startswith(('x', 'he')), s.endswith('there'), s.endswith('hello', 0, 5), s.startswith('world', 6), s.startswith(''))
try:
    s.startswith(['a'])
except TypeError as e:
    print(e)
print('abc' in s, 'world' in s, '' in s, 'ñ' in 'niño', 'éa'.find('a'), 'ñandú'.rfind('d'), 'αβγαβγ'.count('β'), 'αβγ'.index('γ'))
print(s.find('o', -5), s.find('o', -100, -5), s.count('o', -10), 'abc'.find('c', 1, -1), 'abc'.find('b', 1, 2))
print('Mississippi'.replace('ss', 'SS'), 'aaa'.replace('a', 'b', 2), 'abc'.replace('', '-'), 'abc'.replace('', '-', 2), 'x'.replace('x', ''), 'aaa'.replace('a', 'a', 0))
print('prefix_name'.removeprefix('prefix_'), 'name.txt'.removesuffix('.txt'), 'abc'.removeprefix(''), 'abc'.removesuffix('x'))
print(s.find(None) if False else 'skip', 'abc'.count('c', 5), 'abc'.find('', 3), 'abc'.find('', 4), 'abc'.rfind('', 1, 2))
try:
    'abc'.find(1)
except TypeError as e:
    print(e)
try:
    'abc'.count()
except TypeError as e:
    print(e)
