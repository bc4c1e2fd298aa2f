# select: select, poll and epoll on a pipe, timeouts, a signal handler run during
# a wait (which then goes on) or raising out of it, and the argument errors.
import select, os, time, signal
r, w = os.pipe()
N = {r: 'r', w: 'w'}


def names(x):
    if isinstance(x, int):
        return N.get(x, x)
    if isinstance(x, tuple) and len(x) == 2 and isinstance(x[1], int):
        return (names(x[0]), x[1])  # (fd, events)
    if isinstance(x, (list, tuple)):
        return type(x)(names(i) for i in x)
    return x


print(names(select.select([r], [w], [], 0)))
os.write(w, b'x')
print(names(select.select([r, r], [], [r], 0.1)))
p = select.poll()
p.register(r, select.POLLIN); p.register(w)
print(names(sorted(p.poll(0))))
p.modify(w, select.POLLIN)
print(names(p.poll(10)))
p.unregister(w)
try: p.unregister(w)
except KeyError as e: print('KeyError', names(e.args[0]))
try: p.modify(99, 1)
except OSError as e: print(e)
ep = select.epoll()
print(ep.closed, type(ep.fileno()))
ep.register(r, select.EPOLLIN)
print(names(ep.poll(0)))
os.read(r, 1)
t = time.monotonic(); print(ep.poll(0.05), time.monotonic() - t >= 0.05)
with select.epoll() as e2:
    e2.register(w, select.EPOLLOUT)
    print(names(e2.poll(1, 5)))
print(e2.closed)
try: e2.poll()
except ValueError as e: print(e)
e3 = select.epoll.fromfd(os.dup(ep.fileno())); print(type(e3).__name__)
signal.signal(signal.SIGALRM, lambda s, f: print('alarm'))
signal.setitimer(signal.ITIMER_REAL, 0.05)
t = time.monotonic(); print(select.select([r], [], [], 0.2), time.monotonic() - t >= 0.19)
def boom(s, f): raise OSError('boom')
signal.signal(signal.SIGALRM, boom)
signal.setitimer(signal.ITIMER_REAL, 0.05)
try: p.poll(1000)
except OSError as e: print('raised', e)
for args in [([], [], [], -1), ([-1], [], []), (1, [], []), (['x'], [], []), ([], [], [], 'x')]:
    try: select.select(*args)
    except Exception as e: print(type(e).__name__, e)
print(select.error)
