strs = ['', 'a', 'Hello World', '  padded  ', 'MiXeD cAsE 123', 'tab\tsep', 'ünïcödé', 'a,b,,c', '\n\nlines\n', 'ß', '12.5', 'x' * 3]
methods = [
    ('upper', ()), ('lower', ()), ('title', ()), ('capitalize', ()), ('swapcase', ()), ('casefold', ()),
    ('strip', ()), ('lstrip', ('a ',)), ('rstrip', ('\n',)), ('split', ()), ('split', (',',)), ('rsplit', (None, 1)),
    ('splitlines', ()), ('partition', (' ',)), ('rpartition', ('a',)), ('center', (15, '.')), ('ljust', (4,)), ('rjust', (4, '*')),
    ('zfill', (6,)), ('expandtabs', (2,)), ('find', ('l',)), ('rfind', ('l',)), ('count', ('a',)), ('startswith', ('a',)),
    ('endswith', ('d',)), ('replace', ('l', 'L')), ('replace', ('', '|', 2)), ('isalpha', ()), ('isdigit', ()), ('isspace', ()),
    ('istitle', ()), ('isupper', ()), ('islower', ()), ('isalnum', ()), ('isdecimal', ()), ('isnumeric', ()), ('isidentifier', ()),
    ('isprintable', ()), ('encode', ()), ('removeprefix', ('a',)), ('removesuffix', ('x',)), ('index', ('a',)),
]
for s in strs:
    out = []
    for name, args in methods:
        try:
            out.append(repr(getattr(s, name)(*args)))
        except Exception as e:
            out.append(type(e).__name__)
    print(repr(s))
    print('   ' + ' | '.join(out))
print(','.join(strs[:4]), len('|'.join(strs)), sorted(strs), max(strs, key=len), [s * 2 for s in strs[:3]])
