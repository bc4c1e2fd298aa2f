# queue: FIFO, LIFO and priority order, maxsize with blocking and non-blocking
# puts and gets and their timeouts, task_done/join across producer and consumer
# threads, shutdown (graceful and immediate) waking blocked threads, SimpleQueue,
# generic aliases and the errors.
import queue, threading, time

def show(fn, *a, **k):
    try:
        print(repr(fn(*a, **k)))
    except BaseException as e:
        print(type(e).__name__, e)

print(queue.__all__)
print(issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception), issubclass(queue.ShutDown, Exception))
print(queue.Queue[int], queue.LifoQueue[str], queue.PriorityQueue[tuple])

q = queue.Queue()
for x in 'abc':
    q.put(x)
print(q.qsize(), q.empty(), q.full(), [q.get() for _ in range(3)], q.empty())
lq = queue.LifoQueue()
for x in range(4):
    lq.put_nowait(x)
print([lq.get_nowait() for _ in range(4)])
pq = queue.PriorityQueue()
for item in [(3, 'c'), (1, 'a'), (5, 'e'), (2, 'b'), (4, 'd'), (0, 'z'), (9, 'y')]:
    pq.put(item)
print([pq.get()[1] for _ in range(7)])

# maxsize
b = queue.Queue(maxsize=2)
b.put(1); b.put(2)
print(b.full(), b.qsize(), b.maxsize)
show(b.put, 3, block=False)
show(b.put, 3, timeout=0.01)
show(b.put_nowait, 3)
show(b.put, 3, timeout=-1)
print(b.get(), b.get())
show(b.get, block=False)
show(b.get, timeout=0.01)
show(b.get_nowait)
show(b.get, timeout=-1)
show(b.task_done)
b.task_done()
show(b.task_done)
b.join()
print('joined empty')

# a blocked put resumes when a consumer gets
small = queue.Queue(1)
small.put('first')
def taker():
    time.sleep(0.03)
    small.get()
threading.Thread(target=taker).start()
small.put('second')
print('put resumed', small.get())

# producers and consumers with task_done/join
jobs = queue.Queue(maxsize=5)
done = queue.Queue()
def consume():
    while True:
        job = jobs.get()
        if job is None:
            jobs.task_done()
            break
        done.put(job * 10)
        jobs.task_done()
def produce(base):
    for i in range(20):
        jobs.put(base + i)
consumers = [threading.Thread(target=consume) for _ in range(4)]
producers = [threading.Thread(target=produce, args=(k * 100,)) for k in range(3)]
for t in consumers + producers:
    t.start()
for t in producers:
    t.join()
jobs.join()
print('all jobs done', jobs.unfinished_tasks, done.qsize())
for _ in consumers:
    jobs.put(None)
for t in consumers:
    t.join()
out = sorted(done.get() for _ in range(60))
print(out[:3], out[-3:], len(set(out)))

# shutdown: gets drain what is left, then raise; puts raise at once
s = queue.Queue()
s.put(1); s.put(2)
s.shutdown()
print(s.is_shutdown, s.get(), s.get())
show(s.get)
show(s.put, 3)
show(s.get, block=False)
# blocked getters and putters wake with ShutDown
w = queue.Queue(1)
w.put('x')
results = []
def blocked_put():
    try:
        w.put('y')
    except queue.ShutDown:
        results.append('put shut down')
e = queue.Queue()
def blocked_get():
    try:
        e.get()
    except queue.ShutDown:
        results.append('get shut down')
ts = [threading.Thread(target=blocked_put), threading.Thread(target=blocked_get)]
for t in ts: t.start()
time.sleep(0.05)
w.shutdown()
e.shutdown()
for t in ts: t.join()
print(sorted(results))
# immediate: the items go, join is released
im = queue.Queue()
for i in range(3):
    im.put(i)
im.shutdown(immediate=True)
print(im.qsize(), im.unfinished_tasks)
im.join()
show(im.get)

# SimpleQueue
sq = queue.SimpleQueue()
print(sq.empty(), sq.qsize())
sq.put(1); sq.put_nowait(2); sq.put(3, block=False, timeout=5)
print(sq.qsize(), sq.get(), sq.get_nowait(), sq.get(timeout=1), sq.empty())
show(sq.get, block=False)
show(sq.get, timeout=0.01)
show(sq.get, timeout=-1)
got = []
def sq_get():
    got.append(sq.get())
t = threading.Thread(target=sq_get)
t.start()
time.sleep(0.02)
sq.put('late')
t.join()
print(got)
