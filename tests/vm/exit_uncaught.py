def f():
    raise ValueError('uncaught at top')
print('start')
f()
