# __repr__ and __str__ and where each is used.
class Both:
    def __repr__(self):
        return 'Both()'
    def __str__(self):
        return 'both as str'
class ReprOnly:
    def __repr__(self):
        return 'ReprOnly()'
class StrOnly:
    def __str__(self):
        return 'str only'
b, r = Both(), ReprOnly()
print(b, r)
print(str(b), repr(b), str(r), repr(r))
print([b, r], (b,), {'k': b})
print(f'{b} {b!r} {r}')
print('%s %r' % (b, b))
print('{} {!r}'.format(b, b))
print(str(StrOnly()))
print([str(StrOnly())])
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f'Point({self.x!r}, {self.y!r})'
print(Point(1, 2), [Point('a', 2.5)])
print({Point(0, 0): 'origin'} if False else {'origin': Point(0, 0)})
class Nested:
    def __init__(self, child):
        self.child = child
    def __repr__(self):
        return f'Nested({self.child!r})'
print(Nested(Nested(Point(1, 1))))
class BadRepr:
    def __repr__(self):
        return 42
try:
    repr(BadRepr())
except TypeError as e:
    print('TypeError:', e)
class Inherit(Both):
    pass
print(Inherit(), repr(Inherit()))
print(str(Point(3, 4)))
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __str__(self):
        return f'${self.cents // 100}.{self.cents % 100:02d}'
    def __format__(self, spec):
        return format(str(self), spec)
m = Money(12345)
print(m, f'[{m:>12}]', '{:<10}|'.format(m))
