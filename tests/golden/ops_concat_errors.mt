# Concatenating a str, list or tuple with an object that does not support it: CPython's
# 'can only concatenate' message; functions and classes made by exec in bare globals.
class W:
    pass
class R:
    def __radd__(self, other):
        return 'radd'
class N:
    def __radd__(self, other):
        return NotImplemented
for left in ['total: ', [1], (1,)]:
    for right in [W(), N(), 5, None]:
        try:
            left + right
        except TypeError as e:
            print(e)
    print(left + R())
exec("def fm(): pass\nprint(fm.__module__)", {})
exec("class A: pass\nprint(A.__module__)", {})
exec("def fm(): pass\nprint(fm.__module__)", {'__name__': 'custom'})
