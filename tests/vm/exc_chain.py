def show(e):
    print(type(e).__name__, e.args, type(e.__context__).__name__ if e.__context__ else None,
          type(e.__cause__).__name__ if e.__cause__ else None, e.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("v")
except ValueError as e:
    show(e)

try:
    try:
        {}["k"]
    except KeyError as k:
        raise TypeError("t") from k
except TypeError as e:
    show(e)
    show(e.__cause__)

try:
    try:
        [][1]
    except IndexError:
        raise RuntimeError("r") from None
except RuntimeError as e:
    show(e)

try:
    raise ValueError from TypeError("cause")
except ValueError as e:
    show(e)
    print(repr(e.__cause__))

try:
    raise ValueError("x") from 5
except TypeError as e:
    print(e)

try:
    raise 5
except TypeError as e:
    print(e)

class E(Exception):
    pass
try:
    raise E
except E as e:
    print(repr(e), e.args)

def f():
    try:
        raise KeyError("a")
    finally:
        print("finally")
try:
    f()
except KeyError as e:
    print(repr(e), str(e))

e = None
try:
    raise OSError(2, "No such file")
except OSError as err:
    e = err
print(e.errno, e.strerror, str(e), type(e).__name__)
try:
    print(err)
except NameError as n:
    print("NameError:", n)

# context of a re-raised exception in except
try:
    try:
        raise A("a") if False else KeyError("a")
    except KeyError:
        try:
            raise ValueError("b")
        except ValueError:
            pass
        raise
except KeyError as e:
    print(repr(e), e.__context__)

# implicit chaining cycle avoidance
a = ValueError("a")
b = TypeError("b")
try:
    try:
        raise a
    except ValueError:
        try:
            raise b
        except TypeError:
            raise a
except ValueError as e:
    print(e is a, e.__context__ is b, b.__context__ is None)

import sys
try:
    raise KeyError(1)
except KeyError:
    print(sys.exc_info()[0].__name__, repr(sys.exception()))
print(sys.exc_info(), sys.exception())

ex = Exception("a", "b")
print(ex, repr(ex), ex.args, str(Exception()), repr(Exception("x")))
ex.add_note("note 1")
ex.add_note("note 2")
print(ex.__notes__)
e2 = ex.with_traceback(None)
print(e2 is ex, e2.__traceback__)
print(BaseException.__subclasses__()[:0], issubclass(KeyError, LookupError), KeyError.__mro__)
print(str(KeyError("x")), str(KeyError()), str(KeyError(1, 2)))
print(repr(StopIteration(3).value), SystemExit(4).code, UnicodeDecodeError("utf-8", b"\xff", 0, 1, "bad").reason)
print(str(UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")))
