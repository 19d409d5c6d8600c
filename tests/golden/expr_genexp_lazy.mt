# Generator expressions are lazy: nothing runs until iterated.
log = []
def source():
    for i in range(5):
        log.append(f'produce {i}')
        yield i
g = (x * 10 for x in source())
print('created', log)
print(next(g), log)
print(next(g), log)
print(list(g), len(log))
print(list(g))
def noisy(x):
    print('  noisy', x)
    return x
g2 = (noisy(x) for x in range(3))
print('before iterating')
for v in g2:
    print('got', v)
def fails():
    yield 1
    raise ValueError('boom')
g3 = (x for x in fails())
print(next(g3))
try:
    next(g3)
except ValueError as e:
    print('ValueError', e)
try:
    next(g3)
except StopIteration:
    print('exhausted after error')
try:
    (x for x in 5)
except TypeError as e:
    print('TypeError at creation:', e)
gen = (1 / x for x in [1, 0])
print('gen made with a zero inside')
print(next(gen))
try:
    next(gen)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
evens = (n for n in range(10**12) if n % 2 == 0)
print(next(evens), next(evens), next(evens))
squares = (i * i for i in range(4))
print(sum(squares), sum(squares))
print(type(x for x in []).__name__)
