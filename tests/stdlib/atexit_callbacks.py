# atexit: callbacks run when the program ends (here by sys.exit), most recent
# first, after unregister and _clear; their exceptions are reported, not raised.
import atexit, sys

def f(*a, **k):
    print('f', a, k)
def boom():
    raise ValueError('boom')
def ex():
    raise SystemExit(3)
def g():
    print('g')
def show(fn, *a, **k):
    try:
        print(repr(fn(*a, **k)))
    except BaseException as e:
        print(type(e).__name__, e)

print(atexit.register(f, 1, x=2) is f)
atexit.register(boom)
atexit.register(ex)
atexit.register(g)
atexit.register(g)
print(atexit._ncallbacks())
atexit.unregister(g)
print(atexit._ncallbacks())
atexit.register(g)
show(atexit.register)
show(atexit.register, 1)
show(atexit.register, func=f)
show(atexit.unregister)
show(atexit.unregister, 1)
show(atexit.unregister, 1, 2)
show(atexit._run_exitfuncs, 1)
show(atexit._clear, 1)
show(atexit._ncallbacks, 1)
print(atexit.__doc__)
print(atexit.register.__doc__)
class E:
    def __call__(self): print('E called')
    def __eq__(self, o): raise RuntimeError('eq')
atexit.register(E())
show(atexit.unregister, f)
atexit._clear()
print(atexit._ncallbacks())
atexit.register(print, 'ran by _run_exitfuncs')
atexit._run_exitfuncs()
print(atexit._ncallbacks())
atexit.register(f, 'again', key='word')
atexit.register(boom)
atexit.register(ex)
atexit.register(g)
atexit.register(lambda: print('last registered, first run'))
print('end')
sys.exit(5)
