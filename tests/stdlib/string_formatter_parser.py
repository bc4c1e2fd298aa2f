# _string.formatter_parser splits fields as str.format parses them (one parser for both).
import _string
for f in ['a{0}b', '{0[}]}x', '{!r:>{w}}', 'é{x!s}\ud800', '{', '}', '{0[', '{:{}', 'x{{y}}z', '{0!', '{0!rx}', '{a.b[c]!a:^10}', '{0{}']:
    try: print(repr(f), list(_string.formatter_parser(f)))
    except Exception as e: print(repr(f), type(e).__name__, e)
