# if / elif / else chains, truthiness of many values.
def classify(n):
    if n < 0:
        return 'negative'
    elif n == 0:
        return 'zero'
    elif n < 10:
        return 'small'
    elif n < 100:
        return 'medium'
    else:
        return 'large'
for n in (-5, 0, 3, 42, 1000):
    print(n, classify(n))
for v in (0, 1, -1, 0.0, 0.1, '', ' ', [], [0], (), (None,), {}, {0: 0}, set(), None, range(0), range(1)):
    if v:
        print(repr(v), 'truthy')
    else:
        print(repr(v), 'falsy')
x = 5
if x:
    pass
print('after pass')
if x > 3:
    if x > 4:
        print('nested both')
    else:
        print('nested outer only')
if not x:
    print('not printed')
elif x == 5:
    print('elif hit')
if x == 1: print('one')
elif x == 5: print('five')
else: print('other')
class Falsy:
    def __bool__(self):
        return False
class Empty:
    def __len__(self):
        return 0
class Plain:
    pass
print('Falsy' if Falsy() else 'truthy', 'Empty' if Empty() else 'len 0 is falsy', 'plain truthy' if Plain() else '')
