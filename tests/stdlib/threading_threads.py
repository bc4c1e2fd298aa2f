# threading's Thread: names, reprs, daemon flags, start/join errors, join with a
# timeout, is_alive, current_thread/main_thread/enumerate/active_count from inside
# threads, thread-local data, a subclass's run(), an uncaught exception through
# threading.excepthook (default and replaced), and exit waiting for a non-daemon
# thread while a daemon thread is abandoned.
import threading, sys, io, time, _thread

def show(fn, *a, **k):
    try:
        print(repr(fn(*a, **k)))
    except BaseException as e:
        print(type(e).__name__, e)

def st(t):
    # a Thread's repr without its ident
    r = repr(t)
    if t.ident is not None:
        r = r.replace(' %d)' % t.ident, ' ID)')
    return r

main = threading.main_thread()
print(st(main), main is threading.current_thread(), main.name, main.daemon, main.is_alive())
print(threading.active_count(), [t.name for t in threading.enumerate()])
print(threading.get_ident() == main.ident, threading.get_native_id() == main.native_id)
print(threading.TIMEOUT_MAX, threading.ThreadError is RuntimeError, threading.Lock is _thread.LockType)
print(threading.local is _thread._local, threading.excepthook is _thread._excepthook)
print(threading.ExceptHookArgs is _thread._ExceptHookArgs, threading.__excepthook__ is threading.excepthook)
print(threading.stack_size(), threading.gettrace(), threading.getprofile())

def target(a, b=None):
    pass
t1 = threading.Thread(target=target, args=(1,))
t2 = threading.Thread(name='named', daemon=True)
t3 = threading.Thread(target=len, name=42)
print(st(t1), st(t2), st(t3))
print(t1.name, t1.ident, t1.native_id, t1.daemon, t1.is_alive())
show(t1.join)
t1.start()
t1.join()
print(st(t1), t1.is_alive(), type(t1.native_id).__name__)
show(t1.start)
show(setattr, t1, 'daemon', True)
t1.name = 'renamed'
print(t1.name)
show(threading.Thread, group=1)
show(threading.current_thread().join)

# join with a timeout
ev = threading.Event()
slow = threading.Thread(target=ev.wait, name='slow')
slow.start()
slow.join(0.02)
print('after timeout', slow.is_alive(), st(slow))
slow.join(-1)
print('negative timeout', slow.is_alive())
ev.set()
slow.join()
print('after set', slow.is_alive(), st(slow))

# the view from inside a thread
seen = {}
def look():
    me = threading.current_thread()
    seen['name'] = me.name
    seen['is_main'] = me is threading.main_thread()
    seen['ident'] = me.ident == threading.get_ident()
    seen['in_enum'] = me in threading.enumerate()
    seen['count'] = threading.active_count()
    seen['alive'] = me.is_alive()
    seen['daemon'] = me.daemon
t = threading.Thread(target=look, name='looker')
t.start(); t.join()
print(sorted(seen.items()))
print(threading.active_count(), t in threading.enumerate())

# daemon inherited from the creating thread
def spawn():
    inner = threading.Thread(target=len, args=((),))
    seen['inner daemon'] = inner.daemon
d = threading.Thread(target=spawn, daemon=True)
d.start(); d.join()
print(seen['inner daemon'])

# a subclass overriding run
class Worker(threading.Thread):
    def __init__(self, n):
        super().__init__(name='worker-%d' % n)
        self.n = n
        self.result = None
    def run(self):
        self.result = sum(range(self.n))
ws = [Worker(n) for n in (10, 100, 1000)]
for w in ws: w.start()
for w in ws: w.join()
print([(w.name, w.result) for w in ws])

# threads started by _thread appear as dummy threads
info = []
done = _thread.allocate_lock()
def raw():
    ct = threading.current_thread()
    info.append((type(ct).__name__, ct.name.startswith('Dummy-'), ct.daemon, ct.is_alive()))
    try:
        ct.join()
    except RuntimeError as e:
        info.append(str(e))
    done.release()
done.acquire()
_thread.start_new_thread(raw, ())
done.acquire()
print(info)

# thread-local data
data = threading.local()
data.value = 'main'
def use_local(v):
    data.value = v
    time.sleep(0.01)
    with lk:
        seen_local.append(data.value)
lk = threading.Lock()
seen_local = []
ts = [threading.Thread(target=use_local, args=(i,)) for i in range(5)]
for x in ts: x.start()
for x in ts: x.join()
print(sorted(seen_local), data.value)

# an uncaught exception goes through threading.excepthook
def fail():
    raise ValueError('boom')
def quit_():
    sys.exit(3)
saved = sys.stderr
sys.stderr = io.StringIO()
bad = threading.Thread(target=fail, name='failing')
bad.start(); bad.join()
ex = threading.Thread(target=quit_, name='exiting')
ex.start(); ex.join()
text = sys.stderr.getvalue()
sys.stderr = saved
lines = text.splitlines()
# the frames inside threading.py differ between implementations, and the
# script's path is absolute: keep the rest, with the script's name only
last = [l.replace(__file__, 'threading_threads.py') for l in lines[-3:]]
print(lines[0], lines[1], last)
print(bad.is_alive(), ex.is_alive())

caught = []
def hook(args):
    caught.append((args.exc_type.__name__, str(args.exc_value), args.thread.name, args.exc_traceback is not None))
threading.excepthook = hook
bad = threading.Thread(target=fail, name='hooked')
bad.start(); bad.join()
print(caught)
def broken_hook(args):
    raise KeyError('in hook')
threading.excepthook = broken_hook
sys.stderr = io.StringIO()
bad = threading.Thread(target=fail, name='hook-fails')
bad.start(); bad.join()
text = sys.stderr.getvalue()
sys.stderr = saved
print([l for l in text.splitlines() if not l.startswith(' ')][:1], text.rstrip().splitlines()[-1])
threading.excepthook = threading.__excepthook__

# settrace/setprofile store the functions for threads started later
threading.settrace(None)
threading.setprofile(None)
print(threading.gettrace(), threading.getprofile())

# the program waits for the non-daemon thread; the daemon one is abandoned
def finisher():
    time.sleep(0.1)
    print('non-daemon thread finished')
def abandoned():
    time.sleep(10)
    print('never printed')
threading.Thread(target=abandoned, daemon=True).start()
threading.Thread(target=finisher).start()
print('main thread ends')
