# heapq and bisect: the heap operations (min and max), merge, nsmallest,
# nlargest, bisection with lo/hi/key and insort, and their errors.
import heapq
import bisect


def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(" ", repr(r))
    except Exception as e:
        print(" ", type(e).__name__, e)


print(sorted(heapq.__all__), heapq.__about__.splitlines()[0], heapq.heappush.__doc__)
data = [5, 3, 8, 1, 9, 2, 7, 4, 6, 0, 3, 8]
h = []
for x in data:
    heapq.heappush(h, x)
print(h, [heapq.heappop(h) for _ in range(len(data))])
h = list(data)
heapq.heapify(h)
print(h, heapq.heapreplace(h, 10), h, heapq.heappushpop(h, -1), heapq.heappushpop(h, 4), h)
m = list(data)
heapq._heapify_max(m)
print(m, heapq._heappop_max(m), heapq._heapreplace_max(m, 0), m)
print(heapq._heappop_max([1]), heapq.heappushpop([], 5))
t(heapq.heappush, (), 1)
t(heapq.heappop, [])
t(heapq.heappop)
t(heapq.heapify, 1)
t(heapq.heapreplace, [], 1)
t(heapq.heappush, [1], "a")
t(heapq.heappush, [], 1, 2)
t(heapq.heappop, (1,))
t(heapq._heappop_max, [])
pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "y")]
heapq.heapify(pairs)
print([heapq.heappop(pairs) for _ in range(4)])

print(list(heapq.merge([1, 3, 5, 7], [0, 2, 4, 8], [5, 10, 15, 20], [], [25])))
print(list(heapq.merge(["dog", "horse"], ["cat", "fish", "kangaroo"], key=len)))
print(list(heapq.merge([7, 5, 1], [8, 2], [9], reverse=True)), list(heapq.merge()), list(heapq.merge([1, 2])))
print(list(heapq.merge([(1, "a"), (2, "a")], [(1, "b"), (2, "b")], key=lambda p: p[0])))
print(list(heapq.merge([3, 1], [2], key=lambda x: -x, reverse=True)))

words = "the quick brown fox jumps over the lazy dog again and again".split()
for n in (-1, 0, 1, 2, 5, 100):
    print(n, heapq.nsmallest(n, words), heapq.nlargest(n, words), heapq.nsmallest(n, words, key=len), heapq.nlargest(n, iter(words), key=len))
print(heapq.nsmallest(1, []), heapq.nlargest(1, [], key=len), heapq.nlargest(3, iter(range(10))), heapq.nsmallest(3, iter([5, 1, 4, 1, 5])))

print("bisect")
a = [1, 2, 4, 4, 4, 7, 9]
for x in (0, 1, 4, 5, 9, 10):
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x), bisect.bisect_left(a, x, 2, 5), bisect.bisect_right(a, x, lo=3))
print(bisect.bisect([1, 2, 3], 2, hi=-1), bisect.bisect([1, 2, 3], 2, hi=-2), bisect.bisect([1, 2, 3], 2, 10), bisect.bisect("ace", "b"))
recs = [("a", 1), ("b", 3), ("c", 5)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]), bisect.bisect_right(recs, 3, key=lambda r: r[1]))
b = []
for x in (5, 1, 4, 1, 5, 9, 2, 6):
    bisect.insort(b, x)
bisect.insort_left(b, 4)
bisect.insort_right(b, 4.0)
bisect.insort(recs, ("d", 4), key=lambda r: r[1])
print(b, recs)
t(bisect.bisect, [1, 2], 1, -1)
t(bisect.bisect, 1, 1)
t(bisect.bisect, [1], 1, 0, 5)
t(bisect.insort, (1,), 2)
t(bisect.bisect)
t(bisect.bisect, [1], 1, lo="a")
t(bisect.bisect, [1], 1, key=1)
t(bisect.bisect, [1], 1, 0, 1, None)
t(bisect.insort, [1], 2, foo=1)
print(bisect.bisect.__name__, bisect.insort.__name__, bisect.bisect_left.__doc__.splitlines()[0])
