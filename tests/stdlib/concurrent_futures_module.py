# concurrent.futures: Future states and callbacks, wait() and as_completed()
# in every mode, ThreadPoolExecutor (submit, map, exceptions, timeouts,
# shutdown with and without cancel_futures, initializers, thread names,
# max_workers checks) and the process pool's NotImplementedError-free surface.
import concurrent.futures as cf
import threading
import time
import logging
from concurrent.futures import _base

# Failing callbacks and workers are logged; keep the log out of the output.
logging.getLogger('concurrent.futures').addHandler(logging.NullHandler())
logging.getLogger('concurrent.futures').propagate = False

print(sorted(n for n in dir(cf) if not n.startswith('_')))
print(cf.TimeoutError is TimeoutError, issubclass(cf.CancelledError, cf._base.Error),
      issubclass(cf.BrokenExecutor, RuntimeError), issubclass(cf.InvalidStateError, cf._base.Error))
print(cf.FIRST_COMPLETED, cf.FIRST_EXCEPTION, cf.ALL_COMPLETED)
print(_base.PENDING, _base.RUNNING, _base.CANCELLED, _base.CANCELLED_AND_NOTIFIED, _base.FINISHED)


def state(f):
    return (f._state, f.running(), f.done(), f.cancelled())


def shape(r):
    return r.split(' at ')[0] + ' ' + r.split(' state=')[1]


print('== Future')
f = cf.Future()
print(state(f), shape(repr(f)))
log = []
f.add_done_callback(lambda fut: log.append(('cb1', fut.result())))
print(f.set_running_or_notify_cancel(), state(f), f.cancel(), shape(repr(f)))
f.set_result(42)
print(state(f), f.result(), f.exception(), shape(repr(f)), log)
f.add_done_callback(lambda fut: log.append('late'))
print(log)
for bad in (lambda: f.set_result(1), lambda: f.set_exception(ValueError()),
            lambda: f.set_running_or_notify_cancel()):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, str(e).split(' at ')[0])

g = cf.Future()
g.set_running_or_notify_cancel()
g.set_exception(KeyError('k'))
print(state(g), repr(g.exception()), shape(repr(g)))
try:
    g.result()
except KeyError as e:
    print('result raised', repr(e))

h = cf.Future()
print(h.cancel(), h.cancel(), state(h), shape(repr(h)))
print(h.set_running_or_notify_cancel(), state(h))
for call in (h.result, h.exception):
    try:
        call()
    except cf.CancelledError as e:
        print('CancelledError', repr(e))
try:
    h.set_result(1)
except cf.InvalidStateError as e:
    print('InvalidStateError', str(e).split(':')[0])

p = cf.Future()
for call in (p.result, p.exception):
    try:
        call(timeout=0.01)
    except TimeoutError as e:
        print('timeout', type(e).__name__)
print(cf.Future[int], cf.Future.__name__)


def boom(fut):
    raise RuntimeError('callback failure is only logged')


q = cf.Future()
q.add_done_callback(boom)
q.add_done_callback(lambda fut: print('second callback still runs'))
q.set_result(None)

print('== wait and as_completed on ready futures')


def made(state_name, value=None, exc=None):
    fut = cf.Future()
    fut._state, fut._result, fut._exception = state_name, value, exc
    return fut


done_ok = made(_base.FINISHED, 1)
done_err = made(_base.FINISHED, exc=OSError('x'))
cancelled = made(_base.CANCELLED_AND_NOTIFIED)
pending = made(_base.PENDING)
names = {id(done_ok): 'ok', id(done_err): 'err', id(cancelled): 'cancelled', id(pending): 'pending'}


def named(fs):
    return sorted(names[id(x)] for x in fs)


for mode in (cf.FIRST_COMPLETED, cf.FIRST_EXCEPTION, cf.ALL_COMPLETED):
    r = cf.wait([done_ok, done_err, cancelled, pending], timeout=0.05, return_when=mode)
    print(mode, named(r.done), named(r.not_done), type(r).__name__)
r = cf.wait([done_ok, cancelled], return_when=cf.FIRST_EXCEPTION)
print(named(r.done), named(r.not_done))
try:
    cf.wait([pending], timeout=0, return_when='bogus')
except ValueError as e:
    print('ValueError', e)
print(named(cf.as_completed([done_ok, done_err, cancelled, done_ok])))
try:
    for fut in cf.as_completed([done_ok, pending], timeout=0.05):
        print('got', names[id(fut)])
except TimeoutError as e:
    print('TimeoutError', e)

print('== thread pool')
with cf.ThreadPoolExecutor(max_workers=3, thread_name_prefix='worker') as pool:
    futs = [pool.submit(pow, 2, n) for n in range(8)]
    print([f.result() for f in futs])
    print(list(pool.map(lambda a, b: a * b, range(5), range(10, 15))))
    print(list(pool.map(str.upper, [])))
    names_seen = set(pool.submit(lambda: threading.current_thread().name).result() for _ in range(3))
    print(all(n.startswith('worker_') for n in names_seen), len(pool._threads) <= 3)
    bad = pool.submit(int, 'x')
    print(type(bad.exception()).__name__, bad.done())
    it = pool.map(lambda x: 1 // x, [1, 0, 2])
    print(next(it))
    try:
        next(it)
    except ZeroDivisionError as e:
        print('map raised', e)
    gate = threading.Event()
    slow = pool.submit(gate.wait)
    while not slow.running():
        time.sleep(0.001)
    try:
        slow.result(timeout=0.01)
    except TimeoutError:
        print('result timed out while running', slow.running())
    r = cf.wait([slow], timeout=0.01)
    print(len(r.done), len(r.not_done))
    gate.set()
    print(slow.result(), cf.wait([slow]).done == {slow})
    ordered = []
    gates = [threading.Event() for _ in range(3)]
    futs = [pool.submit(g.wait) for g in gates]
    for i in (2, 0, 1):
        gates[i].set()
        ordered.append(futs.index(next(cf.as_completed([futs[i]]))))
    print(ordered, sorted(futs.index(f) for f in cf.as_completed(futs)))
    e1, e2 = threading.Event(), threading.Event()
    a = pool.submit(e1.wait)
    b = pool.submit(lambda: (e2.wait(), 1 / 0))
    e2.set()
    r = cf.wait([a, b], return_when=cf.FIRST_EXCEPTION)
    print(b in r.done, a in r.not_done)
    e1.set()
    r = cf.wait([a, b], return_when=cf.ALL_COMPLETED)
    print(len(r.done))
print(pool._shutdown)
try:
    pool.submit(print)
except RuntimeError as e:
    print('RuntimeError', e)

print('== shutdown(cancel_futures=True)')
pool = cf.ThreadPoolExecutor(max_workers=1)
gate = threading.Event()
first = pool.submit(gate.wait)
queued = [pool.submit(print, 'never') for _ in range(3)]
while not first.running():
    time.sleep(0.001)
pool.shutdown(wait=False, cancel_futures=True)
gate.set()
pool.shutdown(wait=True)
print(first.result(), [q.cancelled() for q in queued])

print('== map with timeout')
with cf.ThreadPoolExecutor(2) as pool:
    gate = threading.Event()
    it = pool.map(lambda x: gate.wait() and x, [1, 2], timeout=0.02)
    try:
        list(it)
    except TimeoutError:
        print('map timed out')
    gate.set()

print('== initializer')
seen = []
with cf.ThreadPoolExecutor(2, initializer=seen.append, initargs=('init',)) as pool:
    print(pool.submit(len, 'abc').result())
print(set(seen))


def failing_init():
    raise ValueError('init fails')


logging.getLogger('concurrent.futures').disabled = True
pool = cf.ThreadPoolExecutor(1, initializer=failing_init)
fut = pool.submit(print, 'not run')
try:
    fut.result()
except cf.thread.BrokenThreadPool as e:
    print('BrokenThreadPool', e)
try:
    pool.submit(print)
except cf.thread.BrokenThreadPool as e:
    print('BrokenThreadPool on submit', isinstance(e, cf.BrokenExecutor))
pool.shutdown()

print('== arguments')
for kwargs in ({'max_workers': 0}, {'max_workers': -1}, {'initializer': 5}):
    try:
        cf.ThreadPoolExecutor(**kwargs)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
pool = cf.ThreadPoolExecutor()
print(pool._max_workers >= 5, pool._thread_name_prefix.startswith('ThreadPoolExecutor-'))
pool.shutdown()
print(cf.ProcessPoolExecutor.__name__, issubclass(cf.ProcessPoolExecutor, cf.Executor))
e = cf.Executor()
try:
    e.submit(print)
except NotImplementedError:
    print('Executor.submit is abstract')
print(e.shutdown(), e.__enter__() is e, e.__exit__(None, None, None))
