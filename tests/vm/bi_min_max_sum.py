print(max(3, 1, 2), max([3, 1, 2]), max('abc'), max((1, 'a'), (1, 'b')), max([], default=None), max([5], default=0), max(1, 2, key=lambda x: -x))
print(min(3, 1, 2), min([3, 1, 2]), min('abc'), min([[2], [1, 2]]), min((), default='empty'), min([-1, 1], key=abs), min(iter([4, 2, 8])))
print(max([1, 1.0]), max([1.0, 1]), min([0, -0.0]), max(float('nan'), 1), max(1, float('nan')), max(['a', 'B'], key=str.lower))
for bad in [lambda: max(), lambda: max([]), lambda: min(1), lambda: max(1, 2, default=3), lambda: max([1, 'a']), lambda: min([], key=len)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(sum([]), sum([1, 2, 3]), sum(range(101)), sum([0.1] * 10), sum([1e100, 1.0, -1e100]), sum([1, 2.5, 3j]), sum([[1], [2]], []), sum(((1,), (2,)), ()))
print(sum([1, 2], 10), sum([1, 2], start=0.5), sum(x * x for x in range(4)), sum([True, True]), sum([2**64, 2**64]), sum([-0.0]), sum([-0.0, -0.0]), sum([], -0.0))
for bad in [lambda: sum(['a', 'b'], ''), lambda: sum([b'a'], b''), lambda: sum([bytearray(b'a')], bytearray()), lambda: sum(1), lambda: sum([1, 'a'])]:
    try:
        bad()
    except TypeError as e:
        print(e)
