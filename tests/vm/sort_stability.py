data = [('b', 2), ('a', 2), ('c', 1), ('a', 1), ('b', 1)]
print(sorted(data), sorted(data, key=lambda p: p[1]), sorted(data, key=lambda p: p[0], reverse=True))
print(sorted(data, key=lambda p: p[1], reverse=True))
words = ['banana', 'Apple', 'cherry', 'apple', 'Banana']
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=lambda w: (len(w), w)))
l = [3, 1, 2]
print(l.sort(), l, sorted([]), sorted([1]), sorted((3, 2, 1)), sorted('cba'), sorted({2, 1}), sorted({'b': 1, 'a': 2}.items()))
try:
    sorted([1, 'a'])
except TypeError as e:
    print(e)
try:
    [3, 1].sort(key=lambda x: 1 / 0)
except ZeroDivisionError as e:
    print('key error propagates:', e)
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f'K{self.v}'
print(sorted([K(3), K(1), K(2)]), sorted([K(1), K(1)]))
big = [(i % 7, i) for i in range(50)]
s = sorted(big, key=lambda p: p[0])
print(all(s[i][1] < s[i + 1][1] for i in range(len(s) - 1) if s[i][0] == s[i + 1][0]))
nums = [5, -3, 2, -8, 0]
print(sorted(nums, key=abs), sorted(nums, reverse=True), max(nums, key=abs), min(nums, key=lambda n: (n % 3, n)))
lst = [1, 2, 3]
try:
    lst.sort(key=lambda x: (lst.append(x), x)[1])
except ValueError as e:
    print(e)
print(sorted([0.5, -1, 2, float('inf'), -float('inf')]), sorted([True, False, 0, 1]), sorted([[2], [1, 2], [1]]))
import math
print(sorted([3, float('nan'), 1])[1:] if False else 'skip nan', sorted(range(10), key=lambda x: (x % 2, -x)))
try:
    sorted([1], bogus=1)
except TypeError as e:
    print(e)
try:
    sorted([1], None)
except TypeError as e:
    print(e)
