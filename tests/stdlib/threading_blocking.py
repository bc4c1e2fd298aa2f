# Calls that block release the interpreter lock: other threads run while the main
# thread waits in os.system, os.read of a pipe, time.sleep, a lock's acquire, a
# join and a queue's get; and a thread spinning in pure Python code lets the
# others in at the switch interval.
import os, queue, sys, threading, time

def ticker(n, out):
    for i in range(n):
        out.append(i)
        time.sleep(0.01)

ticks = []
t = threading.Thread(target=ticker, args=(5, ticks))
t.start()
print('system', os.system('sleep 0.3'), 'ticks meanwhile', len(ticks))
t.join()

r, w = os.pipe()
def writer():
    time.sleep(0.05)
    os.write(w, b'through the pipe')
threading.Thread(target=writer).start()
print(os.read(r, 100))
os.close(r)
os.close(w)

ticks = []
t = threading.Thread(target=ticker, args=(5, ticks))
t.start()
time.sleep(0.3)
print('sleep', len(ticks))
t.join()

lock = threading.Lock()
lock.acquire()
ticks = []
def release_later():
    ticker(3, ticks)
    lock.release()
threading.Thread(target=release_later).start()
print('acquired', lock.acquire(timeout=5), len(ticks))

q = queue.Queue()
threading.Thread(target=lambda: (time.sleep(0.05), q.put('item'))).start()
print('got', q.get(timeout=5))

# two threads in pure Python loops both make progress
sys.setswitchinterval(0.001)
counts = [0, 0]
stop = threading.Event()
def spin(k):
    while not stop.is_set():
        counts[k] += 1
spinners = [threading.Thread(target=spin, args=(k,)) for k in range(2)]
for s in spinners:
    s.start()
time.sleep(0.2)
stop.set()
for s in spinners:
    s.join()
print('both spun', counts[0] > 0 and counts[1] > 0, sys.getswitchinterval())
