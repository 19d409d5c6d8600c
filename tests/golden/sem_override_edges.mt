# Overrides that are built-in methods of another name, reflected operators of str subclasses,
# shifts and hashes at the edges, chr's C-int range, and CPython's wording for a few errors.
class D(dict):
    __getitem__ = dict.get
print(D(a=1)['zz'], D(a=1)['a'])
class S(str):
    __str__ = str.upper
print(str(S('ab')))
class S2(str):
    def __rmod__(self, o): return 'S.__rmod__'
print('abc%s' % S2('x'))
print(0 << 2**100, hash(''), 5 >> 2**100, -5 >> 2**100)
try:
    chr(2**100)
except Exception as e:
    print(type(e).__name__, e)
def f(**k): pass
try:
    f(a=1, **{'a': 2})
except TypeError as e:
    print(e)
class BadIter:
    def __iter__(self): return 1
try:
    a, b = BadIter()
except TypeError as e:
    print(e)
for base in (bool, type(None), range, slice):
    try:
        class X(base): pass
        print("accepted", base.__name__)
    except TypeError as e:
        print(e)
class WithIter:
    def __iter__(self): raise TypeError("my own iter error")
try:
    a, b = WithIter()
except TypeError as e:
    print(e)
try:
    a, b = 5
except TypeError as e:
    print(e)
try:
    a, *b = 5
except TypeError as e:
    print(e)
for v in (-1, 0x110000, -2**40, 2**40):
    try:
        chr(v)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
def plain(): pass
print(callable(staticmethod(plain)), callable(classmethod(plain)))
