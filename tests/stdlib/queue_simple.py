# _queue: the native SimpleQueue that queue uses (its errors, generic alias, getters
# waiting in threads until items come) and the Empty exception queue shares.
import _queue, queue, threading, time
q=_queue.SimpleQueue()
for f in [lambda: _queue.SimpleQueue(1), lambda: _queue.SimpleQueue(x=1), lambda: q.get(timeout=-1), lambda: q.get(timeout='x'), lambda: q.get(False), lambda: q.get(block=False, timeout=1), lambda: q.get_nowait(1), lambda: q.put(), lambda: q.put(1,2,3,4), lambda: q.get(1,2,3), lambda: q.get(timeout=0.01), lambda: q.get(True, float('nan')), lambda: q.empty(1)]:
    try: print(repr(f()))
    except BaseException as e: print(type(e).__name__, e)
print(_queue.__doc__); print(_queue.Empty.__doc__, _queue.Empty.__mro__, _queue.SimpleQueue.__doc__)
print([n for n in dir(_queue.SimpleQueue) if not n.startswith('__') or n=='__class_getitem__'])
print(_queue.SimpleQueue[int], repr(q)[:30])
print(queue.SimpleQueue is _queue.SimpleQueue, queue.Empty is _queue.Empty)
got = []
def getter():
    got.append(q.get())
ts = [threading.Thread(target=getter) for _ in range(4)]
for t in ts: t.start()
time.sleep(0.05)
for i in range(4): q.put(i)
for t in ts: t.join()
print(sorted(got), q.empty(), q.qsize())
q.put_nowait('a'); q.put('b', False, 3); print(q.qsize(), q.get_nowait(), q.get(timeout=1))
