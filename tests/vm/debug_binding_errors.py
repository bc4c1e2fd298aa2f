# Binding or deleting __debug__ is a compile-time SyntaxError wherever a name is bound
# (CPython's forbidden_name), located at the name, parameter, keyword or statement.
SOURCES = ["obj.__debug__ = 1", "__debug__ = 1", "(__debug__ := 1)", "del __debug__", "(a, __debug__, c) = (1, 2, 3)",
 "(a, *__debug__, c) = (1, 2, 3)", "f(__debug__=1)", "__debug__: int", "__debug__ += 1", "def f(__debug__): pass",
 "def f(*, __debug__=1): pass", "def f(*__debug__): pass", "def f(**__debug__): pass", "def __debug__(): pass",
 "class __debug__: pass", "import __debug__", "import a as __debug__", "from a import __debug__", "from a import b as __debug__",
 "for __debug__ in x: pass", "with a as __debug__: pass", "lambda __debug__: 1", "match x:\n case __debug__: pass",
 "match x:\n case [*__debug__]: pass", "match x:\n case {**__debug__}: pass", "match x:\n case A(__debug__=1): pass",
 "try: pass\nexcept E as __debug__: pass", "type __debug__ = int", "def f[__debug__](): pass", "del obj.__debug__", "obj.__debug__ += 1",
 "[__debug__ for __debug__ in x]", "global __debug__", "x.__debug__", "__debug__"] + ["class C(__debug__=1): pass", "class C(x, __debug__=1): pass", "def f(a, __debug__=1): pass", "def g():\n    __debug__ = 1",
 "def g():\n    nonlocal __debug__", "import __debug__.x", "async def f():\n    async for __debug__ in x: pass", "async def f():\n    async with a as __debug__: pass",
 "x: int = __debug__", "obj.__debug__: int = 1", "(__debug__): int", "def f():\n    __debug__: int", "class C:\n    __debug__: int",
 "f(x, __debug__=1, *a)", "[x for x in y if (__debug__ := 1)]", "del (a, __debug__)", "del [__debug__]"]

for s in SOURCES:
    for mode in ("exec", "single"):
        try:
            compile(s + "\n", "<s>", mode)
            print(mode, repr(s), "ok")
        except SyntaxError as e:
            print(mode, repr(s), e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
