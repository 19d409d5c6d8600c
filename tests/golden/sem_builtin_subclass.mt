# Subclassing built-in types: list, dict, str, int, and Exception.
class Stack(list):
    def push(self, item):
        self.append(item)
        return self
    def peek(self):
        return self[-1] if self else None
s = Stack([1, 2])
s.push(3).push(4)
print(s, len(s), s.peek(), s.pop(), isinstance(s, list), type(s).__name__, s + [9])
class DefaultDict(dict):
    def __init__(self, factory):
        super().__init__()
        self.factory = factory
    def __missing__(self, key):
        value = self[key] = self.factory()
        return value
dd = DefaultDict(list)
dd['a'].append(1)
dd['a'].append(2)
dd['b'].append(3)
print(dd, len(dd), 'c' in dd, dd.get('c'))
class Upper(str):
    def shout(self):
        return self.upper() + '!'
u = Upper('hello')
print(u, u.shout(), u + ' world', len(u), isinstance(u, str), u == 'hello', u[1:3])
class Meters(int):
    def __str__(self):
        return f'{int(self)} m'
m = Meters(5)
print(m, m + 3, type(m + 3).__name__, m * 2, repr(m), m == 5, sorted([Meters(3), Meters(1)]))
class Money(float):
    def __repr__(self):
        return f'${float(self):.2f}'
print([Money(1.5), Money(2)], Money(1.5) + 1)
class CountingList(list):
    def __init__(self, *args):
        super().__init__(*args)
        self.appends = 0
    def append(self, x):
        self.appends += 1
        super().append(x)
cl = CountingList([5])
cl.append(6)
cl.append(7)
print(cl, cl.appends, sum(cl))
class Config(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name)
c = Config(host='localhost', port=8080)
print(c.host, c.port, c['host'], sorted(c))
try:
    c.missing
except AttributeError as e:
    print('AttributeError:', e)
