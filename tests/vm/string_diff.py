def lcs_table(a, b):
    t = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) - 1, -1, -1):
        for j in range(len(b) - 1, -1, -1):
            t[i][j] = t[i + 1][j + 1] + 1 if a[i] == b[j] else max(t[i + 1][j], t[i][j + 1])
    return t
def diff(a, b):
    t = lcs_table(a, b)
    i = j = 0
    out = []
    while i < len(a) and j < len(b):
        if a[i] == b[j]:
            out.append('  ' + a[i]); i += 1; j += 1
        elif t[i + 1][j] >= t[i][j + 1]:
            out.append('- ' + a[i]); i += 1
        else:
            out.append('+ ' + b[j]); j += 1
    out += ['- ' + x for x in a[i:]] + ['+ ' + x for x in b[j:]]
    return out
old = 'the quick brown fox jumps over the lazy dog'.split()
new = 'the quick red fox leaps over the very lazy dog today'.split()
print('\n'.join(diff(old, new)))
print(diff(list('kitten'), list('sitting')))
print(sum(1 for l in diff(old, new) if l[0] != ' '), diff([], ['x']), diff(['x'], []))
