# Generator functions: yield, yield from, return in generators.
def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(list(count_up(4)))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(10)])
def inner():
    yield 'a'
    yield 'b'
    return 'inner done'
def outer():
    result = yield from inner()
    print('  inner returned', result)
    yield from [1, 2]
    yield from range(3, 5)
    yield from 'xy'
    yield from (i * i for i in range(3))
print(list(outer()))
def flatten(items):
    for item in items:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, [4, 5]], 6], [[7]]])))
def early_return(n):
    for i in range(n):
        if i == 2:
            return
        yield i
print(list(early_return(10)))
def yield_expr():
    x = yield 1
    print('  received', x)
    y = yield x
    print('  received', y)
g = yield_expr()
print(next(g))
print(g.send('hello'))
try:
    g.send('world')
except StopIteration:
    print('StopIteration')
def gen_in_loop():
    for ch in 'ab':
        for n in range(2):
            yield ch + str(n)
print(list(gen_in_loop()))
def empty():
    return
    yield
print(list(empty()))
def yields_none():
    yield
    yield
print(list(yields_none()))
def gen_with_finally():
    try:
        yield 1
        yield 2
    finally:
        print('  cleanup')
for v in gen_with_finally():
    print('v', v)
print(sum(count_up(101)))
def chained():
    yield from count_up(2)
    yield from count_up(3)
print(list(chained()))
gens = [count_up(2), count_up(3)]
print([list(g) for g in gens])
print(type(count_up(1)).__name__)
