# Code objects from outside: CPython's TypeError/ValueError, never a crash.
def outer():
    x = 1
    def inner():
        return x
    return inner
inner = outer()
def attempt(name, f):
    try:
        print(name, 'ok', f())
    except Exception as e:
        print(name, type(e).__name__, e)
attempt('exec closure code', lambda: exec(inner.__code__))
attempt('eval closure code', lambda: eval(inner.__code__))
def plain():
    return 1
def assign():
    plain.__code__ = inner.__code__
attempt('assign closure code', assign)
attempt('plain still works', plain)
def assign2():
    inner.__code__ = plain.__code__
attempt('assign plain code to closure', assign2)
