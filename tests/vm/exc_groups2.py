def raise_group():
    raise ExceptionGroup('multi', [ValueError('v1'), TypeError('t1'), ValueError('v2'), KeyError('k')])
try:
    raise_group()
except* ValueError as eg:
    print('values:', [str(e) for e in eg.exceptions], type(eg).__name__, eg.message)
except* TypeError as eg:
    print('types:', eg.exceptions)
except* KeyError:
    print('keys handled')
try:
    try:
        raise_group()
    except* ValueError:
        print('handled values only')
except ExceptionGroup as rest:
    print('rest:', rest.message, [type(e).__name__ for e in rest.exceptions])
try:
    raise ValueError('naked')
except* ValueError as eg:
    print('naked wrapped:', type(eg).__name__, eg.exceptions, repr(eg.message))
eg = ExceptionGroup('outer', [ValueError('a'), ExceptionGroup('inner', [TypeError('b'), ValueError('c')])])
match, rest = eg.split(ValueError)
print(repr(match), repr(rest))
print(repr(eg.subgroup(lambda e: isinstance(e, TypeError))), eg.subgroup(OSError))
print(len(eg.exceptions), str(eg), repr(eg))
try:
    ExceptionGroup('x', [])
except ValueError as e:
    print(e)
try:
    ExceptionGroup('x', [1])
except ValueError as e:
    print(e)
try:
    ExceptionGroup('x', [KeyboardInterrupt()])
except TypeError as e:
    print(e)
beg = BaseExceptionGroup('base', [KeyboardInterrupt()])
print(type(beg).__name__, type(BaseExceptionGroup('ok', [ValueError()])).__name__)
try:
    try:
        raise ExceptionGroup('g', [ValueError(1)])
    except* ValueError:
        raise TypeError('raised in except*')
except ExceptionGroup as e:
    print('new group:', [type(x).__name__ for x in e.exceptions])
except TypeError as e:
    print('plain', e)
def gen_errors():
    errors = []
    for i in range(3):
        try:
            if i % 2:
                raise ValueError(i)
            raise KeyError(i)
        except Exception as e:
            errors.append(e)
    raise ExceptionGroup('collected', errors)
try:
    gen_errors()
except* KeyError as g:
    print('keys', [e.args for e in g.exceptions])
except* ValueError as g:
    print('vals', [e.args for e in g.exceptions])
eg2 = ExceptionGroup('with notes', [ValueError('x')])
eg2.add_note('a note')
m, r = eg2.split(ValueError)
print(m.__notes__, r)
class MyEG(ExceptionGroup):
    def derive(self, excs):
        return MyEG(self.message + '!', excs)
try:
    raise MyEG('mine', [ValueError(1), TypeError(2)])
except* ValueError as g:
    print(type(g).__name__, g.message)
except* TypeError as g:
    print(type(g).__name__, g.message)
