words = '''listen silent enlist inlets tinsel google elgoog cat act tac dog god odg evil vile live veil
stone tones notes onset seton alert alter later alter'''.split()
index = {}
for w in words:
    index.setdefault(''.join(sorted(w)), set()).add(w)
groups = sorted((sorted(g) for g in index.values() if len(g) > 1), key=lambda g: (-len(g), g))
for g in groups:
    print(len(g), ' '.join(g))
def is_anagram(a, b):
    count = {}
    for ch in a:
        count[ch] = count.get(ch, 0) + 1
    for ch in b:
        count[ch] = count.get(ch, 0) - 1
    return all(v == 0 for v in count.values())
print(is_anagram('dormitory', 'dirtyroom'), is_anagram('abc', 'abd'), is_anagram('', ''))
def palindromes(s):
    found = set()
    for c in range(len(s)):
        for lo, hi in ((c, c), (c, c + 1)):
            while lo >= 0 and hi < len(s) and s[lo] == s[hi]:
                if hi - lo >= 2:
                    found.add(s[lo:hi + 1])
                lo -= 1; hi += 1
    return sorted(found, key=lambda p: (-len(p), p))
print(palindromes('abacdfgdcabaracecar')[:5])
