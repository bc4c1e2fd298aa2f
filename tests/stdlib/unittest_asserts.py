# The failure messages of every TestCase assert method, with and without a
# custom msg, longMessage off, maxDiff limits and type-specific comparisons.
import collections
import re
import unittest
import warnings


class Case(unittest.TestCase):
    def runTest(self):
        pass


tc = Case()


def show(label, func, *args, **kwargs):
    try:
        func(*args, **kwargs)
    except AssertionError as e:
        print(f"-- {label}: AssertionError")
        print(str(e))
    except Exception as e:
        print(f"-- {label}: {type(e).__name__}: {e}")
    else:
        print(f"-- {label}: passed")


show("assertEqual ints", tc.assertEqual, 1, 2)
show("assertEqual msg", tc.assertEqual, 1, 2, "custom message")
show("assertEqual equal", tc.assertEqual, "a", "a")
show("assertEqual long reprs", tc.assertEqual, "x" * 100 + "a", "x" * 100 + "b")
show("assertEqual long different", tc.assertEqual, "a" * 60 + "x" * 50, "b" * 70 + "y" * 60)
show("assertNotEqual", tc.assertNotEqual, [1], [1])
show("assertTrue", tc.assertTrue, 0)
show("assertFalse", tc.assertFalse, "yes")
show("assertTrue msg", tc.assertTrue, [], "needs items")
show("assertIs", tc.assertIs, 1, None)
show("assertIsNot", tc.assertIsNot, None, None)
show("assertIsNone", tc.assertIsNone, 5)
show("assertIsNotNone", tc.assertIsNotNone, None)
show("assertIn", tc.assertIn, 4, [1, 2, 3])
show("assertNotIn", tc.assertNotIn, "b", "abc")
show("assertIsInstance", tc.assertIsInstance, 1, str)
show("assertNotIsInstance", tc.assertNotIsInstance, 1, int)
show("assertLess", tc.assertLess, 3, 2)
show("assertLessEqual", tc.assertLessEqual, 3, 2)
show("assertGreater", tc.assertGreater, 1, 2)
show("assertGreaterEqual", tc.assertGreaterEqual, 1, 2)
show("assertAlmostEqual", tc.assertAlmostEqual, 1.0, 1.1)
show("assertAlmostEqual places", tc.assertAlmostEqual, 1.0, 1.001, places=2)
show("assertAlmostEqual delta", tc.assertAlmostEqual, 10, 12, delta=1)
show("assertAlmostEqual both", tc.assertAlmostEqual, 1, 2, places=1, delta=1)
show("assertNotAlmostEqual", tc.assertNotAlmostEqual, 1.0, 1.00000001)
show("assertNotAlmostEqual delta", tc.assertNotAlmostEqual, 10, 11, delta=2)
show("assertRegex", tc.assertRegex, "hello world", r"wor+ld!")
show("assertNotRegex", tc.assertNotRegex, "hello world", r"o\s*w")
show("assertCountEqual", tc.assertCountEqual, [1, 2, 2, 3], [3, 2, 1, 1])
show("assertCountEqual unhashable", tc.assertCountEqual, [[1], [2]], [[2], [2]])
show("assertCountEqual ok", tc.assertCountEqual, "abc", "cab")

print("== sequences")
show("list", tc.assertEqual, [1, 2, 3], [1, 2, 4])
show("list longer", tc.assertEqual, [1, 2, 3, 4], [1, 2])
show("list shorter", tc.assertEqual, [1], [1, 2, 3])
show("tuple", tc.assertEqual, (1, "a"), (1, "b"))
show("assertListEqual type", tc.assertListEqual, (1,), [1])
show("assertTupleEqual type", tc.assertTupleEqual, (1,), [1])
show("assertSequenceEqual mixed", tc.assertSequenceEqual, [1, 2], (1, 2))
show("assertSequenceEqual diff", tc.assertSequenceEqual, "abc", "abd")
show("long list", tc.assertEqual, list(range(30)), list(range(1, 31)))
show("nested list", tc.assertEqual, [{"key": "value" * 5, "n": i} for i in range(4)],
     [{"key": "value" * 5, "n": i * 2} for i in range(4)])
show("big list maxDiff", tc.assertEqual, list(range(200)), list(range(1, 201)))

print("== sets and dicts")
show("set", tc.assertEqual, {1, 2, 3}, {2, 3, 4})
show("frozenset", tc.assertEqual, frozenset({"a"}), frozenset())
show("assertSetEqual bad", tc.assertSetEqual, {1}, 1)
show("assertSetEqual bad2", tc.assertSetEqual, 1, {1})
show("dict", tc.assertEqual, {"a": 1, "b": 2}, {"a": 1, "b": 3})
show("dict nested", tc.assertEqual, {"a": list(range(20)), "b": "x" * 40},
     {"a": list(range(21)), "b": "x" * 41})
show("assertDictEqual not dict", tc.assertDictEqual, [], {})

print("== strings")
show("short strings", tc.assertEqual, "spam", "eggs")
show("multiline", tc.assertEqual, "one\ntwo\nthree\n", "one\nTWO\nthree\n")
show("multiline no newline", tc.assertEqual, "a\nb", "a\nc")
show("multiline first empty", tc.assertEqual, "", "x\ny")
show("similar lines", tc.assertEqual, "the quick brown fox\njumps\n",
     "the quick brown fix\njumps\n")
show("assertMultiLineEqual bad", tc.assertMultiLineEqual, b"x", "x")

print("== longMessage and maxDiff")
tc.longMessage = False
show("longMessage off", tc.assertEqual, 1, 2, "only this")
show("longMessage off no msg", tc.assertEqual, 1, 2)
tc.longMessage = True
tc.maxDiff = 30
show("maxDiff small", tc.assertEqual, [1, 2, 3], [1, 2, 4])
tc.maxDiff = None
show("maxDiff None", tc.assertEqual, list(range(100)), list(range(101)))
tc.maxDiff = 640

print("== addTypeEqualityFunc")
class Point:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f"Point({self.x})"
def compare_points(a, b, msg=None):
    if a.x != b.x:
        raise tc.failureException(msg or f"points differ: {a.x} vs {b.x}")
tc.addTypeEqualityFunc(Point, compare_points)
show("custom equality", tc.assertEqual, Point(1), Point(2))
show("custom equality same", tc.assertEqual, Point(1), Point(1))

print("== assertRaises")
show("raises ok", tc.assertRaises, ZeroDivisionError, lambda: 1 / 0)
show("raises not raised", tc.assertRaises, ValueError, lambda: None)
def named():
    pass
show("raises named", tc.assertRaises, ValueError, named)
show("raises tuple", tc.assertRaises, (KeyError, IndexError), named)
show("raises bad arg", tc.assertRaises, 1, named)
show("raises bad kw", tc.assertRaises, ValueError, foo=1)
with tc.assertRaises(KeyError) as cm:
    {}[1]
print("context exception:", repr(cm.exception), cm.exception.__traceback__)
try:
    with tc.assertRaises(KeyError, msg="extra info"):
        pass
except AssertionError as e:
    print("with msg:", e)
try:
    with tc.assertRaises(KeyError):
        raise TypeError("other")
except TypeError as e:
    print("passes through:", e)
show("raisesRegex ok", tc.assertRaisesRegex, ValueError, "inv.lid", int, "x")
show("raisesRegex mismatch", tc.assertRaisesRegex, ValueError, "^nope$", int, "x")
show("raisesRegex not raised", tc.assertRaisesRegex, ValueError, "x", named)
with tc.assertRaisesRegex(ValueError, re.compile("base 10")):
    int("q")
print("raisesRegex compiled ok")

print("== assertWarns")
def warn(msg, cat=UserWarning):
    warnings.warn(msg, cat)
show("warns ok", tc.assertWarns, UserWarning, warn, "hello")
show("warns not triggered", tc.assertWarns, UserWarning, named)
show("warns wrong category", tc.assertWarns, DeprecationWarning, warn, "x")
show("warns bad arg", tc.assertWarns, ValueError, warn, "x")
with tc.assertWarns(RuntimeWarning) as wcm:
    warn("careful", RuntimeWarning)
print("warning:", wcm.warning, type(wcm.warning).__name__, wcm.lineno > 0)
show("warnsRegex ok", tc.assertWarnsRegex, UserWarning, "hel+o", warn, "hello")
show("warnsRegex mismatch", tc.assertWarnsRegex, UserWarning, "bye", warn, "hello")
try:
    with tc.assertWarns(UserWarning):
        pass
except AssertionError as e:
    print("with block:", e)

print("== fail and skipTest")
show("fail", tc.fail, "explicit")
show("fail no msg", tc.fail)
try:
    tc.skipTest("why not")
except unittest.SkipTest as e:
    print("SkipTest:", e)

print("== shortened reprs")
show("long dict", tc.assertEqual, {i: str(i) * 3 for i in range(30)},
     {i: str(i) * 3 for i in range(1, 31)})
show("Counter", tc.assertEqual, collections.Counter("aab"), collections.Counter("abb"))
show("OrderedDict", tc.assertEqual, collections.OrderedDict(a=1), collections.OrderedDict(b=1))
