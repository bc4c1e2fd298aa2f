# Results that were silently wrong: each line must equal python3.13's.
import sys


def t(name, f):
    try:
        r = f()
        print(name, "->", repr(r)[:80])
    except BaseException as e:
        print(name, "!!", type(e).__name__, str(e)[:100])


class StopWith42:
    def __iter__(self):
        return self

    def __next__(self):
        raise StopIteration(42)


def delegate():
    r = yield from StopWith42()
    return r


def result(gen):
    try:
        next(gen)
    except StopIteration as e:
        return e.value


t("yield from value", lambda: result(delegate()))


class Awaitable:
    def __await__(self):
        return StopWith42()


async def awaiter():
    return await Awaitable()


def run(co):
    try:
        co.send(None)
    except StopIteration as e:
        return e.value


t("await value", lambda: run(awaiter()))
t("for over StopIteration(42)", lambda: [x for x in StopWith42()])
t("format str key -1", lambda: '{0[-1]}'.format({'-1': 2}))
t("format int key", lambda: '{0[1]}'.format({1: 'one'}))
t("format +1 key", lambda: '{0[+1]}'.format({'+1': 'p'}))
t("format empty key", lambda: '{0[]}'.format({'': 2}))
t("format empty attr", lambda: '{0.}'.format(1))
t("format missing ]", lambda: '{0[0}'.format([1]))
t("format after ]", lambda: '{0[0]x}'.format([1]))
t("format kw -1", lambda: '{-1}'.format(**{'-1': 'neg'}))
t("format huge index", lambda: '{99999999999999999999999}'.format(1))
t("translate too big", lambda: 'a'.translate({97: 0x110000}))
t("translate negative", lambda: 'a'.translate({97: -1}))
t("translate max", lambda: 'a'.translate({97: 0x10FFFF}) == '\U0010ffff')


class TrueIndex:
    def __index__(self):
        return True


class TrueInt:
    def __int__(self):
        return True


t("int() of __index__ True", lambda: (int(TrueIndex()), type(int(TrueIndex()))))
t("int() of __int__ True", lambda: (int(TrueInt()), type(int(TrueInt()))))
big = 10**30
t("find", lambda: 'abc'.find('c', -big, big))
t("rfind", lambda: 'abc'.rfind('a', -big, big))
t("count", lambda: 'abc'.count('c', -big, big))
t("startswith", lambda: 'abc'.startswith('a', -big, big))
t("endswith", lambda: 'abc'.endswith('c', big))
t("bytes find", lambda: b'abc'.find(b'c', -big, big))
t("list.index", lambda: [1, 2, 3].index(3, -big, big))
t("tuple.index", lambda: (1, 2, 3).index(3, -big, big))
t("slice.indices", lambda: slice(-big, big).indices(5))
t("round float big", lambda: round(1.5, big))
t("round float -big", lambda: round(1.5, -big))
t("round int big", lambda: round(15, big))
t("future braces", lambda: compile("from __future__ import braces", "x", "exec"))
t("future unknown", lambda: compile("from __future__ import nosuch", "x", "exec"))
t("future late", lambda: compile("x = 1\nfrom __future__ import division", "x", "exec"))
t("future ok", lambda: compile('"doc"\nfrom __future__ import annotations, division', "x", "exec") is not None)


def print_to_none():
    saved = sys.stdout
    sys.stdout = None
    try:
        print("lost")
    finally:
        sys.stdout = saved
    return "ok"


t("print with stdout None", print_to_none)


class G(dict):
    pass


def exec_subclass():
    g = G()
    exec("x = 40 + 2", g)
    return g["x"], type(g).__name__


t("exec dict subclass globals", exec_subclass)


def chain(n):
    def base():
        yield 1
        return 5

    def through(gen):
        return (yield from gen)
    gen = base()
    for _ in range(n):
        gen = through(gen)
    return list(gen)


t("5000 delegating generators", lambda: chain(5000))
