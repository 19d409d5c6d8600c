# Explicit dunder calls on built-in values and through super() in subclasses: the slot
# wrappers of str, list, tuple, dict, set and frozenset, and subclass reprs and formats.
class Tag(str):
    def __str__(self): return "<" + super().__str__() + ">"
print(Tag("b"), "y".__str__(), "s".__repr__(), None.__repr__(), range(2).__repr__())
x = "ab"; y = "a"; y += "b"
print(x.__eq__(y), [1].__eq__([1]), (1,).__eq__((1,)), {1: 2}.__eq__({1: 2}), "a".__eq__(1), [1].__lt__([2]))
print("x".__hash__() == hash("x"), (1, 2).__hash__() == hash((1, 2)), list.__hash__, frozenset([1]).__hash__() == hash(frozenset([1])))
class Name(str):
    def __eq__(self, o): return super().__eq__(o)
    def __hash__(self): return super().__hash__()
n = Name("bob"); print({n: 1}.get("bob"), "bob" in {n}, n == 'bob', n != 'bob')
class MyList(list):
    def __add__(self, o): return MyList(super().__add__(o))
    def __iadd__(self, o):
        super().__iadd__(o)
        return self
m = MyList([1]) + [2]
m += [3]
print(type(m).__name__, m, [1].__add__([2]), [1].__mul__(2), 'ab'.__mul__(2), 'a%s'.__mod__(1), 'a'.__add__('b'))
class K(str):
    def __eq__(self, o): return True
class L(list):
    def __eq__(self, o): return True
print(K("Ab") != "x", L() != 5, K("a") == 5)
print({1, 2}.__or__({3}) == {1, 2, 3}, {1, 2}.__sub__({1}), frozenset({1}).__and__({1, 2}), {1: 2}.__or__({3: 4}))
try:
    hash(L())
except TypeError as e:
    print(e)
class S(set): pass
class F(frozenset): pass
print(S([1]), S(), F(), F([2]), repr(S([3])))
class Fm:
    def __format__(self, spec): return f"<{spec}>"
print(f"{Fm()}", format(Fm()), f"{Fm():x}")
