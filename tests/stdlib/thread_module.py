# _thread: locks (timeouts, errors, context manager), RLock ownership, thread-local
# data, start_new_thread and joinable threads with their handles, the thread
# excepthook called directly, and CPython's messages for bad arguments.
import _thread, sys, time, io

def show(fn, *a, **k):
    try:
        r = fn(*a, **k)
        print(type(r).__name__, r if isinstance(r, (bool, int, float, str, tuple)) and not isinstance(r, int) or isinstance(r, bool) else '')
    except BaseException as e:
        print(type(e).__name__, e)

def norm(s):
    # drop the addresses and idents from a repr
    out = []
    for word in s.split(' '):
        if word.startswith('0x') or word.rstrip('>').startswith('0x'):
            word = 'ADDR>' if word.endswith('>') else 'ADDR'
        elif word.startswith('owner=') and word != 'owner=0':
            word = 'owner=ID'
        out.append(word)
    return ' '.join(out)

print(_thread.error is RuntimeError, _thread.TIMEOUT_MAX)
print(_thread.LockType is _thread.lock, _thread.LockType.__name__, _thread.RLock.__module__)
print(_thread.daemon_threads_allowed(), _thread._is_main_interpreter(), _thread._count())
print(_thread._get_main_thread_ident() == _thread.get_ident(), type(_thread.get_native_id()).__name__)
print(_thread.stack_size(), _thread.stack_size(65536), _thread.stack_size(0))

# Locks
l = _thread.allocate_lock()
print(norm(repr(l)), l.locked())
print(l.acquire(), l.locked(), norm(repr(l)))
print(l.acquire(False), l.acquire(True, 0.01), l.acquire(timeout=0), l.acquire_lock(0))
l.release()
show(l.release)
with l:
    print('inside', l.locked())
print('after', l.locked(), l.locked_lock())
l2 = _thread.LockType()
print(l2.acquire(blocking=False), l2.locked())
l2.release_lock()
l2._at_fork_reinit()
show(l.acquire, False, 1)
show(l.acquire, True, -2)
show(l.acquire, timeout='x')
show(l.acquire, timeout=float('nan'))
show(l.acquire, True, 1e20)
show(l.acquire, True, _thread.TIMEOUT_MAX * 1.0000000001)
show(l.acquire, 1, 2, 3)
show(l.acquire, x=1)
show(l.locked, 1)
show(l.__exit__, None, None, None)
show(_thread.LockType, 1)
show(_thread.allocate_lock, 1)

# RLock
r = _thread.RLock()
print(norm(repr(r)), r._is_owned(), r._recursion_count())
print(r.acquire(), r.acquire(), r._recursion_count(), r._is_owned())
print(norm(repr(r)))
state = r._release_save()
print(state[0], state[1] == _thread.get_ident(), r._is_owned())
r._acquire_restore(state)
print(r._recursion_count())
r.release(); r.release()
show(r.release)
show(r._release_save)
show(r._acquire_restore, 1)
show(r.acquire, False, 1)
with r:
    with r:
        print('nested', r._recursion_count())
print(r._recursion_count())

# threads
done = _thread.allocate_lock()
box = []
def worker(a, b=0, *, c=0):
    box.append((a, b, c, _thread.get_ident() != _thread._get_main_thread_ident()))
    done.release()
done.acquire()
ident = _thread.start_new_thread(worker, (1,), {'b': 2, 'c': 3})
done.acquire()
print(box, type(ident).__name__)
done.release()
show(_thread.start_new_thread, 1, ())
show(_thread.start_new_thread, print, 1)
show(_thread.start_new_thread, print, (), 1)
show(_thread.start_new_thread, print)
show(_thread.start_new_thread, print, (), {}, 1)

# joinable threads and their handles
h0 = _thread._ThreadHandle()
print(h0.ident, h0.is_done(), repr(h0))
show(h0.join)
show(h0._set_done)
order = []
def slow():
    time.sleep(0.1)
    order.append('slow done')
h = _thread.start_joinable_thread(slow)
print(type(h).__name__, h.is_done(), h.ident != 0)
h.join(0.01)
order.append('join timed out')
h.join()
print(order, h.is_done())
h.join()
h2 = _thread._ThreadHandle()
same = _thread.start_joinable_thread(lambda: None, handle=h2, daemon=False)
print(same is h2)
h2.join()
show(_thread.start_joinable_thread, lambda: None, handle=h2)
show(_thread.start_joinable_thread, 1)
show(_thread.start_joinable_thread, print, handle=1)
me = _thread._make_thread_handle(_thread.get_ident())
print(me.ident == _thread.get_ident(), me.is_done())
show(me.join)
show(_thread._make_thread_handle, 'a')
show(h.join, 'a')
print(_thread._count())

# exit() in a thread ends it quietly
def leaver():
    done.release()
    _thread.exit()
    print('not reached')
done.acquire()
_thread.start_new_thread(leaver, ())
done.acquire()
done.release()
show(_thread.exit, 1)
show(_thread.get_ident, 1)
show(_thread.interrupt_main, 99999)
show(_thread.interrupt_main, 'a')
show(_thread.stack_size, 1)
show(_thread.stack_size, -1)
show(_thread.stack_size, 'a')

# thread-local data
loc = _thread._local()
loc.x = 'main'
def reader():
    box.append(hasattr(loc, 'x'))
    loc.x = 'thread'
    box.append((loc.x, loc.__dict__))
    done.release()
box.clear()
done.acquire()
_thread.start_new_thread(reader, ())
done.acquire()
done.release()
print(box, loc.x, loc.__dict__)
show(_thread._local, 1)
class MyLocal(_thread._local):
    def __init__(self, start):
        self.value = start
        box.append(('init', start))
ml = MyLocal(10)
ml.value += 1
box.clear()
def bump():
    ml.value += 5
    box.append(ml.value)
    done.release()
done.acquire()
_thread.start_new_thread(bump, ())
done.acquire()
done.release()
print(box, ml.value)
try:
    loc.__dict__ = {}
except AttributeError as e:
    print('AttributeError', e)
del loc.x
print(hasattr(loc, 'x'))

# the excepthook, called directly
print(_thread._ExceptHookArgs((1, 2, 3, 4)))
show(_thread._ExceptHookArgs, 1)
show(_thread._excepthook, 1)
class T:
    name = 'worker-7'
try:
    1 / 0
except ZeroDivisionError as e:
    err = e
saved, sys.stderr = sys.stderr, io.StringIO()
_thread._excepthook(_thread._ExceptHookArgs((type(err), err, None, T())))
_thread._excepthook(_thread._ExceptHookArgs((SystemExit, SystemExit(), None, T())))
_thread._excepthook(_thread._ExceptHookArgs((ValueError, ValueError('v'), None, None)))
text, sys.stderr = sys.stderr.getvalue(), saved
for line in text.splitlines():
    if line.startswith('Exception in thread') and 'worker' not in line:
        line = 'Exception in thread IDENT:'
    if line.startswith('  File "'):
        # the script's path is absolute: keep its name only
        path = line.split('"')[1]
        line = line.replace(path, path.rsplit('/', 1)[-1])
    print(line)
