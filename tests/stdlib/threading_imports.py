# Imports from several threads at once: a thread asking for a module that another
# thread is importing waits until that import is done, and never sees the module
# half made (importlib's module locks).
import os, sys, threading

sys.dont_write_bytecode = True
home = '/tmp/kaa_threading_imports_%d' % os.getpid()
os.mkdir(home)
with open(os.path.join(home, 'slowmod.py'), 'w') as f:
    f.write('import time\nfirst = 1\ntime.sleep(0.1)\nlast = 2\n')
sys.path.insert(0, home)
seen, lock = [], threading.Lock()

def load(name):
    m = __import__(name)
    with lock:
        seen.append((name, hasattr(m, 'first'), hasattr(m, 'last')))

try:
    ts = [threading.Thread(target=load, args=('slowmod',)) for _ in range(4)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    for item in sorted(seen):
        print(item)
    print('slowmod' in sys.modules)
finally:
    os.remove(os.path.join(home, 'slowmod.py'))
    os.rmdir(home)
