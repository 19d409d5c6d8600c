# type, isinstance (tuples of types), issubclass.
print(type(1), type(1.0), type('s'), type([]), type(()), type({}), type(set()), type(None), type(True))
print(type(range(1)), type(len), type(type), type(object))
class A: pass
class B(A): pass
print(type(A()).__name__, type(B()).__name__, type(A).__name__, type(1).__name__)
print(type(1) is int, type(True) is bool, type(True) == int, type(B()) is A)
print(isinstance(1, int), isinstance(1, (str, int)), isinstance(1, (str, float)), isinstance('x', str))
print(isinstance(B(), A), isinstance(A(), B), isinstance(B(), (int, (str, A))))
print(isinstance(True, int), isinstance(1, bool), isinstance(1.0, float), isinstance(1, float))
print(isinstance([], list), isinstance((), tuple), isinstance({}, dict), isinstance(set(), set), isinstance(frozenset(), set))
print(isinstance(None, type(None)), isinstance(A, type), isinstance(int, type), isinstance(1, object))
print(issubclass(B, A), issubclass(A, B), issubclass(A, A), issubclass(bool, int), issubclass(int, object))
print(issubclass(B, (str, A)), issubclass(ZeroDivisionError, ArithmeticError), issubclass(type, object))
def f(): pass
print(type(f).__name__, type(lambda: 0).__name__, type(print).__name__)
class M:
    def m(self): pass
print(type(M().m).__name__, type(M.m).__name__)
print(type('x')('abc'), type(5)('7') + 1, type([])('ab'))
print(str(int), repr(str), str(A) == "<class '__main__.A'>", repr(B))
try:
    isinstance(1, 'int')
except TypeError as e:
    print('TypeError:', e)
try:
    issubclass(1, int)
except TypeError as e:
    print('TypeError:', e)
