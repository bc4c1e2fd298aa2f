# Error messages name a type by CPython's tp_name: a class statement's __name__
# (not its module or qualname), a builtin type's dotted name ('sys.flags').
import sys

ns = {"__name__": "mmm"}
exec("class Foo:\n    class Inner: pass\n", ns)
Foo = ns["Foo"]
for thunk in [lambda: Foo()(), lambda: Foo.Inner()(), lambda: hash(sys.monitoring.events),
              lambda: sys.flags(), lambda: len(Foo()), lambda: Foo() + 1, lambda: Foo()[0],
              lambda: type(sys.flags)(), lambda: iter(Foo.Inner())]:
    try:
        thunk()
    except TypeError as e:
        print(e)
print(repr(Foo), repr(Foo.Inner), Foo.__qualname__, Foo.Inner.__qualname__)
