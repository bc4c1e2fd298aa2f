def g():
    yield 1
    yield 2
it = g()
import sys
def state(gen):
    if gen.gi_running:
        return 'running'
    if gen.gi_frame is None:
        return 'closed'
    if gen.gi_frame.f_lasti == -1 if hasattr(gen.gi_frame, 'f_lasti') else False:
        return 'created'
    return 'suspended'
print(state(it))
next(it)
print(state(it), it.gi_frame is not None)
list(it)
print(state(it))
def inspector():
    yield me.gi_running
me = inspector()
print(next(me))
def counter():
    n = 0
    while True:
        n += 1
        got = yield n
        if got == 'stop':
            return n
c = counter()
print(next(c), next(c), c.send(None), c.send('x'))
try:
    c.send('stop')
except StopIteration as e:
    print('stopped with', e.value)
print(c.gi_frame, next(c, 'no more'))
