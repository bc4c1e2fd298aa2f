# _thread, threading and queue with ill-typed and out-of-range arguments: module
# functions, lock, RLock, thread-handle and thread-local methods (each call on a
# fresh object, so that no acquire can block), and the Python classes over them.
# Any exception may come but SystemError (a Go panic in Kaa). Run by
# safety_test.go. interrupt_main is called only with invalid signal numbers.
import _thread, threading, queue

args_pool = [(), (1,), ('x',), (None,), ([],), ({},), (1, 2), ('a', 'b'), (b'x',), (1.5,), (object(),), ((1,),),
             (-1,), (2**70,), (0,), (-2**63,), (2**63,), (float('inf'),), (float('nan'),), (-1.5,), (1e20,),
             (1, 2, 3), (1, 2, 3, 4), (False, 1), (True, -2), (True, 2**70), (True, float('nan')), (0, 0),
             (len, ()), (len, (), {}), (len, 1), (len, (), 1), (len, ({},), {1: 2}), ((1, 2),), ((2**70, 1),)]
kw_pool = [{}, {'bogus': 1}, {'timeout': -5}, {'timeout': 'x'}, {'blocking': False, 'timeout': 1},
           {'handle': 1}, {'daemon': 1}, {'handle': None}]
bad = count = 0

def call(label, f, a, k):
    global bad, count
    count += 1
    try:
        f(*a, **k)
    except SystemError as e:
        bad += 1
        print('SYSTEMERROR', label, a, k, e)
    except BaseException:
        pass

skip = {'interrupt_main', '_shutdown'}
for n in dir(_thread):
    f = getattr(_thread, n)
    if n.startswith('__') or n in skip or not callable(f) or isinstance(f, type):
        continue
    for a in args_pool:
        for k in kw_pool:
            call(n, f, a, k)
for a in [(0,), (-1,), (65,), (2**70,), ('x',), (None,), (1, 2)]:
    call('interrupt_main', _thread.interrupt_main, a, {})

# Types, and the methods of fresh instances.
def fresh_lock():
    return _thread.allocate_lock()
def held_lock():
    l = _thread.allocate_lock()
    l.acquire()
    return l
def fresh_rlock():
    return _thread.RLock()
def fresh_handle():
    return _thread._ThreadHandle()
def fresh_local():
    return _thread._local()
for typ in [_thread.LockType, _thread.RLock, _thread._ThreadHandle, _thread._local, _thread._ExceptHookArgs]:
    for a in args_pool:
        for k in kw_pool:
            call(typ.__name__, typ, a, k)
for make in [fresh_lock, held_lock, fresh_rlock, fresh_handle, fresh_local]:
    names = [n for n in dir(make()) if not n.startswith('__') or n in ('__enter__', '__exit__', '__repr__', '__getattribute__', '__setattr__', '__delattr__')]
    for n in names:
        for a in args_pool:
            for k in kw_pool:
                obj = make()
                if make is held_lock and n in ('acquire', 'acquire_lock', '__enter__') and not (a[:1] == (False,) or k.get('blocking') is False):
                    continue        # would wait for ever, as in CPython
                try:
                    m = getattr(obj, n)
                except AttributeError:
                    continue
                call(make.__name__ + '.' + n, m, a, k)

# The Python classes over them.
small = [(), (1,), ('x',), (None,), (-1,), (1.5,), (float('nan'),), (object(),), (1, 2), (0,)]
for cls in [threading.Thread, threading.Semaphore, threading.BoundedSemaphore, threading.Event,
            threading.Condition, threading.Barrier, threading.Timer, queue.Queue, queue.LifoQueue,
            queue.PriorityQueue, queue.SimpleQueue]:
    for a in small:
        call(cls.__name__, cls, a, {})
# Only calls that cannot wait for ever (a full queue's put and an empty queue's
# get with block true and no valid timeout would, in CPython too).
for f, arglist in [(threading.Event().wait, [('x',), (-1,), (float('nan'),), (None, 1)]),
                   (threading.Semaphore(1).release, [('x',), (0,), (None,), (1.5,)]),
                   (queue.Queue(1).put, [(1, True, 'x'), (1, True, -1), (1, False, 'x'), (1, 0, 0), (1, 2, 3, 4)]),
                   (queue.Queue().get, [(True, 'x'), (True, -1), (False, 'x'), (0, 0), (1, 2, 3)]),
                   (queue.SimpleQueue().get, [(True, 'x'), (True, -1), (False, 1), (0, None), (1, 2, 3)])]:
    for a in arglist:
        call(f.__name__, f, a, {})
print('calls', count, 'system errors', bad)
