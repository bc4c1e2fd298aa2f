def show(e):
    print(type(e).__name__, e, '| cause:', repr(e.__cause__), '| context:', repr(e.__context__), '| suppress:', e.__suppress_context__)
try:
    try:
        raise ValueError('first')
    except ValueError:
        raise TypeError('second')
except TypeError as e:
    show(e)
try:
    try:
        raise ValueError('first')
    except ValueError as v:
        raise TypeError('second') from v
except TypeError as e:
    show(e)
try:
    try:
        raise ValueError('first')
    except ValueError:
        raise TypeError('second') from None
except TypeError as e:
    show(e)
try:
    raise KeyError('x') from IndexError('y')
except KeyError as e:
    show(e)
try:
    raise KeyError from IndexError
except KeyError as e:
    show(e)
try:
    try:
        raise ValueError('a')
    finally:
        raise TypeError('in finally')
except TypeError as e:
    show(e)
def gen():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError('on close')
g = gen()
next(g)
try:
    g.close()
except ValueError as e:
    show(e)
try:
    try:
        raise ValueError('a')
    except ValueError as e:
        e2 = e
        raise e
except ValueError as e:
    show(e)
e = RuntimeError('r')
e.__cause__ = ValueError('set manually')
print(e.__suppress_context__)
try:
    e.__cause__ = 5
except TypeError as te:
    print(te)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        try:
            {}['k']
        except KeyError:
            raise IndexError('deep')
except IndexError as e:
    show(e)
    show(e.__context__)
