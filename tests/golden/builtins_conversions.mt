# int, float, str, bool, list, tuple, dict, set, frozenset constructors.
print(int(), int(3.7), int(-3.7), int('  42\n'), int('1_000'), int('-0b101', 0), int('Ff', 16), int(True))
print(float(), float(3), float('3.5'), float('  -1e3 '), float('inf'), float('-Infinity'), float(' nan '))
print(float('1_000.25'), float('.5'), float('5.'), float(2**64))
print(str(), str(1), str(1.0), str(-0.0), str([1, '2']), str({'a': (1,)}), str(None), str(str))
print(bool(), bool(0), bool(1), bool(-1), bool(0.0), bool('0'), bool([]), bool([[]]), bool({}), bool(None))
print(list(), list('ab'), list((1, 2)), list({'x': 1}), list({'x': 1}.items()), list(range(2)), list(x for x in 'hi'))
print(tuple(), tuple([1]), tuple('ab'), tuple({1: 2}))
print(dict(), dict(a=1), dict([('b', 2)]), dict({'c': 3}), dict([('d', 4)], e=5), dict(zip('fg', (6, 7))))
print(dict([['h', 8], ('i', 9)]), dict((('j', 10),)))
print(sorted(set()), set([3, 1, 3]), set('aab') == {'a', 'b'}, set(range(3)), set({1: 2}))
print(frozenset(), frozenset([1, 2, 2]), frozenset(range(3)) == {0, 1, 2})
print(int('12'), str(12345678901234567890), float('1e500'), float('-1e500'))
l = [1, 2]
l2 = list(l)
print(l2 == l, l2 is l)
try:
    float('1.2.3')
except ValueError as e:
    print('ValueError:', e)
try:
    int([1])
except TypeError as e:
    print('TypeError:', e)
try:
    dict([1, 2, 3])
except TypeError as e:
    print('TypeError:', e)
try:
    dict([('a', 1, 2)])
except ValueError as e:
    print('ValueError:', e)
try:
    list(5)
except TypeError as e:
    print('TypeError:', e)
