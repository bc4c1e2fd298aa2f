# dataclasses fed ill-typed arguments: dataclass() options, field() options,
# make_dataclass specs, asdict/astuple/replace on odd objects. No SystemError
# may come out.
import dataclasses
from dataclasses import dataclass, field, make_dataclass, asdict, astuple, replace, fields

values = [None, 0, -1, 2**70, "x", "a b", "class", b"x", [], {}, (), ("a",), ("a", int),
          ("a", int, 1), 1.5, object(), int, list, dataclasses.MISSING, dataclasses.KW_ONLY,
          dataclasses.InitVar[int], field()]
bad = count = 0


def attempt(fn, *args, **kw):
    global bad, count
    count += 1
    try:
        r = fn(*args, **kw)
        repr(r)
    except SystemError as e:
        bad += 1
        print("SYSTEMERROR", fn, args, kw, e)
    except BaseException:
        pass


@dataclass
class P:
    x: int = 0
    y: list = field(default_factory=list)


for v in values:
    for opt in ("init", "repr", "eq", "order", "unsafe_hash", "frozen", "match_args",
                "kw_only", "slots", "weakref_slot"):
        def make(v=v, opt=opt):
            class A:
                x: int = 1
                y: v = 2
            return dataclass(**{opt: v})(A)
        attempt(make)
    for opt in ("default", "default_factory", "init", "repr", "hash", "compare", "metadata", "kw_only"):
        def make_field(v=v, opt=opt):
            class A:
                x: int = field(**{opt: v})
            cls = dataclass(A)
            return cls(), cls(v), fields(cls)
        attempt(make_field)
    attempt(make_dataclass, v, ["a"])
    attempt(make_dataclass, "X", v)
    attempt(make_dataclass, "X", [v])
    attempt(make_dataclass, "X", ["a"], bases=v)
    attempt(make_dataclass, "X", ["a"], namespace=v)
    attempt(asdict, v)
    attempt(astuple, v)
    attempt(replace, v)
    attempt(replace, P(), x=v)
    attempt(replace, P(), z=v)
    attempt(asdict, P(v, [v, {v: v} if getattr(type(v), "__hash__", None) else v]))
    attempt(astuple, P(v, [v]), tuple_factory=v)
    attempt(asdict, P(v), dict_factory=v)
    attempt(fields, v)
    attempt(dataclasses.is_dataclass, v)
    attempt(dataclass, v)
    attempt(dataclasses.InitVar, v)
    attempt(P, v, v)
    attempt(lambda: P(v) == P(v))
    attempt(lambda: hash(dataclass(frozen=True)(type("F", (), {"__annotations__": {"a": int}}))(v)))
print("calls", count, "system errors", bad)
