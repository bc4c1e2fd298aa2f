def tokenize(s):
    return s.replace('(', ' ( ').replace(')', ' ) ').split()
def parse(tokens):
    tok = tokens.pop(0)
    if tok == '(':
        lst = []
        while tokens[0] != ')':
            lst.append(parse(tokens))
        tokens.pop(0)
        return lst
    try:
        return int(tok)
    except ValueError:
        try:
            return float(tok)
        except ValueError:
            return tok
class Env(dict):
    def __init__(self, params=(), args=(), outer=None):
        super().__init__(zip(params, args))
        self.outer = outer
    def find(self, name):
        if name in self:
            return self
        if self.outer is None:
            raise NameError(f'unbound {name}')
        return self.outer.find(name)
glob = Env()
glob.update({'+': lambda *a: sum(a), '-': lambda a, b: a - b, '*': lambda a, b: a * b, '<': lambda a, b: a < b, '=': lambda a, b: a == b,
             'list': lambda *a: list(a), 'car': lambda l: l[0], 'cdr': lambda l: l[1:], 'null?': lambda l: l == []})
def evaluate(x, env=glob):
    if isinstance(x, str):
        return env.find(x)[x]
    if not isinstance(x, list):
        return x
    head = x[0]
    if head == 'quote':
        return x[1]
    if head == 'if':
        return evaluate(x[2] if evaluate(x[1], env) else x[3], env)
    if head == 'define':
        env[x[1]] = evaluate(x[2], env)
        return None
    if head == 'lambda':
        params, body = x[1], x[2]
        return lambda *args: evaluate(body, Env(params, args, env))
    fn = evaluate(head, env)
    return fn(*[evaluate(a, env) for a in x[1:]])
prog = ['(define fact (lambda (n) (if (< n 2) 1 (* n (fact (- n 1))))))', '(fact 20)', '(define fib (lambda (n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2))))))', '(fib 15)',
        '(define len (lambda (l) (if (null? l) 0 (+ 1 (len (cdr l))))))', '(len (list 1 2 3 4))', '(car (quote (a b c)))', '((lambda (x y) (+ x y 1)) 2 3)', '(undefined 1)']
for src in prog:
    try:
        r = evaluate(parse(tokenize(src)))
        if r is not None:
            print(src, '=>', r)
    except NameError as e:
        print(src, '!!', e)
