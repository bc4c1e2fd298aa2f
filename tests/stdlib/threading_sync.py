# threading's synchronisation objects: eight threads update shared state under a
# Lock and hand work through a queue.Queue; RLock, Condition (wait, wait_for,
# notify, timeouts), Semaphore and BoundedSemaphore, Event, Barrier (action,
# abort, reset, timeout) and Timer, with their reprs and errors.
import threading, queue, time

def show(fn, *a, **k):
    try:
        print(repr(fn(*a, **k)))
    except BaseException as e:
        print(type(e).__name__, e)

def norm(r):
    # the object's address is not part of the output
    return ' '.join('ADDR:' if w.startswith('0x') and w.endswith(':') else ('ADDR>' if w.startswith('0x') else w) for w in r.split(' '))

# eight workers: a shared counter and dict under a lock, results through a queue
lock = threading.Lock()
counter = 0
tally = {}
work, results = queue.Queue(), queue.Queue()
def worker(n):
    global counter
    while True:
        item = work.get()
        if item is None:
            work.task_done()
            return
        with lock:
            counter += 1
            tally[item % 8] = tally.get(item % 8, 0) + 1
        results.put((item, item * item))
        work.task_done()
threads = [threading.Thread(target=worker, args=(i,)) for i in range(8)]
for t in threads:
    t.start()
for i in range(400):
    work.put(i)
work.join()
for t in threads:
    work.put(None)
for t in threads:
    t.join()
got = sorted(results.get() for _ in range(400))
print(counter, sorted(tally.items()), got[:3], got[-1], results.empty())
print([t.is_alive() for t in threads].count(False))

# the lock's contention from many threads, without a queue
total = [0]
def adder():
    for _ in range(3000):
        with lock:
            total[0] += 1
ts = [threading.Thread(target=adder) for _ in range(8)]
for t in ts: t.start()
for t in ts: t.join()
print('total', total[0])

# RLock
r = threading.RLock()
print(type(r).__name__, norm(repr(r)))
with r:
    with r:
        print('reentered', r._is_owned())
show(r.release)
pr = threading._PyRLock()
print(pr.acquire(), pr.acquire(), pr._recursion_count(), norm(repr(pr)).replace(repr(threading.get_ident()), 'ID'))
pr.release(); pr.release()
show(pr.release)
show(threading.Lock().release)

# Condition
c = threading.Condition()
print(norm(repr(c)))
show(c.wait)
show(c.notify)
with c:
    print('wait timeout', c.wait(0.01), c.wait_for(lambda: False, 0.01), c.wait_for(lambda: 7))
items = []
log = []
def consumer(k):
    with c:
        c.wait_for(lambda: items)
        log.append(('consumer got', items.pop(0)))
cons = [threading.Thread(target=consumer, args=(k,)) for k in range(3)]
for t in cons: t.start()
time.sleep(0.05)
with c:
    items.extend([1, 2])
    c.notify(2)
time.sleep(0.05)
with c:
    items.append(3)
    c.notify_all()
for t in cons: t.join()
print(sorted(log))
lc = threading.Condition(threading.Lock())
with lc:
    print(lc._is_owned(), lc.wait(0))
print(lc._is_owned())

# Semaphore and BoundedSemaphore
s = threading.Semaphore(2)
print(norm(repr(s)))
print(s.acquire(), s.acquire(), s.acquire(False), s.acquire(timeout=0.01), norm(repr(s)))
s.release(2)
print(norm(repr(s)))
show(threading.Semaphore, -1)
show(s.release, 0)
show(s.acquire, False, 1)
bs = threading.BoundedSemaphore(1)
print(norm(repr(bs)))
with bs:
    print(norm(repr(bs)))
show(bs.release)
inside, peak = [0], [0]
gate = threading.BoundedSemaphore(3)
def limited():
    with gate:
        with lock:
            inside[0] += 1
            peak[0] = max(peak[0], inside[0])
        time.sleep(0.01)
        with lock:
            inside[0] -= 1
ts = [threading.Thread(target=limited) for _ in range(10)]
for t in ts: t.start()
for t in ts: t.join()
print('peak within', peak[0] <= 3, inside[0])

# Event
e = threading.Event()
print(norm(repr(e)), e.is_set(), e.wait(0.01))
def later():
    time.sleep(0.02)
    e.set()
threading.Thread(target=later).start()
print(e.wait(), e.is_set(), norm(repr(e)))
e.clear()
print(e.is_set(), e.wait(0))

# Barrier
order = []
b = threading.Barrier(3, action=lambda: order.append('action'))
print(norm(repr(b)), b.parties, b.n_waiting, b.broken)
def party():
    i = b.wait()
    with lock:
        order.append(i)
ts = [threading.Thread(target=party) for _ in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(order[0], sorted(order[1:]))
show(threading.Barrier, 0)
b2 = threading.Barrier(2)
try:
    b2.wait(0.02)
except threading.BrokenBarrierError as err:
    print('broken by timeout', type(err).__mro__[1].__name__, b2.broken, norm(repr(b2)))
b2.reset()
print(b2.broken, norm(repr(b2)))
b3 = threading.Barrier(2)
def aborter():
    time.sleep(0.02)
    b3.abort()
threading.Thread(target=aborter).start()
try:
    b3.wait()
except threading.BrokenBarrierError:
    print('aborted', b3.broken)
b4 = threading.Barrier(2, timeout=0.01)
show(b4.wait)
b5 = threading.Barrier(1)
print(b5.wait(), b5.wait())

# Timer
fired = []
tm = threading.Timer(0.01, fired.append, args=['fired'])
print(tm.name.startswith('Thread-'), tm.interval, tm.args, tm.kwargs)
tm.start(); tm.join()
tc = threading.Timer(5, fired.append, args=['never'])
tc.start(); tc.cancel(); tc.join()
tk = threading.Timer(0, lambda **k: fired.append(k), kwargs={'a': 1})
tk.start(); tk.join()
print(fired, tc.finished.is_set())
