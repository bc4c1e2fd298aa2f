for i in range(3):
    if i == 5:
        break
else:
    print('for-else ran')
for i in range(3):
    if i == 1:
        break
else:
    print('not printed')
print('broke at', i)
n = 0
while n < 3:
    n += 1
else:
    print('while-else', n)
while True:
    n -= 1
    if n == 0:
        break
else:
    print('never')
for i in []:
    pass
else:
    print('empty for-else')
for i in range(10):
    if i % 2:
        continue
    if i > 6:
        break
    print('even', i)
outer_done = False
for a in range(3):
    for b in range(3):
        if a * b == 2:
            outer_done = True
            break
    if outer_done:
        break
print('found', a, b)
def find(items, target):
    for idx, x in enumerate(items):
        if x == target:
            return idx
    else:
        return -1
print(find('abc', 'c'), find('abc', 'z'))
i = 0
while i < 10:
    i += 1
    try:
        if i == 3:
            continue
        if i == 5:
            break
    finally:
        print('finally', i)
for x in range(2):
    for y in range(2):
        pass
print(x, y)
count = 0
for _ in iter(lambda: (count := count + 1) if False else None, 1):
    break
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a, b)
for k, v in sorted({'z': 1, 'a': 2}.items()):
    print(k, v)
it = iter(range(5))
for x in it:
    if x == 1:
        next(it)
    print('x', x)
