# __index__ results: ints and big ints as CPython takes them, and the errors for others.
class F:
    def __index__(self): return 1.5
class B:
    def __index__(self): return 2**70
class C(int): pass
print([1, 2, 3][C(2)], list(range(C(2))), range(B())[:1])
for bad in [lambda: [1][F()], lambda: [1][B()], lambda: range(F()), lambda: 'ab'[F()]]:
    try:
        bad()
    except (TypeError, IndexError) as e:
        print(type(e).__name__, e)
