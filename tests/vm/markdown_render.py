doc = '''# Title
Some *emphasis* and **strong** text with `code`.

## List
- first item
- second *item*
- third

1. one
2. two

> quoted line
> another

Plain paragraph
spanning lines.
'''
def inline(s):
    out, i = '', 0
    while i < len(s):
        if s.startswith('**', i):
            j = s.index('**', i + 2)
            out += '<b>' + inline(s[i + 2:j]) + '</b>'; i = j + 2
        elif s[i] == '*':
            j = s.index('*', i + 1)
            out += '<i>' + inline(s[i + 1:j]) + '</i>'; i = j + 1
        elif s[i] == '`':
            j = s.index('`', i + 1)
            out += '<code>' + s[i + 1:j] + '</code>'; i = j + 1
        else:
            out += s[i]; i += 1
    return out
def render(text):
    html, block, kind = [], [], None
    def flush():
        nonlocal block, kind
        if not block:
            return
        if kind == 'ul':
            html.append('<ul>' + ''.join(f'<li>{inline(b)}</li>' for b in block) + '</ul>')
        elif kind == 'ol':
            html.append('<ol>' + ''.join(f'<li>{inline(b)}</li>' for b in block) + '</ol>')
        elif kind == 'quote':
            html.append('<blockquote>' + inline(' '.join(block)) + '</blockquote>')
        else:
            html.append('<p>' + inline(' '.join(block)) + '</p>')
        block, kind = [], None
    for line in text.splitlines():
        if not line.strip():
            flush()
            continue
        if line.startswith('#'):
            flush()
            level = len(line) - len(line.lstrip('#'))
            html.append(f'<h{level}>{inline(line[level:].strip())}</h{level}>')
            continue
        for prefix, k in (('- ', 'ul'), ('> ', 'quote')):
            if line.startswith(prefix):
                if kind != k:
                    flush()
                kind = k
                block.append(line[len(prefix):])
                break
        else:
            if line[:1].isdigit() and '. ' in line[:4]:
                if kind != 'ol':
                    flush()
                kind = 'ol'
                block.append(line.split('. ', 1)[1])
            else:
                if kind not in (None, 'p'):
                    flush()
                kind = 'p'
                block.append(line)
    flush()
    return '\n'.join(html)
print(render(doc))
