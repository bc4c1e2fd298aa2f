def f(x):
    out = []
    try:
        out.append('try')
        if x == 1:
            raise ValueError('v')
        if x == 2:
            raise KeyError('k')
        if x == 3:
            return out + ['returned']
    except ValueError as e:
        out.append('except ValueError ' + str(e))
    except (KeyError, TypeError) as e:
        out.append('except tuple ' + repr(e))
    else:
        out.append('else')
    finally:
        out.append('finally')
    return out
for i in range(4):
    print(f(i))
try:
    try:
        raise ValueError
    except ValueError as e:
        name = 'e'
    print('e' in dir(), name)
except Exception:
    pass
def g():
    try:
        raise TypeError('inner')
    except TypeError:
        raise
try:
    g()
except TypeError as e:
    print('reraised', e)
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args, str(e) == '')
try:
    raise ValueError()
except Exception as e:
    print(type(e) is ValueError)
class MyErr(Exception):
    pass
try:
    raise MyErr('a', 2)
except MyErr as e:
    print(e, e.args, repr(e))
try:
    raise 5
except TypeError as e:
    print(e)
try:
    raise ValueError from 3
except TypeError as e:
    print(e)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        pass
    print('handled')
finally:
    print('outer finally')
for i in range(3):
    try:
        if i == 1:
            continue
        print('body', i)
    finally:
        print('finally', i)
while True:
    try:
        break
    finally:
        print('break finally')
try:
    except_var = 1
    raise IndexError
except IndexError as except_var:
    pass
try:
    print(except_var)
except NameError as e:
    print('NameError', e)
