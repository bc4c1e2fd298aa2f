def m(x):
    match x:
        case 0 | 1:
            return "small"
        case int(n) if n < 0:
            return f"negative {n}"
        case int() | float() as num:
            return f"number {num}"
        case "a" | "b":
            return "letter"
        case str(s):
            return f"str {s!r}"
        case [] :
            return "empty seq"
        case [x]:
            return f"one {x}"
        case [x, y, *rest]:
            return f"many {x} {y} {rest}"
        case {"k": v, **others}:
            return f"map k={v} others={others}"
        case {}:
            return "some map"
        case None:
            return "none"
        case True:
            return "unreachable"
        case _:
            return "other"

for v in [0, 1, -5, 7, 2.5, "a", "zz", [], [1], (1, 2, 3, 4), {"k": 1, "j": 2}, {"q": 1}, None, {1, 2}, range(2)]:
    print(repr(v), "->", m(v))

def bools(x):
    match x:
        case True:
            return "True"
        case False:
            return "False"
        case 1:
            return "one"
    return "no"
print(bools(True), bools(1), bools(1.0), bools(0))

class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"y-axis {y}"
        case Point(x, 0):
            return f"x-axis {x}"
        case Point(x, y) if x == y:
            return "diagonal"
        case Point():
            return "somewhere"
    return "not a point"
for p in [Point(0, 0), Point(0, 3), Point(4, 0), Point(2, 2), Point(1, 2), 5]:
    print(where(p))

def nested(cmd):
    match cmd.split():
        case ["go", ("north" | "south") as d]:
            return "go " + d
        case ["get", obj, *_] if obj != "nothing":
            return "get " + obj
        case [*_, "please"]:
            return "polite"
        case [first, *_, last]:
            return f"{first}..{last}"
        case _:
            return "?"
for c in ["go north", "go west", "get lamp now", "get nothing", "x y please", "a b c", "one"]:
    print(c, "=>", nested(c))

class Color:
    RED = 1
    GREEN = 2
def color(c):
    match c:
        case Color.RED:
            return "red"
        case Color.GREEN:
            return "green"
    return "none"
print(color(1), color(2), color(3))

try:
    match Point(1, 2):
        case Point(1, 2, 3):
            pass
except TypeError as e:
    print(e)
class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print(e)
match (1, 2):
    case (a, b):
        print("tuple", a, b)
match "abc":
    case [*chars]:
        print("str is seq?", chars)
    case _:
        print("str is not a sequence pattern")
match {"a": 1}:
    case {"a": 1, "b": 2}:
        print("no")
    case {"a": _}:
        print("has a")
match 42:
    case int(real=r):
        print("real", r)
match [1, [2, [3, 4]]]:
    case [a, [b, [c, d]]]:
        print(a + b + c + d)
x = 5
match x:
    case y:
        print("capture", y)
