class O:
    a = 1
    def __init__(self):
        self.b = 2
o = O()
print(getattr(o, 'a'), getattr(o, 'b'), getattr(o, 'c', 'dflt'), getattr(O, 'a'), hasattr(o, 'b'), hasattr(o, 'zz'), hasattr(O, 'b'))
setattr(o, 'c', 3)
setattr(O, 'd', 4)
print(o.c, o.d, O.d, vars(o))
delattr(o, 'c')
delattr(O, 'd')
print(hasattr(o, 'c'), hasattr(o, 'd'))
for bad in [lambda: getattr(o, 'zz'), lambda: getattr(o, 5), lambda: setattr(o, 5, 1), lambda: delattr(o, 'nope'), lambda: getattr(), lambda: setattr(1, 'x', 1), lambda: delattr(O, 'a') or delattr(O, 'a')]:
    try:
        bad()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
class Prop:
    @property
    def p(self):
        raise AttributeError('inner')
print(hasattr(Prop(), 'p'), getattr(Prop(), 'p', 'fallback'))
class Boom:
    @property
    def p(self):
        raise ValueError('not attribute error')
try:
    hasattr(Boom(), 'p')
except ValueError as e:
    print('propagated', e)
print(getattr(1, 'real'), getattr('s', 'upper')(), getattr([], '__len__')(), getattr(int, '__name__'), hasattr(None, '__class__'))
