def lru_cache(maxsize=3):
    def deco(fn):
        cache = {}
        stats = {'hits': 0, 'misses': 0}
        def wrapper(*args):
            if args in cache:
                stats['hits'] += 1
                cache[args] = cache.pop(args)
                return cache[args]
            stats['misses'] += 1
            result = fn(*args)
            cache[args] = result
            if len(cache) > maxsize:
                del cache[next(iter(cache))]
            return result
        wrapper.cache_info = lambda: (stats['hits'], stats['misses'], len(cache), list(cache))
        wrapper.__name__ = fn.__name__
        wrapper.__wrapped__ = fn
        return wrapper
    return deco
calls = []
@lru_cache(maxsize=2)
def slow_square(x):
    calls.append(x)
    return x * x
for x in [1, 2, 1, 3, 2, 1, 1, 4]:
    slow_square(x)
print(calls, slow_square.cache_info(), slow_square.__name__, slow_square.__wrapped__(9))
@lru_cache(maxsize=100)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(90), fib.cache_info()[:3])
