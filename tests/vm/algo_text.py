text = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity."""
words = [w.strip('.,').lower() for w in text.split()]
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print(len(words), len(counts), top)
def wrap(s, width):
    lines, cur = [], ''
    for w in s.split():
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = cur + ' ' + w if cur else w
    if cur:
        lines.append(cur)
    return lines
for line in wrap(text, 30):
    print(f'|{line:<30}|')
def rle(s):
    out, i = [], 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append(f'{j - i}{s[i]}')
        i = j
    return ''.join(out)
def unrle(s):
    out, num = [], ''
    for ch in s:
        if ch.isdigit():
            num += ch
        else:
            out.append(ch * int(num))
            num = ''
    return ''.join(out)
enc = rle('aaabccddddde')
print(enc, unrle(enc), unrle(rle('')) == '')
def caesar(s, k):
    return ''.join(chr((ord(c) - b + k) % 26 + b) if c.isalpha() else c for c in s for b in [ord('A') if c.isupper() else ord('a')])
print(caesar('Hello, World!', 3), caesar(caesar('Round Trip', 11), -11))
def roman(n):
    vals = [(1000, 'M'), (900, 'CM'), (500, 'D'), (400, 'CD'), (100, 'C'), (90, 'XC'), (50, 'L'), (40, 'XL'), (10, 'X'), (9, 'IX'), (5, 'V'), (4, 'IV'), (1, 'I')]
    out = ''
    for v, s in vals:
        while n >= v:
            out += s
            n -= v
    return out
def from_roman(s):
    m = {'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100, 'D': 500, 'M': 1000}
    total = 0
    for a, b in zip(s, s[1:] + ' '):
        total += -m[a] if b != ' ' and m[a] < m[b] else m[a]
    return total
print([roman(n) for n in (1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999)], all(from_roman(roman(n)) == n for n in range(1, 2000)))
print('racecar'[::-1] == 'racecar', [w for w in ['level', 'hello', 'noon'] if w == w[::-1]], ' '.join(reversed('one two three'.split())))
anagrams = {}
for w in ['listen', 'silent', 'enlist', 'google', 'gooegl', 'cat', 'act', 'tac', 'dog']:
    anagrams.setdefault(''.join(sorted(w)), []).append(w)
print(sorted(v for v in anagrams.values() if len(v) > 1))
print('%-10s|%10s|%s' % ('left', 'right', 'end'), 'CamelCaseString'.swapcase(), 'snake_case_name'.title().replace('_', ''))
