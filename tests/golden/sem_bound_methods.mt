# Bound methods are first-class: stored, passed around, compared, and called later.
class Counter:
    def __init__(self, name):
        self.name = name
        self.n = 0
    def incr(self, by=1):
        self.n += by
        return f'{self.name}={self.n}'
a, b = Counter('a'), Counter('b')
ops = [a.incr, b.incr, a.incr]
print([op() for op in ops])
inc_a = a.incr
print(inc_a(10), a.n)
print(inc_a.__self__ is a, inc_a.__func__ is Counter.incr, inc_a.__name__)
print(a.incr == a.incr, a.incr == b.incr)
print(list(map(a.incr, [1, 2, 3])))
callbacks = {'A': a.incr, 'B': b.incr}
for key in sorted(callbacks):
    print(key, callbacks[key](100))
print(Counter.incr(b, 5), b.n)
words = ['x', 'yy']
add = words.append
add('zzz')
print(words)
up = 'hello'.upper
print(up(), up.__name__)
d = {}
setter = d.setdefault
setter('k', []).append(1)
setter('k', []).append(2)
print(d)
class Cfg:
    def __init__(self):
        self.handler = self.default
    def default(self):
        return 'default handler'
c = Cfg()
print(c.handler())
c.handler = lambda: 'replaced on instance'
print(c.handler(), Cfg().handler())
