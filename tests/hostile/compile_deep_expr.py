# Compiling very long chains: CPython raises RecursionError (code generator) or
# MemoryError / SyntaxError (parser); never a Go stack overflow.
cases = {
    'sum': 'a' + '+a' * 20000,
    'attr': 'a' + '.b' * 20000,
    'subscript': 'a' + '[0]' * 20000,
    'call': 'a' + '()' * 20000,
    'power': 'a' + '**a' * 20000,
    'unary': '-' * 20000 + 'a',
    'not': 'not ' * 20000 + 'a',
    'parens': '(' * 20000 + ')' * 20000,
    'lists': '[' * 20000 + ']' * 20000,
    'and': 'a' + ' and a' * 20000,
    'compare': 'a' + ' < a' * 20000,
    'strcat': "''" + " ''" * 20000,
}
for name, src in cases.items():
    for mode in ('eval', 'exec'):
        try:
            compile(src, name, mode)
            print(name, mode, 'ok')
        except (RecursionError, MemoryError, SyntaxError) as e:
            print(name, mode, type(e).__name__, e)
