# _json and json with ill-typed and hostile arguments: the module functions, the
# Scanner and Encoder types and their calls, and the json functions over them
# with malformed documents (truncated at every byte, garbage bytes, deep
# nesting). Any exception may come but SystemError (a Go panic in Kaa). Run by
# safety_test.go.
import _json, json, json.decoder, json.encoder, json.scanner

args_pool = [(), (1,), ('x',), (None,), ([],), ({},), (1, 2), ('a', 'b'), (b'x',), (1.5,), (object(),),
             ('"abc"', 1), ('"abc"', -1), ('"abc"', 2**70), ('"abc"', 99), ('"abc', 1), ('"\\u12', 1),
             ('"\\ud800\\', 1), ('"x"', 1, None), ('"x"', 1, object()), ('[1]', 0), ('[1]', 'x'),
             ('\u00e9"\u00e9"', 2), ('\u00e9"\u00e9"', 1), ('\ud800"\udfff"', 2), (1, 2, 3), (1, 2, 3, 4)]
kw_pool = [{}, {'bogus': 1}, {'strict': False}, {'_current_indent_level': 1}, {'obj': 1}]
bad = count = 0


def call(label, f, a, k):
    global bad, count
    count += 1
    try:
        f(*a, **k)
    except SystemError as e:
        bad += 1
        print('SYSTEMERROR', label, a, k, e)
    except BaseException:
        pass


for n in dir(_json):
    f = getattr(_json, n)
    if n.startswith('__') or not callable(f):
        continue
    for a in args_pool:
        for k in kw_pool:
            call(n, f, a, k)


class Ctx:
    strict = True
    object_hook = object_pairs_hook = None
    parse_float = float
    parse_int = int
    parse_constant = json.decoder._CONSTANTS.__getitem__
    memo = {}


class BadCtx:
    def __getattr__(self, name):
        raise ZeroDivisionError(name)


class OddCtx(Ctx):
    strict = object()
    object_hook = 5
    object_pairs_hook = None
    parse_float = 'x'
    parse_int = len
    parse_constant = None


scanners = [_json.make_scanner(Ctx()), _json.make_scanner(OddCtx())]
for ctx in [BadCtx(), 1, None]:
    call('make_scanner', _json.make_scanner, (ctx,), {})
docs = ['', '[', '{"a": [1, 2.5e3, null, true, false, "x\\u00e9"], "b": {}}', '[NaN, Infinity, -Infinity]',
        '{"a": 1e400}', '"\\ud800\\udc00"', '[' * 20000, '{"a":' * 20000, '\u00e9[\u00e9]', '["\ud800"]',
        '[1, 2' + ']' * 5, '{"\u00e9\u00e9": {"\u00e9\u00e9": 1}}', '9' * 5000, '-', '-0.e', '1e+']
for s in scanners:
    for d in docs:
        for i in (0, 1, 2, len(d), len(d) + 1, -1):
            call('scan', s, (d, i), {})
        for cut in range(0, min(len(d), 60)):
            call('scan cut', s, (d[:cut], 0), {})
for d in docs + [b'[1]', b'\xff\xfe[\x00', b'\x00\x00\x00', bytearray(b'{'), b'\xed\xa0\x80', 5]:
    call('loads', json.loads, (d,), {})
    call('loads hooks', json.loads, (d,), {'object_hook': len, 'parse_float': str, 'parse_int': str,
                                          'parse_constant': repr, 'object_pairs_hook': list, 'strict': False})
for n in range(256):
    call('loads byte', json.loads, (bytes([n]) * 3,), {})
    call('loads char', json.loads, ('[' + chr(n) + ']',), {})

# Encoders with every kind of option value.
values = [None, 0, -1, 2**70, 1.5, float('nan'), '', 'x', b'x', [], {}, (), object(), len, [1], {'a': 1}]
for markers in [None, {}, 1]:
    for default in [None, str, len, lambda o: o]:
        for enc in [_json.encode_basestring, _json.encode_basestring_ascii, str, len, None]:
            for indent in [None, '  ', 2, []]:
                for seps in [(':', ','), (1, 2)]:
                    try:
                        e = _json.make_encoder(markers, default, enc, indent, seps[0], seps[1], True, False, False)
                    except SystemError as x:
                        bad += 1
                        print('SYSTEMERROR make_encoder', x)
                        continue
                    except BaseException:
                        continue
                    for v in values + [{1: [2, {3: 4}]}, {(1,): 2}, {'b': 1, 'a': [float('inf')]}, [object()]]:
                        for level in (0, 1, -1, 2**70, 'x'):
                            call('encode', e, (v, level), {})
for v in values + [{1: 2, 'a': 3}, {None: 1, True: 2}]:
    for opts in [{}, {'indent': 'x'}, {'indent': -3}, {'indent': 1.5}, {'separators': (1, 2)}, {'separators': 'ab'},
                 {'sort_keys': True}, {'default': 5}, {'skipkeys': True}, {'cls': int}]:
        call('dumps', json.dumps, (v,), opts)
        call('iterencode', lambda v, **k: list(json.JSONEncoder(**k).iterencode(v)), (v,), opts)
print('calls', count, 'system errors', bad)
