# A memoizing decorator with statistics, applied to several recursive functions.
def memoize(func):
    cache = {}
    stats = {'hits': 0, 'misses': 0}
    def wrapper(*args):
        if args in cache:
            stats['hits'] += 1
            return cache[args]
        stats['misses'] += 1
        result = func(*args)
        cache[args] = result
        return result
    wrapper.cache = cache
    wrapper.stats = stats
    wrapper.__name__ = func.__name__
    return wrapper
@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(100), fib.stats, len(fib.cache), fib.__name__)
@memoize
def grid_paths(r, c):
    if r == 0 or c == 0:
        return 1
    return grid_paths(r - 1, c) + grid_paths(r, c - 1)
print(grid_paths(16, 16), grid_paths.stats)
@memoize
def edit_distance(a, b):
    if not a:
        return len(b)
    if not b:
        return len(a)
    if a[0] == b[0]:
        return edit_distance(a[1:], b[1:])
    return 1 + min(edit_distance(a[1:], b), edit_distance(a, b[1:]), edit_distance(a[1:], b[1:]))
for x, y in [('kitten', 'sitting'), ('flaw', 'lawn'), ('intention', 'execution'), ('', 'abc')]:
    print(x, y, edit_distance(x, y))
@memoize
def partitions(n, k):
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return partitions(n - k, k) + partitions(n, k - 1)
print([partitions(n, n) for n in range(1, 16)], partitions(100, 100))
@memoize
def collatz_len(n):
    return 1 if n == 1 else 1 + collatz_len(n // 2 if n % 2 == 0 else 3 * n + 1)
best = max(range(1, 3000), key=collatz_len)
print(best, collatz_len(best))
