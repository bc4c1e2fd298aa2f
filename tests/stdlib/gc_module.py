# The gc module over Go's collector: its API, constants and messages; collect
# runs the callbacks; containers of atomic objects are not tracked.
import gc

def show(fn, *a, **k):
    try:
        print(repr(fn(*a, **k)))
    except BaseException as e:
        print(type(e).__name__, e)

print(sorted(n for n in dir(gc) if not n.startswith('_')))
print(gc.DEBUG_COLLECTABLE, gc.DEBUG_LEAK, gc.DEBUG_SAVEALL, gc.DEBUG_STATS, gc.DEBUG_UNCOLLECTABLE)
print(gc.isenabled(), gc.get_threshold(), type(gc.get_count()), len(gc.get_count()), gc.get_debug(), gc.callbacks, gc.garbage)
show(gc.collect, 3)
show(gc.collect, -1)
show(gc.collect, 'x')
show(gc.collect, 1.5)
show(gc.collect, generation=1)
show(gc.collect, 1, 2)
show(gc.collect, gen=1)
show(gc.set_threshold)
show(gc.set_threshold, 1, 2, 3, 4)
show(gc.set_threshold, 'x')
show(gc.set_threshold, 700, 10)
print(gc.get_threshold())
show(gc.set_threshold, -5)
print(gc.get_threshold())
show(gc.set_threshold, 2**40)
show(gc.set_threshold, 700, 10, 10)
show(gc.set_threshold, a=1)
show(gc.set_debug, 'x')
show(gc.set_debug, gc.DEBUG_STATS); show(gc.get_debug); gc.set_debug(0)
show(gc.set_debug, -1); show(gc.get_debug); gc.set_debug(0)
show(gc.set_debug)
show(gc.disable); print(gc.isenabled()); show(gc.enable); print(gc.isenabled())
show(gc.enable, 1)
class C: pass
def f(): pass
for o in [1, 'x', 1.5, None, b'', [], {}, {1: 2}, {1: []}, {'a': C()}, (1, 2), ([],), ((1, 'a'), 2), set(), C(), f, C, gc]:
    print(type(o).__name__, gc.is_tracked(o), gc.is_finalized(o))
show(gc.is_tracked)
show(gc.is_tracked, 1, 2)
show(gc.get_objects, 5)
show(gc.get_objects, generation=5)
show(gc.get_objects, generation=3)
show(gc.get_objects, generation=-2)
show(gc.get_objects, generation='x')
show(gc.get_objects, generation=1.5)
print(type(gc.get_objects()), type(gc.get_objects(generation=None)), type(gc.get_objects(0)))
print(type(gc.get_referrers(1)), gc.get_referents(1), gc.get_referents([1, 'a']), gc.get_referents((1, 2), [3]), gc.get_referents())
print(gc.get_referents({'a': 1, 'b': 2}), gc.get_referents({1: 'x'}), gc.get_referents({1, 2, 3}))
show(gc.get_referents, x=1)
show(gc.get_stats, 1)
print(type(gc.get_stats()), len(gc.get_stats()), sorted(gc.get_stats()[0]))
before = gc.get_stats()[2]['collections']
gc.collect()
print(gc.get_stats()[2]['collections'] - before)
show(gc.freeze, 1)
show(gc.unfreeze, 1)
show(gc.get_freeze_count, 1)
gc.unfreeze()
print(gc.get_freeze_count())
events = []
def cb(phase, info):
    events.append((phase, sorted(info), info['generation']))
gc.callbacks.append(cb)
print(gc.collect(1), gc.collect())
print(events)
def bad(phase, info):
    raise ValueError('callback')
gc.callbacks[:] = [bad]
print(gc.collect())
gc.callbacks.clear()
print(gc.__doc__.splitlines()[0])
