def make_counters():
    counters = []
    for i in range(3):
        def counter(start=i):
            count = start
            def inc():
                nonlocal count
                count += 1
                return count
            return inc
        counters.append(counter())
    return counters
cs = make_counters()
print([c() for c in cs], [c() for c in cs])
def outer():
    x = 1
    def mid():
        nonlocal x
        x += 1
        def inner():
            nonlocal x
            x *= 10
            return x
        return inner
    f = mid()
    return f(), x
print(outer())
def cell_shared():
    v = []
    def add(x):
        v.append(x)
    def get():
        return v
    return add, get
add, get = cell_shared()
add(1); add(2)
print(get(), add.__closure__[0] is get.__closure__[0] if add.__closure__ and get.__closure__ else None)
def late():
    fns = []
    for i in range(3):
        fns.append(lambda: i)
    i = 100
    return [f() for f in fns]
print(late())
def class_in_func():
    val = 'captured'
    class K:
        attr = val
        def m(self):
            return val
    return K
K = class_in_func()
print(K.attr, K().m())
def func_class_scope():
    x = 'function x'
    class C:
        x = 'class x'
        def get(self):
            return x
        y = x
    return C().get(), C.y
print(func_class_scope())
def gen_closure():
    total = 0
    def gen():
        nonlocal total
        for i in range(3):
            total += i
            yield total
    return gen, lambda: total
gen, tot = gen_closure()
print(list(gen()), tot())
x = 'module'
def reads_global():
    def inner():
        return x
    return inner()
print(reads_global())
def del_cell():
    a = 1
    def f():
        return a
    del a
    try:
        return f()
    except NameError as e:
        return str(e)
print(del_cell())
def recursion_closure():
    def fact(n):
        return 1 if n <= 1 else n * fact(n - 1)
    return fact
print(recursion_closure()(10))
adders = {n: (lambda n: lambda x: x + n)(n) for n in range(3)}
print([adders[k](10) for k in adders])
