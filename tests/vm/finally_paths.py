def ret():
    try:
        return "try"
    finally:
        print("fin ret")

def override():
    try:
        return 1
    finally:
        return 2

def swallow():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            if i < 2:
                continue
            break
    return i

def loop():
    out = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append("f%d" % i)
    return out

def nested():
    try:
        try:
            raise KeyError("k")
        finally:
            print("inner finally")
    except KeyError as e:
        print("caught", e)
    finally:
        print("outer finally")

def in_except():
    try:
        raise ValueError
    except ValueError:
        try:
            return "from except"
        finally:
            print("finally in except")

def while_loop():
    n = 0
    while True:
        try:
            n += 1
            if n > 3:
                return n
        finally:
            print("w", n)

print(ret(), override(), swallow(), loop())
nested()
print(in_except())
print(while_loop())

def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")
g = gen()
print(next(g))
g.close()
for x in gen():
    print(x)
del g

def exc_in_finally():
    try:
        try:
            1 / 0
        finally:
            raise KeyError("f")
    except KeyError as e:
        print(repr(e), repr(e.__context__))
exc_in_finally()

def with_else():
    for i in range(2):
        try:
            pass
        except Exception:
            print("no")
        else:
            print("else", i)
        finally:
            print("finally", i)
with_else()

def try_else_raise():
    try:
        try:
            x = 1
        except ValueError:
            pass
        else:
            raise TypeError("from else")
    except TypeError as e:
        return str(e)
print(try_else_raise())
