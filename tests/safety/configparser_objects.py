# configparser with ill-typed and hostile input: every public method of both
# parsers and of a section proxy with wrong types, odd sources (bytes, ints,
# deeply self-referencing values, huge lines) and interpolation loops. Any
# exception may come but SystemError (a Go panic in Kaa). No small non-negative
# int is passed: read() would open (and close) it as a file descriptor. Run by
# safety_test.go.
import configparser
import io

values = [None, '', 'x', -7, b'bytes', [], {}, {'s': {'k': 'v'}}, {'s': -7}, '[s]\nk=v', '[s]\n' + 'k' * 10000,
          io.StringIO('[a]\nb=%(b)s\n'), ['[a]\n', -7], '%(x)s', '${a:b}', configparser.UNNAMED_SECTION, 2**70]
bad = count = 0


def attempt(f, *a, **k):
    global bad, count
    count += 1
    try:
        f(*a, **k)
    except SystemError as e:
        bad += 1
        print('SYSTEMERROR', f, a, k, e)
    except BaseException:
        pass


for cls in (configparser.RawConfigParser, configparser.ConfigParser):
    for interp in (None, configparser.ExtendedInterpolation()):
        p = cls(interpolation=interp, allow_no_value=True, allow_unnamed_section=True)
        p.read_string("[loop]\na = %(b)s ${b}\nb = %(a)s ${a}\n[x]\ny = 1\n")
        for name in dir(p):
            if name.startswith('_'):
                continue
            f = getattr(p, name)
            if not callable(f):
                continue
            attempt(f)
            for v in values:
                attempt(f, v)
                for w in values[:6]:
                    attempt(f, v, w)
                    attempt(f, 'loop', v, w)
        for opt in ('a', 'b'):
            attempt(p.get, 'loop', opt)
            attempt(p.items, 'loop')
        proxy = p['x']
        for v in values:
            attempt(proxy.__getitem__, v)
            attempt(proxy.__setitem__, v, v)
            attempt(proxy.get, v)
            attempt(proxy.__delitem__, v)
            attempt(p.converters.__setitem__, v, v)
            attempt(p.converters.__delitem__, v)
        attempt(p.write, io.StringIO())
        attempt(p.write, None)
for kw in [{'delimiters': ()}, {'delimiters': (5,)}, {'comment_prefixes': 5}, {'inline_comment_prefixes': [None]},
           {'converters': 5}, {'defaults': 5}, {'dict_type': 5}, {'interpolation': 'x'}, {'default_section': None}]:
    attempt(lambda: configparser.ConfigParser(**kw).read_string("[a]\nb=c ; d\n"))
print('calls', count, 'system errors', bad)
