# Compiling very long chains: CPython raises RecursionError (code generator) or
# MemoryError / SyntaxError (parser); never a Go stack overflow.
cases = {
    'sum': 'a' + '+a' * 200000,
    'attr': 'a' + '.b' * 200000,
    'subscript': 'a' + '[0]' * 200000,
    'call': 'a' + '()' * 200000,
    'power': 'a' + '**a' * 200000,
    'unary': '-' * 200000 + 'a',
    'not': 'not ' * 200000 + 'a',
    'parens': '(' * 200000 + ')' * 200000,
    'lists': '[' * 200000 + ']' * 200000,
    'and': 'a' + ' and a' * 200000,
    'compare': 'a' + ' < a' * 200000,
    'strcat': "''" + " ''" * 200000,
}
for name, src in cases.items():
    for mode in ('eval', 'exec'):
        try:
            compile(src, name, mode)
            print(name, mode, 'ok')
        except (RecursionError, MemoryError, SyntaxError) as e:
            print(name, mode, type(e).__name__, e)
