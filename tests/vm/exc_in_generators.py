def gen():
    try:
        yield 1
        raise ValueError('inside gen')
    except ValueError as e:
        yield f'handled {e}'
    finally:
        yield 'finally'
print(list(gen()))
def gen2():
    yield 1
    1 / 0
g = gen2()
print(next(g))
try:
    next(g)
except ZeroDivisionError as e:
    print('propagated', e)
print(next(g, 'exhausted'))
def gen3():
    try:
        yield 1
    except GeneratorExit:
        print('GeneratorExit seen')
        raise
g3 = gen3()
next(g3)
g3.close()
def gen4():
    for i in range(3):
        try:
            yield i
        except KeyError:
            yield 'key'
g4 = gen4()
print(next(g4), g4.throw(KeyError), next(g4), next(g4))
def with_context():
    try:
        raise TypeError('ctx')
    except TypeError:
        yield 'in except'
        yield repr(__import__('sys').exception())
print(list(with_context()))
def raise_stop():
    yield 1
    return 'ret'
try:
    it = raise_stop()
    next(it)
    next(it)
except StopIteration as e:
    print('StopIteration value', e.value)
def reraise_from_gen():
    try:
        yield
    except Exception as e:
        raise RuntimeError('wrapped') from e
r = reraise_from_gen()
next(r)
try:
    r.throw(IndexError('orig'))
except RuntimeError as e:
    print(e, repr(e.__cause__))
