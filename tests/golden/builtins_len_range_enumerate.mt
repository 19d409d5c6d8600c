# len, range, enumerate and zip.
print(len('abc'), len([1, 2]), len((1,)), len({1: 2}), len({3}), len(range(5)), len(''), len(frozenset()))
print(list(range(3)), list(range(1, 4)), list(range(0, 10, 3)), list(range(3, 0, -1)))
print(list(enumerate('abc')), list(enumerate('abc', 1)), list(enumerate('ab', start=-1)))
for i, (a, b) in enumerate(zip('xy', [10, 20]), start=100):
    print(i, a, b)
print(list(zip()), list(zip([1])), list(zip([1, 2, 3], 'ab')), list(zip('abc', range(10), [True])))
names = ['a', 'b', 'c']
scores = [1, 2, 3]
print(dict(zip(names, scores)))
pairs = [(1, 'one'), (2, 'two')]
nums, words = zip(*pairs)
print(nums, words)
print(list(zip(*[[1, 2, 3], [4, 5, 6]])))
print(list(zip(range(3), range(3, 6), range(6, 9))))
e = enumerate(['p', 'q'])
print(next(e), next(e), next(e, 'done'))
print(type(enumerate([])).__name__, type(zip()).__name__)
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as err:
    print('ValueError:', err)
