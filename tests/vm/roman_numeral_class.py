class Roman:
    VALUES = [(1000, 'M'), (900, 'CM'), (500, 'D'), (400, 'CD'), (100, 'C'), (90, 'XC'), (50, 'L'), (40, 'XL'), (10, 'X'), (9, 'IX'), (5, 'V'), (4, 'IV'), (1, 'I')]
    def __init__(self, value):
        if isinstance(value, str):
            value = self.parse(value)
        if not 0 < value < 4000:
            raise ValueError(f'{value} out of range')
        self.value = value
    @classmethod
    def parse(cls, s):
        total, i = 0, 0
        for v, sym in cls.VALUES:
            while s.startswith(sym, i):
                total += v
                i += len(sym)
        if i != len(s) or cls(total).__str__() != s:
            raise ValueError(f'invalid numeral {s!r}')
        return total
    def __str__(self):
        n, out = self.value, ''
        for v, sym in self.VALUES:
            q, n = divmod(n, v)
            out += sym * q
        return out
    def __repr__(self): return f'Roman({str(self)!r})'
    def __int__(self): return self.value
    def __add__(self, o): return Roman(self.value + int(o))
    def __sub__(self, o): return Roman(self.value - int(o))
    def __eq__(self, o): return self.value == int(o)
    def __lt__(self, o): return self.value < int(o)
    def __hash__(self): return hash(self.value)
print(Roman(1994), Roman('MMXXIV'), int(Roman('XLII')), Roman(10) + Roman(5), Roman('C') - 1, sorted([Roman(3), Roman(1), Roman(2)]), Roman(5) == 5)
for bad in ['IIII', 'VX', 'ABC', 0, 4000]:
    try:
        print(Roman(bad))
    except ValueError as e:
        print(e)
try:
    Roman(1) - Roman(1)
except ValueError as e:
    print(e)
