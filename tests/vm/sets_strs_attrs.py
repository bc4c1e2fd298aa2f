s = {5, 3, 1, 100, 17, 33, 9, 2, 64, 8, 1000}
print(s, 17 in s, 4 in s)
s.discard(3); s.add(3); s.add(-1)
print(s, {"a", "b", "c", "d"} & {"b", "d", "z"}, frozenset([3, 1]) | {2})
print("abcabc".find("c", 3), "abcabc".rfind("b", None, 4), "abcabc".count("a", 1), "xab".startswith("a", 1, None))
class C: pass
c = C(); c.x = 1
print(c.x, getattr(c, "y", 2), hasattr(C, "__init__"))
try:
    with 5: pass
except TypeError as e: print(e)
print(repr("é"), str(1.5), [1.0, 2.5e-7, 1e22])
