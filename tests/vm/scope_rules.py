x = 'global'
def outer():
    x = 'enclosing'
    def inner():
        return x
    def inner_global():
        global x
        return x
    return inner(), inner_global()
print(outer())
def assign_later():
    try:
        print(y)
    except NameError as e:
        print(type(e).__name__, e)
    y = 1
    return y
print(assign_later())
def comprehension_scope():
    n = 10
    return [n * i for i in range(3)], {i: n for i in range(2)}, list(n + j for j in range(2))
print(comprehension_scope())
class Scope:
    attr = 'class attr'
    def method(self):
        try:
            return attr
        except NameError as e:
            return 'NameError: ' + str(e)
    lst = [attr for _ in range(1)] if False else None
print(Scope().method())
def counter_factory():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    def get():
        return count
    return inc, get
inc, get = counter_factory()
inc(); inc()
print(get())
def shadow_builtin():
    len = lambda x: 'shadowed'
    return len([1, 2])
print(shadow_builtin(), len([1, 2]))
import builtins
builtins.custom_builtin_name = 'from builtins'
print(custom_builtin_name)
del builtins.custom_builtin_name
try:
    custom_builtin_name
except NameError as e:
    print(e)
def default_scope(a=x):
    return a
x = 'changed'
print(default_scope(), x)
def loop_var_leak():
    for i in range(3):
        pass
    return i
print(loop_var_leak())
g = [lambda: i for i in range(2)]
print([f() for f in g])
def global_decl():
    global new_global_var
    new_global_var = 42
global_decl()
print(new_global_var)
