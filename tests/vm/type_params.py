type Alias = list[int]
print(Alias, type(Alias).__name__, Alias.__value__, Alias.__name__, Alias.__type_params__, Alias.__module__)
def first[T](xs: list[T]) -> T:
    return xs[0]
print(first([3, 4]), first.__type_params__, first.__type_params__[0].__name__)
class Box[T]:
    def __init__(self, v: T):
        self.v = v
    def get(self) -> T:
        return self.v
print(Box(5).v, Box.__type_params__, Box[int], Box.__orig_bases__, Box.__parameters__, [c.__name__ for c in Box.__mro__])
b = Box[str]('x')
print(b.get(), type(b).__name__, b.__orig_class__, Box[int] == Box[int], Box[int] != Box[str], Box[int].__origin__ is Box, Box[int].__args__)
type Pair[K, V] = tuple[K, V]
print(Pair.__type_params__, Pair[str, int], type(Pair[str, int]).__name__, Pair.__parameters__)
def bounded[T: (int, str), U: float, *Ts, **P](x): pass
tv = bounded.__type_params__
print(tv, [type(p).__name__ for p in tv], tv[0].__constraints__, tv[0].__bound__, tv[1].__bound__, tv[1].__constraints__)
print(tv[3].args, tv[3].kwargs, tv[3].args.__origin__ is tv[3], tv[0].__infer_variance__, tv[0].__covariant__, tv[2].__name__)
type Lazy = UndefinedYet
class UndefinedYet: pass
print(Lazy.__value__)
type Recursive = list[Recursive] | int
print(Recursive.__value__)
try:
    Alias[int]
except TypeError as e:
    print(e)
try:
    Box[int, str]
except TypeError as e:
    print(e)
def defaults[T = int, U = str](): pass
print([(p.__name__, p.__default__, p.has_default()) for p in defaults.__type_params__])
class Plain: pass
print(first.__type_params__[0].has_default(), first.__type_params__[0].__default__)
class Multi[A, B](dict):
    pass
m = Multi[int, str]()
print(type(m).__name__, Multi.__parameters__, isinstance(m, dict), Multi.__orig_bases__)
def outer():
    class Inner[X]:
        pass
    return Inner
I = outer()
print(I.__type_params__, I.__qualname__)
