# concurrent.futures with hostile input: wrong argument types for Future,
# wait, as_completed and the executors, callbacks and calls that raise or
# misbehave, futures in forged states, many tiny pools. Any exception may come
# but SystemError (a Go panic in Kaa). Run by safety_test.go.
import concurrent.futures as cf
import logging
import threading
from concurrent.futures import _base

logging.getLogger('concurrent.futures').disabled = True
bad = count = 0


def attempt(f, *a, **k):
    global bad, count
    count += 1
    try:
        return f(*a, **k)
    except SystemError as e:
        bad += 1
        print('SYSTEMERROR', f, repr(a)[:80], k, e)
    except BaseException:
        pass


odd = [None, 0, -1, 2 ** 70, 1e300, float('nan'), float('-inf'), 'x', b'x', [], {}, object(), cf.Future()]
f = cf.Future()     # stays pending: a timeout of None would wait forever
for value in odd:
    if value is not None:
        attempt(f.result, value)
        attempt(f.exception, value)
        attempt(cf.wait, [f], value)
        if value == value:      # (a NaN timeout makes as_completed spin, as in CPython)
            attempt(lambda v: list(cf.as_completed([f], v)), value)
    attempt(cf.wait, [f], 0, value)
    attempt(cf.wait, value)
    attempt(lambda v: list(cf.as_completed(v)), value)
    attempt(f.add_done_callback, value)
    attempt(cf.Future, value)
    attempt(cf.ThreadPoolExecutor, value)
    attempt(cf.ThreadPoolExecutor, 1, value)
    attempt(cf.ThreadPoolExecutor, 1, '', None, value)
    attempt(cf.ProcessPoolExecutor, value)
attempt(f.set_result, 1)
attempt(f.set_result, 2)
attempt(f.set_exception, None)
attempt(f.set_exception, 'not an exception')
attempt(f.set_running_or_notify_cancel)
g = cf.Future()
attempt(g.set_exception, 'not an exception')
attempt(g.result)
attempt(repr, g)

for forged in ['BOGUS', None, 5, _base.RUNNING, _base.CANCELLED]:
    h = cf.Future()
    h._state = forged
    for op in (h.cancel, h.cancelled, h.running, h.done, repr, h.set_running_or_notify_cancel,
               lambda: h.result(0), lambda: h.exception(0), lambda: h.set_result(1),
               lambda: cf.wait([h], 0), lambda: list(cf.as_completed([h], 0))):
        attempt(op if op is not repr else (lambda: repr(h)))


class Weird(Exception):
    def __str__(self):
        raise RuntimeError('no str')

    def __repr__(self):
        raise RuntimeError('no repr')


def raiser(kind):
    raise kind


pool = cf.ThreadPoolExecutor(2)
futs = []
for args in [(raiser, Weird()), (raiser, SystemExit(3)), (raiser, KeyboardInterrupt()), (raiser, StopIteration()),
             (len, 5), (lambda: threading.current_thread().name,), (pool.submit, len, 'x'),
             (lambda: pool.shutdown(wait=False),)]:
    fut = attempt(pool.submit, *args)
    if fut is not None:
        futs.append(fut)
        attempt(fut.add_done_callback, lambda fu: 1 / 0)
        # (a callback re-raising SystemExit/KeyboardInterrupt would end its
        # worker thread, in CPython too; fetch the outcome without raising)
        attempt(fut.add_done_callback, lambda fu: fu.exception())
for fut in futs:
    attempt(fut.result, 5)
    attempt(repr, fut)
attempt(pool.submit)
attempt(pool.submit, None)
attempt(lambda: list(pool.map(None, [1])))
attempt(lambda: list(pool.map(len, 5)))
attempt(lambda: list(pool.map(len, ['a'], timeout='x')))
attempt(lambda: list(pool.map(len, ['a'], chunksize=-1)))
attempt(pool.shutdown, 'yes', cancel_futures=[])
attempt(pool.submit, len, 'x')
attempt(pool.shutdown)

for n in range(20):
    with cf.ThreadPoolExecutor(1) as tiny:
        attempt(lambda: list(tiny.map(lambda x: x * 2, range(n))))
broken = cf.ThreadPoolExecutor(1, initializer=lambda: 1 / 0)
attempt(lambda: broken.submit(len, 'x').result(5))
attempt(broken.submit, len, 'x')
attempt(broken.shutdown)
attempt(cf.ProcessPoolExecutor)
attempt(cf.ProcessPoolExecutor, 2, mp_context=None, max_tasks_per_child=1)
attempt(getattr, cf, 'NoSuchName')
attempt(getattr, cf, 'ProcessPoolExecutor')
print('calls', count, 'system errors', bad)
