import a.b.c
print(a.b.c.X)
print(sorted(k for k in dir(a) if not k.startswith('__')))
print(sorted(k for k in dir(a.b) if not k.startswith('__')))
def f():
    import a.b.c
    return a
print(f() is a)
print(sorted(k for k in globals() if not k.startswith('__')))
