# Bound methods compare and hash by function and receiver; __getattr__ is the fallback when
# a property raises AttributeError.
class A:
    def m(self): return 1
    @property
    def p(self): raise AttributeError("inner")
    def __getattr__(self, n): return "fallback:" + n
a = A()
print(a.m == a.m, a.m in {a.m}, hash(a.m) == hash(a.m), a.m == A().m)
d = {a.m: 1}
print(d.get(a.m))
print(a.p, a.zz)
class B:
    @property
    def p(self): raise AttributeError("inner")
try:
    B().p
except AttributeError as e:
    print("AttributeError:", e)
