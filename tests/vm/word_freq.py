text = '''Call me Ishmael. Some years ago - never mind how long precisely - having little or no money in my purse,
and nothing particular to interest me on shore, I thought I would sail about a little and see the watery part of the world.
It is a way I have of driving off the spleen and regulating the circulation.'''
import sys
words = [w.strip('.,-').lower() for w in text.split()]
words = [w for w in words if w]
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:8]
print(len(words), len(freq), top)
by_len = {}
for w in set(words):
    by_len.setdefault(len(w), []).append(w)
print({k: sorted(v) for k, v in sorted(by_len.items()) if k > 8})
print(max(words, key=len), min(words, key=len), sum(map(len, words)) / len(words))
letters = {}
for ch in text.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
print(''.join(sorted(letters, key=lambda c: (-letters[c], c)))[:10], sum(letters.values()))
sentences = [s.strip() for s in text.replace('\n', ' ').split('.') if s.strip()]
print(len(sentences), [len(s.split()) for s in sentences])
