from_tokens = [('NUM', 3), ('OP', '+'), ('NUM', 4), ('OP', '*'), ('NAME', 'x'), ('END', None)]
def describe(tok):
    match tok:
        case ('NUM', int(n)) if n > 3:
            return f'big number {n}'
        case ('NUM', n):
            return f'number {n}'
        case ('OP', '+' | '-' as op):
            return f'additive {op}'
        case ('OP', op):
            return f'other op {op}'
        case ('NAME', str(name)):
            return f'name {name}'
        case ('END', None):
            return 'end'
print([describe(t) for t in from_tokens])
def shape(obj):
    match obj:
        case {'kind': 'circle', 'r': r} if r > 0:
            return 3.14159 * r * r
        case {'kind': 'rect', 'w': w, 'h': h}:
            return w * h
        case {'kind': 'poly', 'points': [_, _, _, *rest]}:
            return f'polygon with {3 + len(rest)} points'
        case {'kind': kind}:
            return f'unknown kind {kind}'
        case [x, y]:
            return f'point {x},{y}'
        case _:
            return 'not a shape'
for o in [{'kind': 'circle', 'r': 2}, {'kind': 'circle', 'r': 0}, {'kind': 'rect', 'w': 2, 'h': 5, 'extra': 1}, {'kind': 'poly', 'points': [1, 2, 3, 4]}, {'kind': 'poly', 'points': [1]}, [1, 2], 'x']:
    print(shape(o))
class Node:
    __match_args__ = ('op', 'left', 'right')
    def __init__(self, op, left, right):
        self.op, self.left, self.right = op, left, right
def simplify(e):
    match e:
        case Node('+', 0, x) | Node('+', x, 0):
            return simplify(x)
        case Node('*', 1, x) | Node('*', x, 1):
            return simplify(x)
        case Node('*', 0, _) | Node('*', _, 0):
            return 0
        case Node(op, l, r):
            return Node(op, simplify(l), simplify(r))
        case _:
            return e
def show(e):
    return f'({show(e.left)} {e.op} {show(e.right)})' if isinstance(e, Node) else str(e)
for e in [Node('+', 0, 'x'), Node('*', Node('+', 'a', 0), 1), Node('*', 'y', 0), Node('+', Node('*', 1, 'b'), Node('*', 'c', 2))]:
    print(show(e), '=>', show(simplify(e)))
match (1, [2, 3], {'k': 4}):
    case (a, [b, *c], {'k': d}):
        print(a, b, c, d)
match 42:
    case 0 | 1 | 2:
        print('small')
    case int() as big if big > 40:
        print('big', big)
