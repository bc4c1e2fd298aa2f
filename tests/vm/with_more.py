class CM:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print('enter', self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print('exit', self.name, et.__name__ if et else None, ev, tb is not None)
        return self.suppress
with CM('a') as x, CM('b') as y:
    print('body', x, y)
with CM('s', suppress=True):
    raise ValueError('suppressed')
print('after suppressed')
try:
    with CM('outer'), CM('inner', suppress=False):
        raise KeyError('k')
except KeyError as e:
    print('caught', repr(e))
with (CM('p1') as p, CM('p2')):
    print('parenthesized', p)
def f():
    with CM('ret'):
        return 'returned'
print(f())
for i in range(2):
    with CM(f'loop{i}'):
        if i == 0:
            continue
        break
class NoEnter:
    pass
try:
    with NoEnter():
        pass
except TypeError as e:
    print(e)
class NoExit:
    def __enter__(self):
        return self
try:
    with NoExit():
        pass
except TypeError as e:
    print(e)
class ExitRaises:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise RuntimeError('from exit')
try:
    with ExitRaises():
        raise ValueError('original')
except RuntimeError as e:
    print(e, repr(e.__context__))
class EnterRaises:
    def __enter__(self):
        raise OSError('enter failed')
    def __exit__(self, *a):
        print('never')
try:
    with EnterRaises():
        pass
except OSError as e:
    print(e)
class Truthy:
    def __enter__(self): return self
    def __exit__(self, *a): return 'yes'
with Truthy():
    1 / 0
print('suppressed by truthy')
import io
with io.StringIO() as buf:
    buf.write('x')
    print(buf.getvalue())
