def char(c):
    return lambda s, i: (c, i + 1) if i < len(s) and s[i] == c else None
def pred(fn):
    return lambda s, i: (s[i], i + 1) if i < len(s) and fn(s[i]) else None
def seq(*ps):
    def parse(s, i):
        out = []
        for p in ps:
            r = p(s, i)
            if r is None:
                return None
            v, i = r
            out.append(v)
        return out, i
    return parse
def alt(*ps):
    def parse(s, i):
        for p in ps:
            r = p(s, i)
            if r is not None:
                return r
        return None
    return parse
def many(p, min_count=0):
    def parse(s, i):
        out = []
        while (r := p(s, i)) is not None:
            v, i = r
            out.append(v)
        return (out, i) if len(out) >= min_count else None
    return parse
def mapp(p, fn):
    return lambda s, i: (lambda r: None if r is None else (fn(r[0]), r[1]))(p(s, i))
ws = many(char(' '))
number = mapp(many(pred(str.isdigit), 1), lambda ds: int(''.join(ds)))
def token(p):
    return mapp(seq(ws, p, ws), lambda r: r[1])
expr_ref = []
expr = lambda s, i: expr_ref[0](s, i)
atom = alt(token(number), mapp(seq(token(char('(')), expr, token(char(')'))), lambda r: r[1]))
def chain(p, ops):
    def parse(s, i):
        r = p(s, i)
        if r is None:
            return None
        acc, i = r
        while True:
            o = token(alt(*(char(c) for c in ops)))(s, i)
            if o is None:
                return acc, i
            op, j = o
            r2 = p(s, j)
            if r2 is None:
                return acc, i
            v, i = r2
            acc = {'+': acc + v, '-': acc - v, '*': acc * v, '/': acc // v}[op]
    return parse
term = chain(atom, '*/')
expr_ref.append(chain(term, '+-'))
for src in ['1 + 2 * 3', '(1 + 2) * 3', ' 10 / 3 - 1 ', '2 * (3 + 4) * 5', '7', '(8)', '1 +', '']:
    r = expr(src, 0)
    print(repr(src), r if r is None else (r[0], r[1] == len(src)))
