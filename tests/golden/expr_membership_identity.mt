# in / not in / is / is not.
print(1 in [1, 2], 3 in [1, 2], 3 not in [1, 2], not 3 in [1, 2])
print('a' in 'abc', 'bc' in 'abc', 'ac' in 'abc', '' in 'abc', '' in '')
print(1 in (1, 2), 1 in {1: 'x'}, 'x' in {1: 'x'}, 2 in {1, 2})
print(5 in range(10), 10 in range(10), 4 in range(0, 10, 2), 5 in range(0, 10, 2))
print(1.0 in [1], True in [1], 1 in [True])
print([1] in [[1], [2]], (1, 2) in [(1, 2)])
print(float('nan') in [float('nan')])
n = float('nan')
print(n in [n])
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c, a is not b)
print(None is None, None is not None)
x = None
print(x is None, x is not None)
print(type(1) is int, type('a') is str, type([]) is not list)
print(True is True, False is not True)
def gen():
    yield 1
    yield 2
    yield 3
print(2 in gen(), 5 in gen())
g = gen()
print(2 in g, list(g))
class Box:
    def __init__(self, items):
        self.items = items
    def __contains__(self, item):
        print('  contains', item)
        return item in self.items
box = Box([1, 2])
print(1 in box, 3 not in box)
class It:
    def __iter__(self):
        return iter([7, 8])
print(8 in It(), 9 in It())
print('k' in {'k': 1}.keys(), 1 in {'k': 1}.values(), ('k', 1) in {'k': 1}.items())
try:
    print(1 in 5)
except TypeError as e:
    print('TypeError:', e)
try:
    print(1 in 'abc')
except TypeError as e:
    print('TypeError:', e)
try:
    print([] in {1: 2})
except TypeError as e:
    print('TypeError:', e)
