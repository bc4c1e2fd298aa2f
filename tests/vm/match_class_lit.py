class Point:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y):
        self.x, self.y = x, y
class P3(Point):
    __match_args__ = ('x', 'y', 'z')
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z
def where(p):
    match p:
        case Point(0, 0):
            return 'origin'
        case P3(x, y, z=0):
            return f'flat 3d {x},{y}'
        case Point(x=0, y=y):
            return f'on y axis at {y}'
        case Point(x, 0):
            return f'on x axis at {x}'
        case Point(x, y) if x == y:
            return 'diagonal'
        case Point():
            return 'somewhere'
        case int(n) | float(n) if n < 0:
            return f'negative {n}'
        case int() | float():
            return 'number'
        case bool():
            return 'never: bool is int'
        case _:
            return 'unknown'
for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 2), P3(1, 2, 0), P3(1, 2, 3), -5, 2.5, True, 'x']:
    print(where(p))
def lit(v):
    match v:
        case 0 | 1:
            return 'bit'
        case 'hello':
            return 'greeting'
        case None:
            return 'none'
        case True:
            return 'true'
        case -1.5:
            return 'neg float'
        case 2 + 3j:
            return 'complex'
        case b'raw':
            return 'bytes'
        case [1, 'two'] as whole:
            return f'list {whole}'
        case x if isinstance(x, str):
            return f'str {x}'
    return 'nomatch'
for v in [0, 1, 'hello', None, True, -1.5, 2 + 3j, b'raw', [1, 'two'], 'other', 2, 1.0, False]:
    print(repr(v), lit(v))
class Color:
    RED = 'r'
    GREEN = 'g'
def color(c):
    match c:
        case Color.RED:
            return 'red'
        case Color.GREEN:
            return 'green'
    return '?'
print(color('r'), color('g'), color('b'))
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
match 5:
    case int(x):
        print('int self-match', x)
match 'str':
    case str(s):
        print('str self-match', s)
match {'x': 1}:
    case dict(x=1) if False:
        pass
    case dict():
        print('dict class pattern')
