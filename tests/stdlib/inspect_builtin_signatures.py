# inspect.signature and __text_signature__ of builtin functions, methods,
# descriptors and types (their text signatures are CPython's).
import builtins
import collections
import functools
import inspect
import io
import itertools
import math
import operator
import os
import sys
import time

objects = [
    ("len", len), ("print", print), ("sorted", sorted), ("divmod", divmod),
    ("isinstance", isinstance), ("getattr", getattr), ("round", round),
    ("pow", pow), ("__import__", builtins.__import__), ("compile", compile),
    ("int.bit_count", int.bit_count), ("(1).bit_count", (1).bit_count),
    ("int.from_bytes", int.from_bytes), ("int.to_bytes", int.to_bytes),
    ("(5).to_bytes", (5).to_bytes), ("dict.get", dict.get), ("{}.get", {}.get),
    ("dict.fromkeys", dict.fromkeys), ("dict.pop", dict.pop), ("list.append", list.append),
    ("[].append", [].append), ("list.sort", list.sort), ("[].index", [].index),
    ("str.split", str.split), ("''.join", ''.join), ("str.replace", str.replace),
    ("str.encode", str.encode), ("bytes.decode", bytes.decode), ("bytes.hex", bytes.hex),
    ("bytes.fromhex", bytes.fromhex), ("float.fromhex", float.fromhex),
    ("float.as_integer_ratio", float.as_integer_ratio), ("set.add", set.add),
    ("frozenset.union", frozenset.union), ("tuple.count", tuple.count),
    ("object", object), ("object.__init__", object.__init__),
    ("object.__new__", object.__new__), ("object.__format__", object.__format__),
    ("object().__hash__", object().__hash__), ("int.__add__", int.__add__),
    ("(1).__add__", (1).__add__), ("list.__getitem__", list.__getitem__),
    ("[].__len__", [].__len__), ("type.__call__", type.__call__),
    ("object.__subclasshook__", object.__subclasshook__), ("object.__init_subclass__", object.__init_subclass__),
    ("math.sqrt", math.sqrt), ("math.log", math.log), ("math.isclose", math.isclose),
    ("math.prod", math.prod), ("math.hypot", math.hypot), ("sys.exit", sys.exit),
    ("sys.getrecursionlimit", sys.getrecursionlimit), ("time.sleep", time.sleep),
    ("time.strftime", time.strftime), ("os.getcwd", os.getcwd), ("os.stat", os.stat),
    ("os.open", os.open), ("os.listdir", os.listdir), ("operator.add", operator.add),
    ("operator.itemgetter", operator.itemgetter), ("functools.reduce", functools.reduce),
    ("itertools.count", itertools.count), ("itertools.islice", itertools.islice),
    ("collections.deque.append", collections.deque.append), ("io.open", io.open),
    ("io.StringIO.getvalue", io.StringIO.getvalue), ("io.BytesIO.read", io.BytesIO.read),
    ("range.index", range.index), ("memoryview.tobytes", memoryview.tobytes),
    ("complex.conjugate", complex.conjugate), ("str.maketrans", str.maketrans),
    ("iter", iter), ("int", int), ("type", type), ("super", super),
]

for name, obj in objects:
    text = getattr(obj, "__text_signature__", None)
    try:
        sig = str(inspect.signature(obj))
    except ValueError as exc:
        sig = "ValueError"
    print(f"{name:28} {sig}")
    print(f"{'':28} {text!r}")

# bound forms drop the parameter the object is bound to
print(list(inspect.signature([].sort).parameters))
print([p.kind.name for p in inspect.signature(dict.get).parameters.values()])
print(inspect.signature(print).parameters["sep"].default == " ")
print(inspect.signature(int.to_bytes).parameters["byteorder"].default)
# a type's own members and classes made in Python keep working
class Point:
    def __init__(self, x, y=0):
        pass
print(inspect.signature(Point))
print(object.__text_signature__, type.__text_signature__, int.__text_signature__)
# operator's callables are called with their one operand
for getter in (operator.attrgetter("x"), operator.itemgetter(1), operator.methodcaller("f")):
    print(type(getter).__name__, inspect.signature(getter), type(getter).__text_signature__)
