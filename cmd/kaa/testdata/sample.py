"""A sample module for the `kaa -m ast` command-line tests."""
import os  # type: ignore
x: int = 1
y = []  # type: list[int]


def f(a, *b, c=2, **d):  # type: (...) -> None
    return [i * a for i in b if i] or {c: d}


class C[T](object):
    async def m(self):
        async with self as s:
            await s
        match x:
            case [1, *rest] | {"k": rest}:
                pass
