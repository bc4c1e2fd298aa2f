def tokenize(src):
    toks, i = [], 0
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or c == '.':
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == '.'):
                j += 1
            toks.append(('num', float(src[i:j]) if '.' in src[i:j] else int(src[i:j])))
            i = j
        elif c.isalpha():
            j = i
            while j < len(src) and src[j].isalnum():
                j += 1
            toks.append(('name', src[i:j]))
            i = j
        elif src[i:i + 2] == '**':
            toks.append(('op', '**'))
            i += 2
        elif c in '+-*/()%=,':
            toks.append(('op', c))
            i += 1
        else:
            raise SyntaxError(f'bad char {c!r} at {i}')
    return toks
class Parser:
    def __init__(self, toks):
        self.toks, self.i = toks, 0
    def peek(self):
        return self.toks[self.i] if self.i < len(self.toks) else (None, None)
    def take(self, val=None):
        t = self.peek()
        if val is not None and t[1] != val:
            raise SyntaxError(f'expected {val!r}, got {t[1]!r}')
        self.i += 1
        return t
    def expr(self):
        node = self.term()
        while self.peek()[1] in ('+', '-'):
            op = self.take()[1]
            node = (op, node, self.term())
        return node
    def term(self):
        node = self.unary()
        while self.peek()[1] in ('*', '/', '%'):
            op = self.take()[1]
            node = (op, node, self.unary())
        return node
    def unary(self):
        if self.peek()[1] == '-':
            self.take()
            return ('neg', self.unary())
        return self.power()
    def power(self):
        base = self.atom()
        if self.peek()[1] == '**':
            self.take()
            return ('**', base, self.unary())
        return base
    def atom(self):
        kind, val = self.take()
        if kind == 'num':
            return ('num', val)
        if kind == 'name':
            if self.peek()[1] == '(':
                self.take('(')
                args = [self.expr()]
                while self.peek()[1] == ',':
                    self.take()
                    args.append(self.expr())
                self.take(')')
                return ('call', val, args)
            return ('var', val)
        if val == '(':
            e = self.expr()
            self.take(')')
            return e
        raise SyntaxError(f'unexpected {val!r}')
FUNCS = {'max': max, 'min': min, 'abs': abs, 'sqrt': lambda x: x ** 0.5}
def evaluate(node, env):
    match node:
        case ('num', v):
            return v
        case ('var', name):
            if name not in env:
                raise NameError(f'undefined {name}')
            return env[name]
        case ('neg', x):
            return -evaluate(x, env)
        case ('call', fname, args):
            return FUNCS[fname](*(evaluate(a, env) for a in args))
        case (op, l, r):
            a, b = evaluate(l, env), evaluate(r, env)
            return {'+': a + b, '-': a - b, '*': a * b, '/': a / b if b else float('inf'), '%': a % b if b else 0, '**': a ** b}[op]
env = {'x': 3, 'y': 4}
for src in ['1 + 2 * 3', '(1 + 2) * 3', '-2 ** 2', '2 ** 3 ** 2', 'x * x + y * y', 'sqrt(x*x + y*y)', 'max(1, x, y) - min(7, 2)', '10 % 4 + 7 / 2', '1.5 * 4', 'z + 1', '2 +', '3 $ 4', 'abs(-5) * -1']:
    try:
        print(f'{src!r:28} = {evaluate(Parser(tokenize(src)).expr(), env)!r}')
    except (SyntaxError, NameError, IndexError, TypeError) as e:
        print(f'{src!r:28} ! {type(e).__name__}: {e}')
