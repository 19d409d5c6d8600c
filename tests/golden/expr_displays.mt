# Tuple, list, dict and set displays, including starred items.
a = [1, 2]
b = (3, 4)
print([*a, *b], [*a, 0, *b], [*'xy'], [*range(3)])
print((*a, *b), (*a,), (*a, 5))
print({*a, *b}, {*a, *a})
d1 = {'x': 1, 'y': 2}
d2 = {'y': 20, 'z': 30}
print({**d1, **d2}, {**d2, **d1}, {**d1, 'w': 0, **{'x': 9}})
print({'a': 1, 'a': 2}, {1: 'int', 1.0: 'float', True: 'bool'})
print([], (), {}, set())
print([[]], [()], ((),), [{}])
print((1,), (1, 2), 1, (1))
t = 1, 2, 3
print(t, type(t).__name__)
e = ()
print(e, len(e))
print([1, 2, 3,], (1, 2,), {1: 2,}, {3,})
print({(1, 2): 'tuple key', 'k': [1, 2]})
print([*[], *()], {**{}})
x = *a, *b
print(x)
print([*{'k1': 0, 'k2': 0}], [*d1.values()])
print(*a, *b)
print(*'abc', sep='-')
nested = [[1, [2, [3, [4]]]]]
print(nested)
print(dict(a=1, **{'b': 2}))
print({1: {2: {3: 'deep'}}})
print([0] * 3, [[0] * 2] * 2)
print([1, 'two', 3.0, None, True, (4,), [5], {6: 7}])
