def g():
    me = yield
    me.close()
s = g(); next(s)
try:
    s.send(s)
except ValueError as e: print(type(e).__name__, e)
def g2():
    me = yield
    me.send(None)
s = g2(); next(s)
try:
    s.send(s)
except ValueError as e: print(type(e).__name__, e)
def g3():
    me = yield
    me.throw(KeyError)
s = g3(); next(s)
try:
    s.send(s)
except ValueError as e: print(type(e).__name__, e)
