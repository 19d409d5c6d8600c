# except clauses check every class before matching (a nested tuple is an error), with
# looks __enter__/__exit__ up on the type, and __suppress_context__ is writable (bool only).
try:
    try:
        raise ValueError('v')
    except (KeyError, (TypeError, ValueError)) as x:
        print('ok')
except TypeError as e:
    print('TypeError:', e)
try:
    try:
        raise ValueError('v')
    except (ValueError, 5):
        print('matched')
except TypeError as e:
    print('TypeError:', e)
class Inst: pass
o = Inst(); o.__enter__ = lambda: 1; o.__exit__ = lambda *a: None
try:
    with o:
        print('entered')
except TypeError as e:
    print('TypeError:', e)
class Half:
    def __enter__(self): return self
try:
    with Half():
        pass
except TypeError as e:
    print('TypeError:', e)
e = ValueError('v')
print(e.__suppress_context__)
e.__suppress_context__ = True
print(e.__suppress_context__)
try:
    e.__suppress_context__ = 0
except TypeError as err:
    print("TypeError:", err)
print(e.__suppress_context__)
def shown():
    try:
        1 / 0
    except ZeroDivisionError:
        e = ValueError("v")
        e.__suppress_context__ = True
        return e
print(repr(shown().__context__), shown().__suppress_context__)
