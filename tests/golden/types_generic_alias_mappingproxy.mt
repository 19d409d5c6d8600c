# list[int] and friends (types.GenericAlias), C.__dict__ as a mappingproxy, type.__subclasses__,
# and a classmethod wrapping a property.
print(list[int], dict[str, int], type(list[int]).__name__, list[int]())
print(list[int].__origin__, list[int].__args__, tuple[int, ...], list[list[int]], dict[str, list[int]])
print(list[int] == list[int], list[int] == list[str], hash(list[int]) == hash(list[int]))
print(list[int]([1, 2]), dict[str, int](a=1))
class L(list[int]):
    pass
print(L.__mro__, L([1]))
try:
    isinstance([], list[int])
except TypeError as e:
    print(e)
try:
    int[str]
except TypeError as e:
    print(e)
x: list[int] = [1]
print(x, type[int], tuple[()], set[int], frozenset[str], enumerate[int])

class A:
    x = 1
    def f(self): pass
class B(A): pass
class C(A): pass
print(A.__subclasses__(), B.__subclasses__(), int.__subclasses__()[:1])
d = A.__dict__
print(type(d).__name__, d["x"], "f" in d, d.get("zz", 5), sorted(k for k in d if not k.startswith("__")))
A.y = 2
print(d["y"], "y" in d.keys(), list(d.values())[-1], type(d.copy()).__name__)
for bad in ["set", "del"]:
    try:
        if bad == "set":
            d["z"] = 3
        else:
            del d["x"]
    except TypeError as e:
        print(e)
try:
    d["nope"]
except KeyError as e:
    print("KeyError", e)
# (mt's class namespaces have no __dict__/__weakref__ descriptors.)
print([k for k in type("T", (), {"a": 1}).__dict__ if k not in ("__dict__", "__weakref__")])
print(vars(A) == A.__dict__, dict(A.__dict__)["x"], {**A.__dict__}["y"], (A.__dict__ | {"q": 1})["q"])
for k, v in A.__dict__.items():
    if k == "x":
        print(k, v)
for bad in [object(), (1, 2), "ab", {1}, range(3), A()]:
    try:
        del bad[0]
    except TypeError as e:
        print(e)

class P:
    _count = 3
    @classmethod
    @property
    def name(cls): return cls.__name__ + "!"
    @classmethod
    @property
    def count(cls): return cls._count * 2
class Q(P):
    _count = 5
class R(Q):
    @classmethod
    @property
    def name(cls): return "R:" + super().name
print(P.name, P().name, Q.name, Q().name, P.count, Q.count, Q().count, R.name)

class D(dict):
    def __getitem__(self, k): return 42
    def keys(self): return ["zz"]
dd = D(a=1)
print(dict(dd), {**dd}, dd["a"])
z = {}
z.update(dd)
print(z)
class E(dict):
    def __iter__(self): return iter(["a"])
    def __getitem__(self, k): return 7
    def keys(self): return ["a", "b"]
e = E(a=1, b=2)
print(dict(e), {**e})
def kw(**k): return k
print(kw(**dd), kw(**e))
r = {1: 2, 3: 4}
print(type(reversed(r)).__name__, type(reversed(r.values())).__name__, type(reversed(r.items())).__name__)
print(list(reversed(r.items())), list(reversed(r.values())), list(reversed(r.keys())))
