def grep(pattern, target):
    while True:
        line = yield
        if pattern in line:
            target.send(line)
def counter_sink(results):
    while True:
        line = yield
        results.append(len(line.split()))
def printer(prefix, out):
    while True:
        item = yield
        out.append(f'{prefix}{item}')
def primed(gen):
    next(gen)
    return gen
res, out = [], []
sink = primed(counter_sink(res))
p = primed(printer('> ', out))
g1 = primed(grep('error', sink))
g2 = primed(grep('warn', p))
for line in ['ok all good', 'error: disk full', 'warn: low memory', 'error and warn both', 'fine']:
    g1.send(line)
    g2.send(line)
print(res, out)
def broadcast(*targets):
    while True:
        item = yield
        for t in targets:
            t.send(item)
a, b = [], []
bc = primed(broadcast(primed(printer('a:', a)), primed(printer('b:', b))))
for x in range(3):
    bc.send(x)
print(a, b)
for g in (g1, g2, bc):
    g.close()
print(g1.gi_frame, bc.gi_frame)
