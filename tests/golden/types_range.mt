# range objects: repr, len, indexing, slicing, negative steps, membership.
r = range(10)
print(r, range(1, 10), range(1, 10, 2), range(10, 0, -3), range(0))
print(len(r), len(range(1, 10, 2)), len(range(10, 0, -3)), len(range(5, 0)), len(range(0, -10, -1)))
print(r[0], r[-1], r[5], range(1, 10, 2)[2], range(10, 0, -3)[-1])
print(r[2:5], r[::-1], r[::2], r[-3:], range(1, 10, 2)[1:3])
print(list(range(5)), list(range(2, 8, 3)), list(range(5, -5, -2)), list(range(3, 3)))
print(3 in r, 10 in r, -1 in r, 4 in range(0, 10, 2), 5 in range(0, 10, 2), 3.0 in r, 'a' in r)
print(r.start, r.stop, r.step, range(4).step)
print(r.index(7), range(0, 20, 5).index(15), r.count(3), r.count(11))
print(range(0, 10, 3) == range(0, 11, 3), range(0) == range(5, 5), range(3) == range(0, 3, 1))
print(list(reversed(range(4))), sum(range(101)), max(range(7)), min(range(3, 9)))
print(range(-5, 5)[::3], list(range(-5, 5)[::3]))
big = range(0, 10**20, 7)
print(big[-1], 10**19 in big, (10**19 + 1) in big)
try:
    r[10]
except IndexError as e:
    print('IndexError:', e)
try:
    range(1, 2, 0)
except ValueError as e:
    print('ValueError:', e)
try:
    range(1.5)
except TypeError as e:
    print('TypeError:', e)
try:
    r.index(100)
except ValueError as e:
    print('ValueError:', e)
print(bool(range(0)), bool(range(1)), type(r).__name__)
for i in range(3, 0, -1):
    print('countdown', i)
print(list(enumerate(range(10, 13))))
