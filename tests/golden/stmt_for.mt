# for loops over many iterables, with else, break, continue.
for c in 'abc':
    print(c, end=' ')
print()
for x in [1, 2, 3]:
    if x == 2:
        continue
    print('x', x)
else:
    print('for else')
for x in range(10):
    if x == 3:
        break
else:
    print('not printed')
print('broke at', x)
for x in []:
    print('never')
else:
    print('empty else')
for k in {'b': 1, 'a': 2}:
    print('key', k)
for k, v in {'b': 1, 'a': 2}.items():
    print(k, v)
for i, ch in enumerate('xy'):
    print(i, ch)
for a, b in zip([1, 2, 3], 'ab'):
    print(a, b)
for t in (1, 'two', 3.0):
    print(type(t).__name__)
for i in range(3):
    for j in range(3):
        if j == 1:
            continue
        if i == 2:
            break
        print(i, j)
    else:
        print('inner else', i)
lst = [1, 2, 3]
for item in lst:
    if item == 1:
        lst.append(4)
    print('item', item)
for i in range(3):
    pass
print('last i', i)
total = 0
for n in range(1, 101):
    total += n
print(total)
for x in (y * 2 for y in range(3)):
    print('gen', x)
for _ in range(2):
    print('underscore')
for i in range(5, 0, -2):
    print('down', i)
d = {'a': 1}
try:
    for k in d:
        d['b'] = 2
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    for z in 42:
        pass
except TypeError as e:
    print('TypeError:', e)
