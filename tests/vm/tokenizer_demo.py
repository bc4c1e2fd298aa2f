KEYWORDS = {'if', 'else', 'while', 'def', 'return'}
def tokenize(src):
    tokens, i, line = [], 0, 1
    while i < len(src):
        c = src[i]
        if c == '\n':
            line += 1; i += 1
        elif c.isspace():
            i += 1
        elif c == '#':
            while i < len(src) and src[i] != '\n':
                i += 1
        elif c.isalpha() or c == '_':
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == '_'):
                j += 1
            word = src[i:j]
            tokens.append(('KW' if word in KEYWORDS else 'ID', word, line))
            i = j
        elif c.isdigit():
            j = i
            while j < len(src) and src[j].isdigit():
                j += 1
            tokens.append(('NUM', int(src[i:j]), line))
            i = j
        elif c in '"\'':
            j = i + 1
            while j < len(src) and src[j] != c:
                j += 2 if src[j] == '\\' else 1
            tokens.append(('STR', src[i + 1:j], line))
            i = j + 1
        elif src[i:i + 2] in ('==', '!=', '<=', '>='):
            tokens.append(('OP', src[i:i + 2], line)); i += 2
        else:
            tokens.append(('OP', c, line)); i += 1
    return tokens
src = '''def add(a, b):  # comment
    return a + b
if x >= 10:
    print("big \\"x\\"", 'ok')
else:
    while y != 0: y = y - 1
'''
toks = tokenize(src)
for t in toks:
    print(t)
counts = {}
for kind, _, _ in toks:
    counts[kind] = counts.get(kind, 0) + 1
print(counts, max(t[2] for t in toks))
