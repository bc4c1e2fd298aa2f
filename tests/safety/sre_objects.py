# _sre with hostile input: random code lists for _sre.compile (each must be
# refused with RuntimeError or run without SystemError), and every Pattern, Match,
# Scanner method called with ill-typed arguments. Run by safety_test.go.
import _sre
import random

rnd = random.Random(7)
words = list(range(45)) + [0, 1, 2, 3, 4, 5, 8, 0xffffffff, 255, 256, 65535]
bad = count = 0
compiled = []
for n in range(20000):
    code = [rnd.choice(words) for _ in range(rnd.randint(1, 24))]
    if rnd.random() < 0.7:
        code[-1] = 1
    groups = rnd.randint(0, 3)
    count += 1
    try:
        p = _sre.compile('x', 0, code, groups, {}, ())
    except RuntimeError:
        continue
    except SystemError as e:
        bad += 1
        print('SYSTEMERROR compile', code, e)
        continue
    compiled.append(p)
    for s in ('', 'a', 'abc\nab', 'xyz' * 3, b'ab'):
        for f in (p.match, p.search, p.fullmatch, p.findall, p.split):
            count += 1
            try:
                f(s)
            except SystemError as e:
                bad += 1
                print('SYSTEMERROR', f.__name__, code, groups, repr(s), e)
            except (RuntimeError, RecursionError, TypeError):
                pass

# A real pattern: code for '(a)(?P<n>b)?' as python3.13's compiler makes it.
code = [14, 8, 1, 1, 2, 1, 0, 97, 0, 17, 0, 16, 97, 17, 1, 23, 9, 0, 1, 17, 2, 16, 98, 17, 3, 18, 1]
p = _sre.compile('(a)(?P<n>b)?', 32, code, 2, {'n': 2}, (None, None, 'n'))
m = p.match('ab')
s = p.scanner('abab')
objs = [p, m, s, _sre.template('x', ['a', 1, 'b'])]
args_pool = [(), (1,), ('x',), (None,), ([],), ({},), (1, 2), ('a', 'b'), (b'x',), (1.5,), (object(),), (-1,), (2**70,),
             ('x', 1), (1, 'x'), (0,), (-2**63,), (2**63,), ('',), (1, 2, 3), ('ab', 2**70, -2**70), ('ab', -5, 2),
             (bytearray(b'ab'),), (memoryview(b'ab'),), ('\ud800',), (lambda m: 1, 'ab'), (lambda m: None, 'ab'),
             ('\\1', 'ab'), (b'\\1', 'ab'), ('x', 'ab', -1), ('n',), ('n', 0, 1), (2,), (3,)]
kw_pool = [{}, {'bogus': 1}, {'pos': 1}, {'string': 'ab'}, {'default': 0}]
for o in objs:
    for name in dir(o):
        if name.startswith('__') and name not in ('__getitem__', '__copy__', '__deepcopy__', '__class_getitem__', '__eq__', '__hash__', '__repr__'):
            continue
        f = getattr(o, name)
        if not callable(f):
            continue
        for a in args_pool:
            for k in kw_pool:
                count += 1
                try:
                    f(*a, **k)
                except SystemError as e:
                    bad += 1
                    print('SYSTEMERROR', type(o).__name__, name, a, k, e)
                except BaseException:
                    pass
print('calls', count, 'system errors', bad)
