# map (multiple iterables), filter (including None), reversed.
print(list(map(str, [1, 2, 3])), list(map(len, ['a', 'bb', ''])))
print(list(map(lambda x, y: x + y, [1, 2, 3], [10, 20, 30])))
print(list(map(lambda x, y, z: x * y * z, [1, 2], [3, 4], [5, 6, 7])))
print(list(map(pow, [2, 3, 4], [2, 2])))
print(list(map(int, '123')), list(map(str.upper, ['a', 'b'])))
print(list(filter(lambda x: x > 2, [1, 2, 3, 4])), list(filter(None, [0, 1, '', 'x', None, [], [1]])))
print(list(filter(str.isdigit, ['1', 'a', '22'])), list(filter(None, ())))
print(list(reversed([1, 2, 3])), list(reversed('abc')), list(reversed(range(3))), list(reversed((1, 2))))
m = map(lambda x: x * 2, range(3))
print(next(m), list(m), list(m))
print(sum(map(int, '12345')), max(map(len, ['a', 'abc', 'ab'])))
print(list(map(lambda p: p[0] * p[1], zip([1, 2], [3, 4]))))
calls = []
def track(x):
    calls.append(x)
    return x
lazy = map(track, [1, 2, 3])
print(calls)
next(lazy)
print(calls)
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(reversed(Seq())))
class Rev:
    def __reversed__(self):
        return iter(['custom', 'reversed'])
print(list(reversed(Rev())))
try:
    reversed({1: 2}.items() if False else 5)
except TypeError as e:
    print('TypeError:', e)
print(type(map(str, [])).__name__, type(filter(None, [])).__name__, type(reversed([])).__name__)
