# The types module: each type is the interpreter's own (identity with objects made
# here), and the class-creation helpers.
import sys
import types


def function(): pass


def gen(): yield 1


async def coro(): pass


async def agen(): yield 1


def cell():
    x = 1
    return (lambda: x).__closure__[0]


class Slots:
    __slots__ = ("a",)

    def meth(self): pass


c = coro()
try:
    raise ValueError
except ValueError as e:
    tb = e.__traceback__
checks = [
    ("FunctionType", function), ("LambdaType", lambda: 0), ("CodeType", function.__code__),
    ("MappingProxyType", type.__dict__), ("SimpleNamespace", sys.implementation), ("CellType", cell()),
    ("GeneratorType", gen()), ("CoroutineType", c), ("AsyncGeneratorType", agen()),
    ("MethodType", Slots().meth), ("BuiltinFunctionType", len), ("BuiltinMethodType", [].append),
    ("WrapperDescriptorType", object.__init__), ("MethodWrapperType", object().__str__),
    ("MethodDescriptorType", str.join), ("ClassMethodDescriptorType", dict.__dict__["fromkeys"]),
    ("ModuleType", sys), ("TracebackType", tb), ("FrameType", tb.tb_frame),
    ("GetSetDescriptorType", type(function).__dict__["__code__"]), ("MemberDescriptorType", Slots.a),
    ("GenericAlias", list[int]), ("UnionType", int | str), ("EllipsisType", ...), ("NoneType", None),
    ("NotImplementedType", NotImplemented),
]
c.close()
for name, obj in checks:
    t = getattr(types, name)
    print(name, t.__name__, t.__module__, type(obj) is t)
print(types.__all__)
print(sorted(n for n in dir(types) if not n.startswith("_")))
print(types.BuiltinMethodType is types.BuiltinFunctionType, types.LambdaType is types.FunctionType)
try:
    types.Nothing
except AttributeError as e:
    print(e)

# new_class, prepare_class, resolve_bases, get_original_bases


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, bases, kw)
        return {"prepared": True}

    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, ns)

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)


C = types.new_class("C", (), {"metaclass": Meta, "flag": 1}, lambda ns: ns.update(x=5))
print(type(C).__name__, C.x, C.prepared, C.__name__)
print(types.prepare_class("D", (C,), {"flag": 2}))
print(types.prepare_class("E"))


class Entry:
    def __mro_entries__(self, bases):
        return (int, str) if False else (dict,)


e = Entry()
print(types.resolve_bases((e, object)), types.resolve_bases((int,)))
F = types.new_class("F", (e,))
print(F.__bases__, types.get_original_bases(F)[0] is e, types.get_original_bases(int))
G = types.new_class("G", (list[int],))
print(G.__bases__, types.get_original_bases(G))
try:
    types.get_original_bases(5)
except TypeError as e2:
    print(e2)


class Bad:
    def __mro_entries__(self, bases):
        return [int]


try:
    types.resolve_bases((Bad(),))
except TypeError as e2:
    print(e2)


class M1(type): pass


class M2(type): pass


try:
    types.new_class("H", (M1("A", (), {}), M2("B", (), {})))
except TypeError as e2:
    print(e2)
print(types.prepare_class("I", (M1("A", (), {}),))[0].__name__)


# DynamicClassAttribute
class WithDyn:
    def __init__(self):
        self._v = 3

    @types.DynamicClassAttribute
    def value(self):
        "the value"
        return self._v

    @value.setter
    def value(self, v):
        self._v = v


w = WithDyn()
print(w.value, WithDyn.__dict__["value"].__doc__)
w.value = 9
print(w.value)
try:
    WithDyn.value
except AttributeError as e2:
    print("AttributeError", repr(e2))
try:
    del w.value
except AttributeError as e2:
    print(e2)


# coroutine
@types.coroutine
def legacy():
    yield "step"
    return "done"


async def runner():
    return await legacy()


r = runner()
print(r.send(None))
try:
    r.send(None)
except StopIteration as s:
    print("result", s.value)
print(bool(legacy.__code__.co_flags & 0x100), types.coroutine(coro) is coro)
try:
    types.coroutine(5)
except TypeError as e2:
    print(e2)
ns = types.SimpleNamespace(a=1)
print(ns, types.MappingProxyType({"k": 1})["k"], types.ModuleType("m").__name__)
print(types.MethodType(function, 5).__self__, types.CodeType.__name__)
