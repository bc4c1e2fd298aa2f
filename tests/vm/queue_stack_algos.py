def balanced(s):
    pairs = {')': '(', ']': '[', '}': '{'}
    stack = []
    for i, ch in enumerate(s):
        if ch in '([{':
            stack.append((ch, i))
        elif ch in pairs:
            if not stack or stack[-1][0] != pairs[ch]:
                return f'mismatch at {i}'
            stack.pop()
    return 'ok' if not stack else f'unclosed at {stack[-1][1]}'
for s in ['()', '([]{})', '(]', '((', 'a(b[c]d)e', '', '}', '{[()()]}']:
    print(repr(s), balanced(s))
def rpn(expr):
    st = []
    for tok in expr.split():
        if tok in '+-*/^':
            b, a = st.pop(), st.pop()
            st.append({'+': a + b, '-': a - b, '*': a * b, '/': a / b, '^': a ** b}[tok])
        else:
            st.append(float(tok) if '.' in tok else int(tok))
    return st.pop()
print(rpn('3 4 + 2 *'), rpn('5 1 2 + 4 * + 3 -'), rpn('2 3 ^ 2 /'), rpn('1.5 2 *'))
def to_rpn(expr):
    prec = {'+': 1, '-': 1, '*': 2, '/': 2, '^': 3}
    out, ops = [], []
    for tok in expr.replace('(', ' ( ').replace(')', ' ) ').split():
        if tok in prec:
            while ops and ops[-1] != '(' and (prec[ops[-1]] > prec[tok] or prec[ops[-1]] == prec[tok] and tok != '^'):
                out.append(ops.pop())
            ops.append(tok)
        elif tok == '(':
            ops.append(tok)
        elif tok == ')':
            while ops[-1] != '(':
                out.append(ops.pop())
            ops.pop()
        else:
            out.append(tok)
    return ' '.join(out + ops[::-1])
for e in ['3 + 4 * 2', '(3 + 4) * 2', '2 ^ 3 ^ 2', '10 - 4 - 3', '( 1 + 2 ) * ( 3 + 4 ) / 7']:
    r = to_rpn(e)
    print(e, '=>', r, '=', rpn(r))
def sliding_max(xs, k):
    from_dq, out = [], []
    for i, x in enumerate(xs):
        while from_dq and xs[from_dq[-1]] <= x:
            from_dq.pop()
        from_dq.append(i)
        if from_dq[0] <= i - k:
            from_dq.pop(0)
        if i >= k - 1:
            out.append(xs[from_dq[0]])
    return out
print(sliding_max([1, 3, -1, -3, 5, 3, 6, 7], 3), sliding_max([4, 2], 1))
