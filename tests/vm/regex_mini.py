def match_here(p, s):
    if not p:
        return True
    if len(p) > 1 and p[1] == '*':
        return match_star(p[0], p[2:], s)
    if len(p) > 1 and p[1] == '+':
        return bool(s) and (p[0] == '.' or p[0] == s[0]) and match_star(p[0], p[2:], s[1:])
    if len(p) > 1 and p[1] == '?':
        return (bool(s) and (p[0] in ('.', s[0])) and match_here(p[2:], s[1:])) or match_here(p[2:], s)
    if p == '$':
        return not s
    if s and (p[0] == '.' or p[0] == s[0]):
        return match_here(p[1:], s[1:])
    return False
def match_star(c, p, s):
    i = 0
    while True:
        if match_here(p, s[i:]):
            return True
        if i < len(s) and (c == '.' or s[i] == c):
            i += 1
        else:
            return False
def search(p, s):
    if p.startswith('^'):
        return match_here(p[1:], s)
    return any(match_here(p, s[i:]) for i in range(len(s) + 1))
tests = [('abc', 'xxabcxx'), ('^abc', 'xabc'), ('a.c', 'abc'), ('ab*c', 'ac'), ('ab*c', 'abbbc'), ('ab+c', 'ac'), ('ab+c', 'abbc'),
         ('colou?r', 'color'), ('colou?r', 'colour'), ('colou?r', 'colouur'), ('^a.*z$', 'abcz'), ('^a.*z$', 'abczq'), ('x$', 'abx'), ('', 'anything')]
for p, s in tests:
    print(f'{p!r:12} {s!r:10} {search(p, s)}')
