# True, False and None.
print(True, False, None)
print(repr(True), repr(None))
print(type(True).__name__, type(None).__name__)
print(True == 1, False == 0, True is True, None is None)
print(True + 1, False * 5, True / 2)
print(int(True), float(False), str(True))
print(not None, not True, not 0, not '')
print(bool(None), bool(0), bool(1), bool(''), bool('x'), bool([]), bool([0]))
print(None == False, None == 0, None is not False)
print(isinstance(True, int), issubclass(bool, int))
print(True & False, True | False, True ^ True)
print(type(True & False).__name__, type(True + False).__name__)
print(hash(True), hash(False))
print([None] * 3)
print({True: 'yes', False: 'no'}[1 == 1])
print(True > False, max(True, False))
print(str(None), repr(None))
print(sum([True, True, False, True]))
x = None
if x is None:
    print('x is None')
print(-True, ~False, abs(-True))
d = {1: 'one'}
d[True] = 'true'
print(d)
