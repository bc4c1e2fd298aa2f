# Lambdas and comprehensions inside annotation scopes nested in a class (3.13 allows
# them; the comprehensions there are not inlined), `not not x`, and an inlined
# comprehension whose variable is a cell while the same name is free outside.

class C:
    K = 5

    def m[Z: (lambda: 3)](self):
        pass

    def n[Z: [x * 2 for x in (1, 2)]](self):
        pass

    def kk[Z: [K for x in (1,)]](self):
        pass

    type A = lambda: 5
    type B = [x + 1 for x in (1, 2)]
    type G = (x for x in (7, 8))
    type S = {x for x in "ab"}
    type M = {x: len(x) for x in ("a", "bb")}

    class D[T: (lambda: 4)]:
        pass


print(C.m.__type_params__[0].__bound__())
print(C.n.__type_params__[0].__bound__)
try:
    print(C.kk.__type_params__[0].__bound__)
except NameError as e:
    print("NameError:", e)
print(C.A.__value__(), C.B.__value__, list(C.G.__value__), sorted(C.S.__value__), C.M.__value__)
print(C.D.__type_params__[0].__bound__())
print(C.m.__type_params__[0].__bound__.__qualname__)
print(C.n.__type_params__[0].evaluate_bound if hasattr(C.n.__type_params__[0], "evaluate_bound") else "-")


def nots(x):
    return not not x, not not not x


print(nots(0), nots([1]), nots(""))

type Alias[T: [lambda: T for T in (T, [1])[1]]] = [lambda: T for T in T.__name__]
func, = Alias.__value__
print(func())
T, = Alias.__type_params__
print([f() for f in T.__bound__], T.__bound__[0].__qualname__, func.__qualname__)
