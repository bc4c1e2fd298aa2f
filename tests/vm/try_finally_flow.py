def f1():
    try:
        return 'try'
    finally:
        print('f1 finally')
def f2():
    try:
        return 'try'
    finally:
        return 'finally wins'
def f3():
    for i in range(3):
        try:
            if i == 1:
                break
        finally:
            print('f3 finally', i)
    return i
def f4():
    try:
        raise ValueError('lost')
    finally:
        return 'swallowed'
def f5():
    x = []
    try:
        x.append(1)
        return x
    finally:
        x.append(2)
def f6():
    try:
        try:
            raise KeyError('a')
        finally:
            print('inner finally')
    except KeyError as e:
        return 'caught ' + str(e)
def f7():
    i = 0
    while True:
        try:
            i += 1
            if i < 3:
                continue
            return i
        finally:
            print('f7 finally', i)
def f8():
    try:
        pass
    except Exception:
        return 'no'
    else:
        return 'else branch'
    finally:
        print('f8 finally')
def f9():
    try:
        1 / 0
    except ZeroDivisionError:
        try:
            raise
        finally:
            print('f9 inner finally during re-raise')
for f in (f1, f2, f3, f4, f5, f6, f7, f8, f9):
    try:
        print(f.__name__, '->', f())
    except Exception as e:
        print(f.__name__, 'raised', type(e).__name__)
