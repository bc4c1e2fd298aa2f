def f(a, b):
    pass
class C:
    def m(self, a):
        pass
    @classmethod
    def cm(cls, a):
        pass
    @staticmethod
    def sm(a):
        pass
tests = [
    lambda: f(),
    lambda: f(1),
    lambda: f(1, 2, 3),
    lambda: f(1, 2, b=3),
    lambda: f(1, c=3),
    lambda: C().m(),
    lambda: C().m(1, 2),
    lambda: C.m(1),
    lambda: C.cm(),
    lambda: C.sm(),
    lambda: C().sm(1, 2),
    lambda: len(),
    lambda: len(1, 2),
    lambda: len(5),
    lambda: abs('x'),
    lambda: (lambda: 0)(1),
    lambda: (lambda x, *, y: 0)(1),
    lambda: 5(),
    lambda: 'abc'(),
    lambda: None(),
    lambda: int('x', 'y'),
    lambda: [].append(),
    lambda: {}.get(),
    lambda: ''.join(1),
    lambda: sorted(1, 2),
    lambda: print(sep=1),
    lambda: isinstance(1),
    lambda: divmod(1),
    lambda: C(1),
    lambda: object(1),
    lambda: type(),
]
for t in tests:
    try:
        t()
        print('no error')
    except TypeError as e:
        print(e)
