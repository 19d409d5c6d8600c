# Instances of int, float and str subclasses passed to natives that take numbers and strings:
# they stand for their value, as CPython's PyLong_Check / PyUnicode_Check accept subclasses.
import time, random
class M(int): pass
class F(float): pass
class S(str): pass
random.seed(M(3))
print(list(range(M(1), M(5), M(2))), [0] * M(3), 'x'.center(M(5)), round(M(5)), hash(M(5)), str(M(5)), bin(M(5)), oct(M(9)))
time.sleep(F(0.001))
print(random.randint(M(1), M(2)), 'abc'[M(1):M(3)], 'a-b'.split(S('-')), S('x').join(['a', 'b']), S('%s!') % 'hi', S('{}?').format(1))
print(int(S('42')), float(S('1.5')), S('a b').split(), S('abc').replace('b', S('z')), {S('k'): 1}, [S('q')], (S('t'),))
print(ord(S('a')), S('ab') * 2, sorted([S('b'), S('a')]), max(S('a'), S('b')), S('a') in {'a': 1}, S('a') in ['a'], S('a') in {'a'})
import sys
sys.stdout.write(S('written\n'))
print(getattr(M(5), S('real')), isinstance(M(1), int), issubclass(M, int), type(M(1)) == M, M.__mro__ if hasattr(M, '__mro__') else '')
