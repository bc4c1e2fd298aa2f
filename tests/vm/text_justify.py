def justify(words, width):
    lines, cur, length = [], [], 0
    for w in words:
        if cur and length + len(cur) + len(w) > width:
            lines.append((cur, length))
            cur, length = [], 0
        cur.append(w)
        length += len(w)
    out = []
    for ws, ln in lines:
        gaps = len(ws) - 1
        if gaps == 0:
            out.append(ws[0].ljust(width))
            continue
        spaces = width - ln
        q, r = divmod(spaces, gaps)
        line = ''
        for i, w in enumerate(ws[:-1]):
            line += w + ' ' * (q + (1 if i < r else 0))
        out.append(line + ws[-1])
    out.append(' '.join(cur).ljust(width))
    return out
text = 'This is an example of text justification where each line is padded so that it fits exactly the requested width'
for width in (16, 30):
    for line in justify(text.split(), width):
        print(f'|{line}|')
print(justify(['a'], 5), justify(['hello', 'world'], 11))
