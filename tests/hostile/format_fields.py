# str.format's field parsing, error by error, as CPython's parse_field and field_name_split.
cases = ['{0[0}', '{0[0}}', '{0[}]}', '{0[:]}', '{0[!]}', '{0[0]!r:}', '{0[a}b]}', '{0[a]!r}', '{0[0', '{0[{]}',
 '{', '}', '{{', '}}', '{0', '{0!', '{0!r', '{0!r:', '{0!rx}', '{0!x}', '{0!\u00e9}', '{0:{1}}', '{0:{1}', '{0:{{}}}', '{0{}', '{!r}', '{:}', '{0.a{}', '{0!}',
 '{0[0]x}', '{0[0]..x}', '{0.real}', '{0[0]:>5}', 'a{0}b{1}c', '{0}{}', '{}{0}', '{-1}', '{0[-1]}', '{0:{}}', '{a[0]}']
d = {'}':1, ':':2,'!':3,'a}b':4,'a':5, '{':6, 0:7, '-1': 8, '':9}
for c in cases:
    try: print(repr(c), repr(c.format(d, 3, a=[1])))
    except Exception as e: print(repr(c), type(e).__name__, e)
    try: print(repr(c), repr(c.format_map({'a': 'x', '-1': 'm'})))
    except Exception as e: print(repr(c), type(e).__name__, e)
