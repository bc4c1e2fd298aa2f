class Temperature:
    __slots__ = ('_c',)
    def __init__(self, c=0.0):
        self._c = c
    @property
    def f(self):
        return self._c * 9 / 5 + 32
    @f.setter
    def f(self, value):
        self._c = (value - 32) * 5 / 9
    def __repr__(self):
        return f'Temperature({self._c:.1f})'
    def __format__(self, spec):
        if spec.endswith('F'):
            return format(self.f, spec[:-1] + 'f') + '°F'
        return format(self._c, spec or '.1f') + '°C'
    def __eq__(self, o):
        return isinstance(o, Temperature) and abs(self._c - o._c) < 1e-9
    def __hash__(self):
        return hash(round(self._c, 9))
    def __lt__(self, o):
        return self._c < o._c
t = Temperature(100)
print(t, t.f, f'{t}', f'{t:.2F}', f'{t:.0f}')
t.f = 32
print(t, t == Temperature(0), t in {Temperature(0)}, sorted([Temperature(5), Temperature(-5)]))
class Money:
    def __init__(self, cents):
        self.cents = int(cents)
    @classmethod
    def from_str(cls, s):
        d, _, c = s.partition('.')
        return cls(int(d) * 100 + int(c.ljust(2, '0')))
    def __add__(self, o):
        return Money(self.cents + (o.cents if isinstance(o, Money) else o))
    __radd__ = __add__
    def __mul__(self, k):
        return Money(round(self.cents * k))
    def __truediv__(self, n):
        share, rem = divmod(self.cents, n)
        return [Money(share + (1 if i < rem else 0)) for i in range(n)]
    def __str__(self):
        return f'${self.cents // 100}.{self.cents % 100:02d}'
    __repr__ = __str__
    def __bool__(self):
        return self.cents != 0
    def __int__(self):
        return self.cents
print(Money.from_str('12.5'), Money(199) + Money(1), sum([Money(5), Money(10)]), Money(1000) * 0.075, Money(100) / 3, bool(Money(0)), int(Money(42)))
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split('.'))
    def __eq__(self, o): return self.parts == o.parts
    def __lt__(self, o): return self.parts < o.parts
    def __le__(self, o): return self.parts <= o.parts
    def __gt__(self, o): return self.parts > o.parts
    def __ge__(self, o): return self.parts >= o.parts
    def __repr__(self): return 'v' + '.'.join(map(str, self.parts))
vs = [Version(v) for v in ['1.10', '1.2', '1.2.1', '0.9', '2.0']]
print(sorted(vs), max(vs), min(vs), Version('1.2') < Version('1.10'), Version('1.0') >= Version('1.0'))
