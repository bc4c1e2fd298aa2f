# Runs cases.json (made by gen.py with python3.13) on Kaa's _sre: compiles each
# recorded code list with _sre.compile and compares every answer's repr.
import json
import sys
import _sre

data = json.load(open(sys.argv[1]))
cases = data['cases']
templates = {}


class PatternError(Exception):
    pass


class FakeRe:
    # What _sre asks of re: the template compiler, answered from the recording.
    @staticmethod
    def _compile_template(pattern, repl):
        t = templates[repr(repl)]
        if isinstance(t, dict):
            raise PatternError(t['error'])
        return _sre.template(pattern, t)


sys.modules['re'] = FakeRe


def dec(v):
    if isinstance(v, dict):
        if 'b' in v:
            return v['b'].encode('latin-1')
        return v['s']
    return v


def desc(m):
    if m is None:
        return 'None'
    return repr((m.span(), m.group(0), m.groups(), m.groupdict(), m.lastindex, m.lastgroup,
                 [m.span(i) for i in range(m.re.groups + 1)]))


def upper(m):
    return m.group(0).upper()


bad = total = 0
for c in cases:
    p = _sre.compile(dec(c['pattern']), c['flags'], c['code'], c['groups'], c['groupindex'], tuple(c['indexgroup']))
    templates.clear()
    for k, v in c['templates'].items():
        templates[k] = v if isinstance(v, dict) else [dec(x) for x in v]
    total += 1
    if repr(p) != c['repr']:
        bad += 1
        print('REPR', c['repr'], repr(p))
    for s, runs in c['runs']:
        s = dec(s)
        for op, a, b, want in runs:
            total += 1
            try:
                if op in ('search', 'match', 'fullmatch'):
                    got = desc(getattr(p, op)(s, a, b))
                elif op == 'findall':
                    got = repr(p.findall(s, a, b))
                elif op == 'finditer':
                    got = repr([desc(m) for m in p.finditer(s, a, b)])
                elif op == 'split':
                    got = repr(p.split(s, a))
                elif op == 'subn':
                    r = upper if a == 'upper' else dec(a)
                    try:
                        got = repr(p.subn(r, s, b))
                    except Exception as e:
                        got = type(e).__name__ + ': ' + str(e)
            except Exception as e:
                got = 'EXC ' + type(e).__name__ + ': ' + str(e)
            if got != want:
                bad += 1
                print('MISMATCH', repr(c['pattern']), c['flags'], repr(s), op, a, b)
                print('   want', want)
                print('   got ', got)
import hashlib
total += 1
casemap = hashlib.sha256(repr([(c, _sre.unicode_tolower(c), _sre.unicode_iscased(c), _sre.ascii_tolower(c),
                                _sre.ascii_iscased(c)) for c in range(0x110000)]).encode()).hexdigest()
if casemap != data['casemap']:
    bad += 1
    print('CASEMAP differs')
print('checks', total, 'mismatches', bad)
