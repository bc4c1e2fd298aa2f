# random: a seed reproduces CPython's sequences for every method, and the
# methods' errors match.
import random

r = random.Random(12345)
print(r.random(), r.getrandbits(70), r.randrange(10), r.randrange(3, 1000, 7))
print(r.randint(-5, 5), r.choice('abcdef'), r.uniform(1, 3), r.triangular(0, 10, 3))
xs = list(range(20))
r.shuffle(xs)
print(xs)
print(r.sample(range(100), 10), r.sample(range(10**6), 7), r.sample(['a', 'b'], 3, counts=[2, 3]))
print(r.choices('xyz', k=5), r.choices('xyz', [1, 0, 5], k=5), r.choices('xyz', cum_weights=[1, 2, 9], k=4))
for name, args in [('normalvariate', (1, 2)), ('gauss', (0, 1)), ('gauss', (0, 1)), ('lognormvariate', (0, 0.5)),
                   ('expovariate', (2,)), ('vonmisesvariate', (1, 4)), ('vonmisesvariate', (1, 0)),
                   ('gammavariate', (0.5, 1)), ('gammavariate', (1, 2)), ('gammavariate', (5, 2)),
                   ('betavariate', (2, 3)), ('paretovariate', (3,)), ('weibullvariate', (1, 2)),
                   ('binomialvariate', (1, 0.3)), ('binomialvariate', (20, 0.2)), ('binomialvariate', (1000, 0.4)),
                   ('binomialvariate', (1000, 0.9)), ('binomialvariate', (5, 0)), ('binomialvariate', (5, 1))]:
    print(name, args, [getattr(r, name)(*args) for _ in range(3)])
print(r.randbytes(9))
for seed in [0, 1, -1, 2**64 + 3, 3.75, 'hello', b'hello', bytearray(b'hi'), None]:
    r.seed(seed)
    if seed is not None:
        print(repr(seed), r.random())
r.seed('hello', version=1)
print(r.random())
r.seed(b'hello', version=1)
print(r.random())
state = r.getstate()
print(state[0], len(state[1]), state[2])
a = [r.random() for _ in range(3)]
r.setstate(state)
print(a == [r.random() for _ in range(3)])
g = random.Random(5)
g.gauss(0, 1)
s = g.getstate()
print(s[2] is not None, g.gauss(0, 1) == (g.setstate(s) or g.gauss(0, 1)))

def err(f, *a, **k):
    try:
        f(*a, **k)
    except Exception as e:
        print(type(e).__name__, e)

err(r.seed, [1])
err(r.randrange, 0)
err(r.randrange, 5, 5)
err(r.randrange, 5, 1, 2)
err(r.randrange, 1, 5, 0)
err(r.randrange, 1.5)
err(r.randrange, 10, step=2)
err(r.choice, [])
err(r.sample, {1, 2}, 1)
err(r.sample, [1, 2], 3)
err(r.sample, [1, 2], 1, counts=[1])
err(r.sample, [1, 2], 1, counts=[0, 0])
err(r.sample, [1, 2], 1, counts=[1.5, 1])
err(r.choices, 'ab', 3)
err(r.choices, 'ab', [1], k=1)
err(r.choices, 'ab', [1, 2], cum_weights=[1, 2])
err(r.choices, 'ab', [0, 0])
err(r.choices, 'ab', [1, float('inf')])
err(r.gammavariate, 0, 1)
err(r.binomialvariate, -1)
err(r.binomialvariate, 3, 1.5)
err(r.setstate, (9, (), None))
err(r.setstate, (3, (1, 2), None))
err(r.getrandbits, -1)
err(random.Random, 1, 2)
err(random.Random().getstate().__class__)
err(random.SystemRandom().getstate)
sr = random.SystemRandom()
print(0 <= sr.random() < 1, sr.getrandbits(10) < 1024, len(sr.randbytes(5)), sr.seed(1))
print(type(random.random()), random.randrange(1) == 0)
random.seed(99)
print(random.random(), random.randint(1, 6), random.choice([1, 2, 3]))

class Mine(random.Random):
    def random(self):
        return 0.5
print(Mine._randbelow == Mine._randbelow_without_getrandbits, Mine(1).randrange(10), Mine().choice('abc'))

class Bits(random.Random):
    def getrandbits(self, k):
        return 0
print(Bits._randbelow == Bits._randbelow_with_getrandbits, Bits().randrange(5))
print(random.NV_MAGICCONST, random.LOG4, random.SG_MAGICCONST, random.BPF, random.RECIP_BPF, random.TWOPI)
