class F:
    def __format__(self, spec):
        return f"<F {spec!r}>"
print(format(F(), "xyz"), f"{F():>10}", "{:abc}".format(F()), f"{F()!r:5}"[:3])
class S:
    def __str__(self): return "str!"
    def __repr__(self): return "repr!"
print(f"{S()}", f"{S()!s}", f"{S()!r}", f"{S()!a}", format(S()), format(S(), ""), "%s %r" % (S(), S()))
try:
    format(S(), "10")
except TypeError as e:
    print(e)
print(format(3.14159, ".2f"), format(42, "08b"), format(255, "#x"), format(1234567, ","), format(1234567.891, "_.2f"))
print(format("hi", "^7"), format("hi", "*<5"), format(-5, "+"), format(5, " "), format(0.5, "%"), format(1e20, "g"))
print(f"{'nested':{'>'}{10}}", f"{3.0:{'.'}{3}f}", f"{12:{''}}", f"{{literal}}")
x = 10
print(f"{x=}", f"{x = }", f"{x=:5}", f"{x!r:>4}", f"{'a' 'b'}", f"{x:{x}}")
print(f"{[1, 2]}", f"{ {'a': 1}['a'] }", f"{(lambda: 5)()}", f"{x if x else 0}")
print(f"{3.5:g} {1e-7:g} {123456789.0:g} {0.0001:g} {1e16:g} {-0.0:g}")
print(f"{1.5:e} {0:e} {12345.6789:.3e} {1e300:E}")
print(f"{255:x} {255:X} {255:o} {255:b} {255:c} {-255:#x} {97:c}")
print(f"{12345:>10,} {12345.5:010.2f} {-42:=8} {42:^+8}")
print(f"{'s':s} {True} {True:d} {False!r} {None}")
print(format(float("nan")), format(float("inf"), "+"), format(float("-inf"), ".2f"), f"{float('nan'):F}")
print(format(1.0), format(1e16), format(1.5e-5), format(123.0, ".0f"), format(0.1 + 0.2), format(2.5, ".0f"), format(3.5, ".0f"))
print("{0} {1} {0}".format("a", "b"), "{name}-{x}".format(name="n", x=1), "{0[1]} {a.real}".format([5, 6], a=3), "{!r:^9}".format("q"))
try:
    "{} {0}".format(1, 2)
except ValueError as e:
    print(e)
try:
    "{".format()
except ValueError as e:
    print(e)
try:
    format(1, "q")
except ValueError as e:
    print(e)
try:
    format("s", "d")
except ValueError as e:
    print(e)
print("%5d|%-5d|%05d|%x|%o|%e|%g|%c|%%|%r|%.2s" % (42, 42, 42, 255, 8, 1.5, 0.00001, 65, "abc", "xyz"))
print("%(a)s %(b)d" % {"a": "A", "b": 2}, "%s" % (1,), "%s" % [1], "%.3f" % 2.0005, "%+d %+d" % (5, -5), "%#x %#o" % (255, 8))
try:
    "%d" % "x"
except TypeError as e:
    print(e)
try:
    "%s %s" % (1,)
except TypeError as e:
    print(e)
try:
    "%s" % (1, 2)
except TypeError as e:
    print(e)
