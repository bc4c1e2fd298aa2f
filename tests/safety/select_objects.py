# select with ill-typed and out-of-range arguments: the waits get a zero timeout
# or arguments they must reject, so nothing blocks.
import os
import select

r, w = os.pipe()
vals = [None, 'x', -1, 0, 1.5, 2**70, -2**63, [], [r], [w, 'x'], [-1], [2**40], (object(),), float('nan'), float('inf'), -0.5, 1j, b'x', r, w]
bad = count = 0


def call(name, f, *a, **k):
    global bad, count
    count += 1
    try:
        f(*a, **k)
    except SystemError as e:
        bad += 1
        print('SYSTEMERROR', name, a, k, e)
    except BaseException:
        pass


for a in vals:
    for b in vals:
        call('select', select.select, a, b, [], 0)
        call('select timeout', select.select, [], [w], [], a)
    call('select 2', select.select, a, [])
p = select.poll()
ep = select.epoll()
for a in vals:
    for b in vals:
        for obj, name in [(p, 'poll'), (ep, 'epoll')]:
            call(name + '.register', obj.register, a, b)
            call(name + '.modify', obj.modify, a, b)
            call(name + '.unregister', obj.unregister, a)
    for obj in [p, ep]:
        obj.register(w, 4)
        call('poll', obj.poll, a)  # w is writable: no wait
        obj.unregister(w)
    call('epoll.poll maxevents', ep.poll, 0, a)
    call('epoll()', select.epoll, a)
    call('epoll(flags)', select.epoll, -1, a)
    if not isinstance(a, int) or not 0 <= a < 2**31:  # a real fd would be closed with the object
        call('epoll.fromfd', select.epoll.fromfd, a)
call('poll kw', p.poll, timeout=0)
call('epoll kw', ep.poll, timeout=0, maxevents=1, bogus=1)
ep.close()
for name in ['register', 'modify', 'unregister', 'poll', 'fileno', '__enter__']:
    call('closed ' + name, getattr(ep, name), r, 1)
    call('closed ' + name, getattr(ep, name))
print('calls', count, 'system errors', bad)
