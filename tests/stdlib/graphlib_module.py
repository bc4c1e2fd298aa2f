# graphlib.TopologicalSorter: static orders, the get_ready/done protocol,
# the cycles CycleError reports (which one is found depends on the search
# order, so it is compared with python3.13's), and the errors.
import graphlib
import random

g = {'d': ['b', 'c'], 'b': ['a'], 'c': ['a'], 'e': [], 'f': ['e', 'd']}
print(list(graphlib.TopologicalSorter(g).static_order()))
ts = graphlib.TopologicalSorter()
ts.add(3, 2, 1)
ts.add(1, 0)
ts.add(-2, 3)
ts.add(-2, 1)
ts.prepare()
while ts:
    ready = ts.get_ready()
    print('ready', ready, ts.is_active())
    ts.done(*ready)
print(ts.get_ready(), bool(ts))
for graph in [{1: [2], 2: [1]}, {1: [2], 2: [3], 3: [1], 4: [1]}, {'a': ['a']}, {1: [2, 3], 3: [4], 4: [3, 1]},
              {0: [-2], -2: [0]}]:
    ts = graphlib.TopologicalSorter(graph)
    try:
        ts.prepare()
    except graphlib.CycleError as e:
        print('CycleError', e.args, ts.get_ready(), ts.is_active())
rng = random.Random(3)
for trial in range(200):
    n = rng.randrange(2, 12)
    graph = {i: rng.sample(range(n), rng.randrange(0, 3)) for i in range(n)}
    ts = graphlib.TopologicalSorter(graph)
    try:
        print(trial, list(ts.static_order()))
    except graphlib.CycleError as e:
        print(trial, 'cycle', e.args[1])
ts = graphlib.TopologicalSorter({1: [0]})
for f in [lambda: ts.get_ready(), lambda: ts.is_active(), lambda: ts.done(1)]:
    try:
        f()
    except ValueError as e:
        print('ValueError', e)
ts.prepare()
for f in [lambda: ts.add(5), lambda: ts.prepare(), lambda: ts.done(7), lambda: ts.done(1)]:
    try:
        f()
    except ValueError as e:
        print('ValueError', e)
print(ts.get_ready())
ts.done(0)
try:
    ts.done(0)
except ValueError as e:
    print('ValueError', e)
try:
    ts.add([])
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)
try:
    graphlib.TopologicalSorter().add([], 1)
except TypeError as e:
    print('TypeError', e)
print(graphlib.TopologicalSorter[int], issubclass(graphlib.CycleError, ValueError), graphlib.__all__)
