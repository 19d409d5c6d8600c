# Instances of subclasses of built-in types behave as the built-in value wherever the subclass
# does not override the behaviour: operators, len, iteration, indexing, hashing, formatting.
import queue


class Stack(list):
    def push(self, item):
        self.append(item)
        return self


s = Stack()
print(s, len(s), bool(s), type(s).__name__, type(s) is Stack, isinstance(s, list))
s.push(1).push(2).push(3)
print(s, s[0], s[-1], s[1:], type(s[1:]).__name__, s * 2, 2 * s, list(reversed(s)))
print(s == [1, 2, 3], s != [1, 2, 3], s < [1, 3], [0] < s, s + s, 2 in s, 7 not in s)
before = s
s += [4]
print(s, s is before, type(s).__name__)
s *= 2
print(s, s is before, s.count(4), s.index(3))
s[0] = 10
del s[1]
s.sort()
print(s, sorted(s, reverse=True), max(s), min(s), sum(s), s.copy(), type(s.copy()).__name__)
s.label = 'mine'
print(s.label, s.__dict__, [x * 2 for x in s][:3])
print(list.__len__(s), list.append(s, 99), s[-1], Stack.push(s, 100)[-1])


class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))

    def swapped(self):
        return Pair(self[1], self[0])

    def __repr__(self):
        return f'Pair{tuple(self)}'


p = Pair(1, 2)
x, y = p
print(p, p.swapped(), x, y, len(p), p + (3,), p == (1, 2), hash(p) == hash((1, 2)), {p: 'v'}[(1, 2)])
print(type(p).__name__, isinstance(p, tuple), sorted([Pair(2, 1), Pair(1, 5)]), str(p))


class Name(str):
    def greet(self):
        return 'hi ' + self


n = Name('bob')
print(n, repr(n), n.greet(), n.upper(), n.title(), n[0], n * 2, n + '!', '!' + n, len(n))
print(', '.join([n, Name('al')]), n in 'bobby', 'o' in n, n.split('o'), f'{n:>6}|', '%s|%r' % (n, n))
print({n: 1}['bob'], {'bob': 2}[n], n == 'bob', hash(n) == hash('bob'), n < 'c', sorted([Name('b'), 'a']))
print(str(n), type(str(n)).__name__, list(n), str.upper(n), n.startswith(Name('b')))


class Celsius(float):
    def to_f(self):
        return self * 9 / 5 + 32


c = Celsius(100)
print(c, repr(c), c.to_f(), c + 1, -c, abs(Celsius(-2.5)), round(c), int(c), c > 99, f'{c:.1f}')


class Count(int):
    pass


k = Count(7)
print(k, k + 1, k - Count(2), k * k, k // 2, k % 4, -k, k ** 2, k & 3, k << 1, divmod(k, 2))
print(list(range(Count(3))), [10, 20, 30, 40][Count(1)], 'ab' * Count(2), hex(k), f'{k:03d}', '%d' % k)
print(k == 7, k < 8, max(Count(3), Count(9)), sorted([Count(5), 2, Count(1)]), {k: 'seven'}[7], bool(Count(0)))


class Registry(dict):
    def __missing__(self, key):
        return key.upper()


r = Registry(a=1)
r['b'] = 2
print(r, r['a'], r['zz'], r.get('zz'), 'zz' in r, len(r), list(r), list(r.items()), r.keys())
r.update({'c': 3})
del r['a']
print(r, r == {'b': 2, 'c': 3}, dict(r), type(dict(r)).__name__, r.pop('b'), r, bool(Registry()))


class LoudDict(dict):
    def __setitem__(self, key, value):
        print('set', key, value)
        super().__setitem__(key, value * 10)

    def __getitem__(self, key):
        return super().__getitem__(key) + 1

    def __len__(self):
        return 42

    def __contains__(self, key):
        return True


ld = LoudDict()
ld['x'] = 1
print(ld['x'], len(ld), 'nothing' in ld, dict.__len__(ld), dict.__contains__(ld, 'nothing'), ld)


class Tags(set):
    def add_all(self, *items):
        for i in items:
            self.add(i)
        return self


t = Tags([1])
t.add_all(2, 3)
print(sorted(t), len(t), 2 in t, t | {9} == {1, 2, 3, 9}, t == {1, 2, 3}, type(t).__name__)


class Inbox(queue.Queue):
    def put_all(self, items):
        for i in items:
            self.put(i)


q = Inbox()
q.put_all([1, 2, 3])
print(q.qsize(), q.get(), q.get_nowait(), q.empty(), isinstance(q, queue.Queue), type(q).__name__)

try:
    Stack(5)
except TypeError as e:
    print('TypeError:', e)
try:
    Count('x')
except ValueError as e:
    print('ValueError:', e)
try:
    Registry()['k'] = 1
    Registry(1)
except TypeError as e:
    print('TypeError:', e)
