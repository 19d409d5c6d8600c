# tuples: creation, the 1-tuple, immutability, methods.
t = (1, 2, 3)
print(t, (1,), (), tuple(), tuple([4, 5]), tuple('ab'))
print(1, (1), (1,), ((1,),))
print(type(()).__name__, type((1)).__name__, type((1,)).__name__)
print(t[0], t[-1], t[1:], t[::-1], len(t))
print(t.count(2), t.index(3), (1, 2, 1).count(1))
print(t + (4,), t * 2, 2 * (0,))
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9, 9), () < (0,))
print(3 in t, 9 not in t)
a, b, c = t
print(a, b, c)
try:
    t[0] = 9
except TypeError as e:
    print('TypeError:', e)
try:
    t.append(4)
except AttributeError as e:
    print('AttributeError:', e)
mutable_inside = ([1], 2)
mutable_inside[0].append(99)
print(mutable_inside)
print(hash((1, 2)) == hash((1, 2)), {(1, 2): 'key'}[(1, 2)])
print(tuple(x * 2 for x in range(3)))
print(max((3, 1, 2)), min((3, 1, 2)), sum((3, 1, 2)), sorted((3, 1, 2)))
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], nested)
print(('a', 'b') == tuple(['a', 'b']), (1, 2) == [1, 2])
x = 1, 
print(x)
y = 1, 2, 
print(y)
print(tuple(range(0)), tuple({3: 'a'}))
print(repr((None,)), str(('s',)), ((), ()))
