# Set iteration order after long random sequences of every set operation: the table
# must grow, shrink and reuse dummies exactly as CPython's setobject.c does.
state = 12345


def rnd(n):
    global state
    state = (state * 1103515245 + 12345) & 0x7FFFFFFF
    return (state >> 8) % n


def key():
    k = rnd(6)
    if k == 0:
        return rnd(40) * 8          # same low bits: long probe chains
    if k == 1:
        return rnd(300)
    if k == 2:
        return -rnd(50) - 1
    if k == 3:
        return "s%d" % rnd(60)
    if k == 4:
        return rnd(20) * 1024 + 3
    return (rnd(5), rnd(5))


def some(n):
    return [key() for _ in range(rnd(n))]


def step(s, log):
    op = rnd(24)
    if op < 6:
        s.add(key())
    elif op < 9:
        s.discard(key())
    elif op == 9:
        s.update(some(30))
    elif op == 10:
        s.difference_update(some(40))
    elif op == 11:
        s.difference_update(set(some(60)))
    elif op == 12:
        s.intersection_update(set(some(200)) | set(list(s)[: rnd(len(s) + 1)]))
    elif op == 13:
        s.symmetric_difference_update(some(20))
    elif op == 14:
        s |= set(some(20))
    elif op == 15:
        s -= set(some(30))
    elif op == 16:
        s ^= frozenset(some(15))
    elif op == 17:
        s &= set(list(s)[rnd(len(s) + 1):]) | set(some(10))
    elif op == 18:
        if s:
            log.append(s.pop())
    elif op == 19:
        other = set(some(25))
        log.append(list(s | other))
        log.append(list(s & other))
        log.append(list(s - other))
        log.append(list(s ^ other))
        log.append(list(other - s))
        log.append(list(other ^ s))
    elif op == 20:
        other = some(25)
        log.append(list(s.union(other, some(5))))
        log.append(list(s.intersection(other)))
        log.append(list(s.difference(other, some(5))))
        log.append(list(s.symmetric_difference(other)))
        log.append(list(s.difference({k: 1 for k in other})))
    elif op == 21:
        log.append(list(set(s)))
        log.append(list(frozenset(s)))
        log.append(list(s.copy()))
    elif op == 22:
        for _ in range(rnd(40)):
            s.add(key())
    else:
        for x in list(s)[: rnd(len(s) + 1)]:
            s.remove(x)
    log.append(list(s))


for trial in range(60):
    s = set(some(rnd(3) * 30 + 1))
    log = []
    for _ in range(rnd(80) + 10):
        step(s, log)
    print(trial, len(s), hash(frozenset(s)) == hash(frozenset(list(s))))
    for entry in log[-3:]:
        print("  ", entry)
    print("  ", len(log), hash(repr(log)))

# pop() resumes where the previous pop stopped
s = set(range(0, 200, 3))
out = []
for i in range(30):
    out.append(s.pop())
    if i % 4 == 0:
        s.add(i * 7)
print(out, list(s))

# a large set, sieved in place: ascending order survives under CPython's table rules
s = set(range(3, 7072, 2))
s.add(2)
p = 3
while p * p < 7072:
    if p in s:
        s.difference_update(set(range(p * p, 7072, p)))
    p += 2
primes = list(s)
print(len(primes), primes == sorted(primes), primes[:8], primes[-4:])
