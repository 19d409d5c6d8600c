# Comparison operators and chained comparisons.
print(1 < 2, 2 < 1, 1 <= 1, 1 >= 2, 1 == 1, 1 != 1)
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 < 2 > 0)
print(1 == 1 == 1, 1 == 1 != 2, 1 != 2 != 1)
x = 5
print(0 <= x < 10, 0 <= x < 5, 5 <= x <= 5)
calls = []
def v(n):
    calls.append(n)
    return n
print(v(1) < v(2) < v(3), calls)
calls.clear()
print(v(3) < v(2) < v(1), calls)
calls.clear()
print(v(1) < v(5) > v(2) == v(2), calls)
print('a' < 'b', 'abc' < 'abd', 'Z' < 'a', 'ab' < 'abc', '' < 'a')
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], (1, 'a') < (1, 'b'), [] < [0])
print((1, 2) == (1, 2), [1, 2] == [1, 2], (1, 2) == [1, 2])
print({1: 2} == {1: 2}, {1, 2} == {2, 1}, {1: 2} != {1: 3})
print(None == None, None != 0, 'a' == 'a', 1 == '1')
print(1.0 < 2, 2 < 1.5, 1 == 1.0 == True)
print(float('nan') < 1, float('nan') >= 1)
print(2 < 3 == 3, (2 < 3) == 3)
print({1, 2} < {1, 2, 3}, {1, 2} <= {1, 2}, {1, 3} > {1}, {1} < {2})
a = [1, [2, 3]]
b = [1, [2, 4]]
print(a < b, a == [1, [2, 3]])
try:
    print(1 < 'a')
except TypeError as e:
    print('TypeError:', e)
try:
    print([1] < (1,))
except TypeError as e:
    print('TypeError:', e)
try:
    print(None < None)
except TypeError as e:
    print('TypeError:', e)
try:
    print({1: 2} < {1: 2})
except TypeError as e:
    print('TypeError:', e)
print(max('apple', 'banana'), min([3, 1], [2, 9]))
