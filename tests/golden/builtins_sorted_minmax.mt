# sorted, min, max with key, default, and multiple arguments.
print(sorted([3, 1, 2]), sorted('bca'), sorted((2, 1)), sorted({'b': 1, 'a': 2}), sorted([]))
print(sorted([3, 1, 2], reverse=True), sorted(['bb', 'a', 'ccc'], key=len))
print(min(3, 1, 2), max(3, 1, 2), min([3, 1, 2]), max('hello'), min((5, 4)), max(range(10)))
print(min([], default='empty'), max([], default=None), min([1], default=0))
print(max(['apple', 'fig', 'banana'], key=len), min(['apple', 'fig', 'banana'], key=len))
print(max('a', 'B', key=str.lower), min(1, -5, 3, key=abs), max([-3, 2, -1], key=lambda x: x * x))
print(max([1, 3, 3, 2], key=lambda x: x), max([(1, 'a'), (1, 'b')], key=lambda t: t[0]))
print(min([(2, 'x'), (1, 'z'), (1, 'y')]), max([[1, 2], [1, 3], [0, 9]]))
print(max(1, 2.5), min(-0.0, 0.0), max(0.0, -0.0), max(True, 1), min(1, True))
print(max({3: 'a', 7: 'b'}), min({5, 2, 8}), max(x * x for x in range(-3, 3)))
print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([0.1, 0.2]), sum([[1], [2]], []), sum(()), sum(range(101), start=0))
print(sum([1.5, 2.5]), sum([True, True]), sum([1, 2.0]))
try:
    max()
except TypeError as e:
    print('TypeError:', e)
try:
    min([])
except ValueError as e:
    print('ValueError:', e)
try:
    max(5)
except TypeError as e:
    print('TypeError:', e)
try:
    sum(['a', 'b'], '')
except TypeError as e:
    print('TypeError:', e)
