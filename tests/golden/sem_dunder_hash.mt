# __hash__ and dict/set keys; classes defining __eq__ become unhashable.
class Key:
    def __init__(self, name):
        self.name = name
    def __eq__(self, other):
        return isinstance(other, Key) and self.name.lower() == other.name.lower()
    def __hash__(self):
        return hash(self.name.lower())
    def __repr__(self):
        return f'Key({self.name!r})'
d = {Key('A'): 1}
d[Key('a')] = 2
print(d, len(d))
print(Key('A') in d, Key('b') in d)
s = {Key('x'), Key('X'), Key('y')}
print(len(s))
class EqOnly:
    def __eq__(self, other):
        return True
try:
    hash(EqOnly())
except TypeError as e:
    print('TypeError:', e)
try:
    {EqOnly(): 1}
except TypeError as e:
    print('TypeError:', e)
print(EqOnly.__hash__ is None)
class Plain:
    pass
p = Plain()
print(hash(p) == hash(p), {p: 'ok'}[p])
class ConstHash:
    def __hash__(self):
        return 7
print(hash(ConstHash()))
class NegHash:
    def __hash__(self):
        return -1
print(hash(NegHash()))
for unhashable in ([], {}, set()):
    try:
        hash(unhashable)
    except TypeError as e:
        print('TypeError:', e)
try:
    {[1, 2]: 'x'}
except TypeError as e:
    print('TypeError:', e)
try:
    set([[1]])
except TypeError as e:
    print('TypeError:', e)
print(hash((1, 2)) == hash((1, 2)), hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
try:
    hash((1, [2]))
except TypeError as e:
    print('TypeError:', e)
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, o):
        return (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
grid = {Point(0, 0): 'origin', Point(1, 0): 'east'}
print(grid[Point(1, 0)], Point(0, 0) in grid)
class BadHash:
    def __hash__(self):
        return 'not an int'
try:
    hash(BadHash())
except TypeError as e:
    print('TypeError:', e)
