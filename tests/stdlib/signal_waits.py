# signal: a handler runs while the main thread blocks in os.read on a pipe, a queue,
# an event, a join and a raw file read, which then go on; a handler's exception ends
# the read.
import signal, os, threading, queue, time, sys
got = []
signal.signal(signal.SIGALRM, lambda s, f: got.append('alarm'))
def later(fn, d=0.2):
    threading.Timer(d, fn).start()
r, w = os.pipe()
signal.setitimer(signal.ITIMER_REAL, 0.05); later(lambda: os.write(w, b'x'))
print(os.read(r, 1), got)
q = queue.Queue(); signal.setitimer(signal.ITIMER_REAL, 0.05); later(lambda: q.put(1))
print(q.get(), got)
e = threading.Event(); signal.setitimer(signal.ITIMER_REAL, 0.05); later(e.set)
print(e.wait(), got)
signal.setitimer(signal.ITIMER_REAL, 0.05)
t = threading.Thread(target=time.sleep, args=(0.2,)); t.start(); t.join(); print('join', got)
f = os.fdopen(r, 'rb', buffering=0); signal.setitimer(signal.ITIMER_REAL, 0.05); later(lambda: os.write(w, b'y'))
print(f.read(1), got)
def boom(s, fr): raise KeyboardInterrupt
signal.signal(signal.SIGALRM, boom)
signal.setitimer(signal.ITIMER_REAL, 0.05)
try: f.read(1)
except KeyboardInterrupt: print('KI during read')
