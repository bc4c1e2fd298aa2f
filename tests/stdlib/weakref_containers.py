# WeakValueDictionary, WeakKeyDictionary, WeakSet, WeakMethod and finalize.
import gc
import weakref


class Obj:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return f"Obj({self.n})"

    def get(self):
        return self.n


objs = [Obj(i) for i in range(5)]
wvd = weakref.WeakValueDictionary()
for o in objs:
    wvd[o.n] = o
print(len(wvd), sorted(wvd.keys()), wvd[2], 3 in wvd, wvd.get(9, "none"))
del objs[1:3]
gc.collect()
print(len(wvd), sorted(wvd.keys()), 1 in wvd, wvd.get(1))
try:
    wvd[1]
except KeyError as e:
    print("KeyError", e)
print(sorted(v.n for v in wvd.values()), sorted(k for k, v in wvd.items()))
print(len(wvd.valuerefs()), sorted(r().n for r in wvd.itervaluerefs()))
print(repr(wvd).startswith("<WeakValueDictionary at 0x"))
c = wvd.copy()
print(type(c).__name__, sorted(c.keys()))
print(wvd.pop(0), wvd.pop(0, "gone"), sorted(wvd))
print(wvd.setdefault(3, None), len(wvd))
k, v = wvd.popitem()
print(k, v, len(wvd))
extra = Obj(10)
wvd.update({10: extra}, eleven=extra)
print(sorted(wvd, key=str))
wvd2 = weakref.WeakValueDictionary({"x": extra})
print(wvd2 == {"x": extra}, (wvd2 | {"y": extra}).keys() is not None)
del extra
gc.collect()
print(len(wvd2), len(wvd))

# iteration guards: entries dying while iterating are removed afterwards
objs = [Obj(i) for i in range(6)]
wvd = weakref.WeakValueDictionary((o.n, o) for o in objs)
seen = []
for key in wvd:
    if key == 0:
        del objs[3:]
        gc.collect()
    seen.append(key)
print(len(seen) >= 3, len(wvd))

keys = [Obj(i) for i in range(4)]
wkd = weakref.WeakKeyDictionary()
for o in keys:
    wkd[o] = o.n * 10
print(len(wkd), wkd[keys[1]], keys[2] in wkd, 5 in wkd, wkd.get(keys[3]))
del keys[0]
gc.collect()
print(len(wkd), sorted(wkd.values()), sorted(o.n for o in wkd.keys()))
print(len(wkd.keyrefs()), sorted((k.n, v) for k, v in wkd.items()))
del wkd[keys[0]]
print(len(wkd), wkd.pop(keys[1]), wkd.setdefault(keys[2], 99), len(wkd))
print(repr(wkd).startswith("<WeakKeyDictionary at 0x"), sorted(x.n for x in wkd.copy()))
wkd.clear()
print(len(wkd))

members = [Obj(i) for i in range(5)]
ws = weakref.WeakSet(members)
print(len(ws), members[0] in ws, Obj(9) in ws, 3 in ws)
del members[:2]
gc.collect()
print(len(ws), sorted(o.n for o in ws))
ws.add(members[0])
ws.discard(members[1])
print(len(ws))
other = weakref.WeakSet(members)
print(ws <= other, ws < other, other >= ws, ws == other, ws.isdisjoint(weakref.WeakSet()))
print(sorted(o.n for o in ws | other), sorted(o.n for o in other - ws), sorted(o.n for o in other & ws))
print(sorted(o.n for o in other ^ ws))
print(ws.pop() is not None, len(ws))
ws.clear()
print(len(ws), repr(weakref.WeakSet()))
try:
    weakref.WeakSet().pop()
except KeyError as e:
    print("KeyError", e)

# WeakMethod
m_obj = Obj(7)
wm = weakref.WeakMethod(m_obj.get, lambda r: print("method gone"))
print(wm()(), wm() == m_obj.get, wm == weakref.WeakMethod(m_obj.get))
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print(e)
del m_obj
gc.collect()
print(wm())

# finalize
log = []
target = Obj(1)
fin = weakref.finalize(target, log.append, "finalized")
print(fin.alive, fin.atexit, fin.peek()[1] is log.append)
del target
gc.collect()
print(log, fin.alive, fin.peek(), fin())
t2 = Obj(2)
f2 = weakref.finalize(t2, lambda *a, **k: (a, k), 1, b=2)
print(f2(), f2(), f2.alive)
t3 = Obj(3)
f3 = weakref.finalize(t3, print, "never")
print(f3.detach()[2], f3.detach(), f3.alive)
t4 = Obj(4)
f4 = weakref.finalize(t4, print, "at exit, 4")
t5 = Obj(5)
f5 = weakref.finalize(t5, print, "at exit, 5")
t6 = Obj(6)
f6 = weakref.finalize(t6, print, "not at exit")
f6.atexit = False
print(f6.atexit, "end")
