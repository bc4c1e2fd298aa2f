def huffman(text):
    freq = {}
    for ch in text:
        freq[ch] = freq.get(ch, 0) + 1
    nodes = [(n, i, ch) for i, (ch, n) in enumerate(sorted(freq.items()))]
    counter = len(nodes)
    while len(nodes) > 1:
        nodes.sort()
        a, b = nodes[0], nodes[1]
        nodes = nodes[2:] + [(a[0] + b[0], counter, (a, b))]
        counter += 1
    codes = {}
    def walk(node, prefix):
        tree = node[2]
        if isinstance(tree, str):
            codes[tree] = prefix or '0'
        else:
            walk(tree[0], prefix + '0')
            walk(tree[1], prefix + '1')
    walk(nodes[0], '')
    return codes
text = 'this is an example of a huffman tree'
codes = huffman(text)
encoded = ''.join(codes[ch] for ch in text)
print(sorted(codes.items()), len(encoded), len(text) * 8)
rev = {v: k for k, v in codes.items()}
out, cur = [], ''
for bit in encoded:
    cur += bit
    if cur in rev:
        out.append(rev[cur])
        cur = ''
print(''.join(out) == text, huffman('aaaa'), huffman('ab'))
