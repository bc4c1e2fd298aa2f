# types.UnionType and types.GenericAlias: equality, hashing, repr, parameters,
# substitution, starred aliases, and *Ts in a PEP 695 signature.
print(int | None == int | None, hash(int | None) == hash(int | None), (int | str) == (str | int))
print(int | None != int | None, (int | str) == (int | bytes), (int | str) == int, {int | None: 1}[None | int])
print(list[int] == list[int], hash(list[int]) == hash(list[int]), list[int] == list[str], list[int] == list)
print(list[int] != list[int], dict[str, int] == dict[str, int], dict[str, int] == dict[int, str], {list[int]: 2}[list[int]])
print(repr(tuple[()]), repr(tuple[int, ...]), repr(list[int]), repr(dict[str, list[int]]), tuple[()] == tuple[()])
print(int | None, (int | None).__args__, list[int].__args__, list[int].__origin__, list[int].__parameters__, tuple[()].__args__)


def f[*Ts](*args: *Ts): pass


print(f.__annotations__)


def g[T](x: T) -> list[T]: pass


print(g.__annotations__, g.__type_params__)
T = g.__type_params__[0]
print(list[T].__parameters__, list[T][int], dict[str, T][int], dict[T, list[T]][bytes], list[T] == list[T])
for bad in (lambda: list[int][int], lambda: dict[T, T][int, str]):
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)
print(type(int | None).__name__, type(list[int]).__name__, list[int](), list[int]('ab'))
for check in (lambda: isinstance([], list[int]), lambda: issubclass(list, list[int])):
    try:
        check()
    except TypeError as e:
        print('TypeError:', e)
print(isinstance(3, int | str), isinstance(None, int | None), issubclass(bool, int | str))
print(int | str | None, (int | str) | None == int | (str | None), int | int, type(int | int))
print(None | int, list[int] | None, repr(list[int] | None), (list[int] | None).__args__)
print(tuple[int, *tuple[str, ...]], list[*tuple[int, str]], (*tuple[int],)[0].__unpacked__, list[int].__unpacked__)
print((*tuple[int],)[0] == tuple[int], (*tuple[int],)[0] == (*tuple[int],)[0])


class Box(list[int]):
    pass


print(Box.__bases__, Box.__orig_bases__)
