g = {"x": 10}
exec("y = x * 2", g)
print(g["y"], "__builtins__" in g)
l = {}
exec("z = x + 1", g, l)
print(l, "z" in g)
print(eval("x + y", g), eval("1 + 2"), eval("a * b", {}, {"a": 3, "b": 4}))
code = compile("q = 5\nr = q * q", "<str>", "exec")
ns = {}
exec(code, ns)
print(ns["r"], code.co_filename, code.co_name)
e = compile("3 ** 2", "<e>", "eval")
print(eval(e))
s = compile("print('single', 1 + 1)", "<s>", "single")
exec(s)
try:
    eval("1 + )")
except SyntaxError as err:
    print("SyntaxError", err.msg, err.lineno, err.offset)
try:
    exec("def f(:\n  pass")
except SyntaxError as err:
    print("SyntaxError", err.msg, err.lineno)
def f():
    a = 1
    return eval("a + 1"), locals()
print(f())
def g2():
    exec("b = 2")
    return locals().get("b")
print(g2())
print(eval("[i * i for i in range(4)]"))
print(eval("len('abc')", {"__builtins__": {"len": len}}))
try:
    eval("print(1)", {"__builtins__": {}})
except NameError as err:
    print(err)
class Ns(dict):
    def __missing__(self, k):
        return k.upper()
print(eval("hello + world", {}, Ns()))
exec("import sys as _s; v = _s.maxsize > 0", ns)
print(ns["v"])
src = """
def fn(n):
    return n * 3
result = fn(7)
"""
d = {}
exec(src, d)
print(d["result"], d["fn"].__name__, d["fn"].__module__ if "__name__" in d else "nomodule")
print(eval("(lambda: __name__)()", {"__name__": "custom"}))
print(globals()["__name__"], "g" in globals())
x = 1
def h():
    x = 2
    return eval("x"), eval("x", globals())
print(h())
print(type(compile("1", "f", "eval")).__name__)
try:
    compile("x", "f", "bogus")
except ValueError as err:
    print(err)
try:
    exec(123)
except TypeError as err:
    print(err)
