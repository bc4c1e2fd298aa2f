# inspect with hostile input: every public function called with objects of
# every kind (builtins, classes without source, broken __signature__,
# __wrapped__ loops, odd descriptors). Any exception may come but SystemError
# (a Go panic in Kaa). Run by safety_test.go.
import functools, inspect, sys

bad = count = 0


def call(label, f, *a, **k):
    global bad, count
    count += 1
    try:
        f(*a, **k)
    except SystemError as e:
        bad += 1
        print('SYSTEMERROR', label, repr(a)[:80], k, e)
    except BaseException:
        pass


class Loop:
    pass


loop = Loop()
loop.__wrapped__ = loop


class BadSig:
    __signature__ = 5

    def __call__(self):
        pass


class Weird:
    __slots__ = ('a',)
    p = property(lambda self: 1 / 0)

    def __getattr__(self, name):
        raise RuntimeError(name)


def gen():
    yield 1


objects = [None, 0, 'x', b'', [], {}, len, repr, int, object, type, sys, inspect, loop, BadSig(), BadSig,
           Weird(), Weird, functools.partial(len), functools.partial(repr, 1, sep=2), lambda *a: a,
           gen(), gen, [].append, int.__add__, (1).__add__, str.join, dict.fromkeys, Weird.a, Weird.p,
           sys._getframe(), (lambda: 0).__code__, property(), classmethod(len), staticmethod(len)]
names = [n for n in inspect.__all__ if callable(getattr(inspect, n)) and not isinstance(getattr(inspect, n), type)]
for name in names:
    f = getattr(inspect, name)
    if name in ('stack', 'trace', 'currentframe'):
        call(name, f)
        continue
    for o in objects:
        call(name, f, o)
        call(name, f, o, o)
for o in objects:
    call('Signature', inspect.Signature, o)
    call('Parameter', inspect.Parameter, o, o)
    call('Parameter kind', inspect.Parameter, 'x', 9)
    call('bind', lambda: inspect.signature(lambda a, /, b, *, c: 0).bind(o, b=o, c=o, d=o))
print('calls', count > 0, 'system errors', bad)
