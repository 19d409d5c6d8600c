# Annotated assignments and function annotations are accepted (and mostly ignored).
x: int = 5
print(x)
y: list = []
y.append(1)
print(y)
name: str
try:
    print(name)
except NameError as e:
    print('NameError:', e)
z: float = 1.5; print(z)
def add(a: int, b: int = 2) -> int:
    return a + b
print(add(1), add(1, 3))
def nothing() -> None:
    print('nothing')
nothing()
def star(*args: int, key: str = 'k', **kw: float) -> dict:
    return {'args': args, 'key': key, 'kw': kw}
print(star(1, 2, key='x', q=1.0))
class Point:
    x: int
    y: int = 0
    label: str = 'p'
    def __init__(self, x: int, y: int = 0) -> None:
        self.x = x
        self.y = y
    def run(self) -> None:
        print('run', self.x, self.y)
    def dist2(self, other: 'Point') -> float:
        return (self.x - other.x) ** 2 + (self.y - other.y) ** 2
p = Point(3, 4)
p.run()
print(p.dist2(Point(0)), Point.y, Point.label)
def inner():
    local: int = 3
    other: str
    return local
print(inner())
obj = Point(1)
obj.x: int = 99
print(obj.x)
d = {}
d['k']: int = 7
print(d)
lst: list = [i for i in range(3)]
print(lst)
result: 'forward ref' = 'string annotation'
print(result)
count: int = 0
for i in range(3):
    count += i
print(count)
