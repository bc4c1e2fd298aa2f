import sys
def level3():
    raise ValueError('deep')
def level2():
    level3()
def level1():
    try:
        level2()
    except ValueError as e:
        tb = e.__traceback__
        names = []
        while tb:
            names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
            tb = tb.tb_next
        return names
print(level1())
def f():
    try:
        1 / 0
    except ZeroDivisionError:
        t, v, tb = sys.exc_info()
        return t.__name__, str(v), tb.tb_frame.f_code.co_name, tb.tb_lineno
print(f())
try:
    try:
        raise KeyError('first')
    except KeyError as e:
        raise RuntimeError('second') from e
except RuntimeError as e:
    print(type(e.__cause__).__name__, e.__cause__.__traceback__ is not None, e.__traceback__.tb_lineno)
e = ValueError('bare')
print(e.__traceback__)
try:
    raise e
except ValueError:
    pass
print(e.__traceback__ is not None, e.__traceback__.tb_lineno)
e2 = e.with_traceback(None)
print(e2 is e, e.__traceback__)
def gen_tb():
    yield 1
    raise IndexError('from generator')
try:
    list(gen_tb())
except IndexError as ex:
    tb = ex.__traceback__
    codes = []
    while tb:
        codes.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(codes)
