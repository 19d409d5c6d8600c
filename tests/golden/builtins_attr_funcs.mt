# getattr (default), setattr, hasattr, delattr, vars, dir, callable.
class Config:
    debug = False
    def __init__(self):
        self.name = 'cfg'
        self.level = 3
    def method(self):
        return 'method'
    def _private(self):
        pass
c = Config()
print(getattr(c, 'name'), getattr(c, 'debug'), getattr(c, 'missing', 'dflt'), getattr(c, 'method')())
setattr(c, 'level', 10)
setattr(c, 'new_attr', [1])
print(c.level, c.new_attr)
print(hasattr(c, 'name'), hasattr(c, 'nope'), hasattr(Config, 'method'), hasattr(Config, 'name'))
delattr(c, 'new_attr')
print(hasattr(c, 'new_attr'))
try:
    getattr(c, 'missing')
except AttributeError as e:
    print('AttributeError:', e)
try:
    delattr(c, 'missing')
except AttributeError as e:
    print('AttributeError:', e)
print(vars(c))
c.zeta = 1
c.alpha = 2
print(vars(c), vars(c) is c.__dict__)
print([n for n in dir(c) if not n.startswith('__')])
print([n for n in dir(Config) if not n.startswith('__')])
class Sub(Config):
    extra = 1
print([n for n in dir(Sub()) if not n.startswith('__')])
print(callable(len), callable(Config), callable(c), callable(c.method), callable(lambda: 0), callable(5), callable('s'))
class CallMe:
    def __call__(self):
        return 'called'
print(callable(CallMe()), CallMe()())
print(getattr([1, 2], 'append') is not None, getattr('abc', 'upper')())
print(getattr(5, 'real'), getattr(Config, '__name__'))
for attr in ('name', 'level', 'debug'):
    print(attr, '=', getattr(c, attr))
try:
    setattr(5, 'x', 1)
except AttributeError as e:
    print('AttributeError:', e)
try:
    getattr(c, 5)
except TypeError as e:
    print('TypeError:', e)
