eg = ExceptionGroup("many", [ValueError(1), TypeError(2), ValueError(3), KeyError(4)])
print(repr(eg), str(eg), len(eg.exceptions))
try:
    raise eg
except* ValueError as g:
    print("VE", repr(g))
except* (TypeError, KeyError) as g:
    print("TK", repr(g))

try:
    try:
        raise ExceptionGroup("x", [ValueError("a"), OSError("b")])
    except* ValueError:
        print("handled VE")
except ExceptionGroup as rest:
    print("rest", repr(rest))

try:
    raise ValueError("naked")
except* ValueError as g:
    print("naked wrapped:", repr(g))

m, r = eg.split(ValueError)
print(repr(m), repr(r))
print(repr(eg.subgroup(lambda e: isinstance(e, (KeyError, TypeError)))))
print(eg.subgroup(OSError))
nested = ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)])])
m, r = nested.split(ValueError)
print(repr(m))
print(repr(r))
beg = BaseExceptionGroup("b", [KeyboardInterrupt()])
print(type(beg).__name__, type(BaseExceptionGroup("e", [ValueError()])).__name__)
try:
    ExceptionGroup("bad", [KeyboardInterrupt()])
except TypeError as e:
    print(e)
try:
    ExceptionGroup("empty", [])
except ValueError as e:
    print(e)

class MyEG(ExceptionGroup):
    def derive(self, excs):
        return MyEG(self.message, excs)
try:
    raise MyEG("mine", [ValueError(1), TypeError(2)])
except* ValueError as g:
    print(type(g).__name__, repr(g))
except* TypeError as g:
    print(type(g).__name__, repr(g))

def f():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        raise KeyError("new")
try:
    f()
except ExceptionGroup as e:
    print(repr(e), repr(e.exceptions[0].__context__))
except KeyError as e:
    print("bare", repr(e))

try:
    raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
except* ValueError:
    pass
except* TypeError:
    pass
print("all handled")
print(eg.exceptions, eg.message)
