# Assignment expressions (PEP 572): where they may appear and where they bind.
data = [1, 5, 8, 3, 12]
if (n := len(data)) > 3:
    print("long", n)

i = 0
while (chunk := data[i:i + 2]):
    print("chunk", chunk)
    i += 2

print([y for x in data if (y := x * 2) > 6])
print("y leaked to module:", y)

def f(values):
    total = [(last := v) for v in values]
    return total, last

print(f([4, 5, 6]))

def counter():
    count = 0
    def bump():
        nonlocal count
        return [(count := count + 1) for _ in range(3)]
    return bump(), count

print(counter())

def g():
    global G
    [G := k for k in "abc"]
    return G

print(g(), G)

print((a := 10, a + 1))
print([b := 3, b * 2])
print({c := "s", c + "t"} == {"s", "st"})
print(max(d := 7, 2), d)
print("xyz"[(e := 1)], e)
print("xyz"[e2 := 2], e2)
print(f"{(h := 42)} {h}")
v = 5
print(f"{v:=6}")

def gen():
    while (x := (yield)) is not None:
        print("got", x)

gg = gen()
next(gg)
gg.send(1)
gg.send(2)

lam = lambda: (z := 9) + z
print(lam())

nested = [[(last2 := a * b) for a in range(3)] for b in range(2)]
print(nested, last2)

class K:
    m = (w := 3) * 2
print(K.m, K.w if hasattr(K, "w") else "no w")

print(sum(q for r in range(4) if (q := r * r) % 2 == 0))
print(any((hit := v) > 4 for v in [1, 3, 5, 7]), hit)

def scope_check():
    [(inner := 1) for _ in range(1)]
    return "inner" in dir() or inner

print(scope_check())

class Mangled:
    import math as __m
    from sys import platform as __p
    def use(self):
        return self.__m.floor(2.5), type(self.__p).__name__
print(Mangled().use(), sorted(k for k in vars(Mangled) if "__m" in k or "__p" in k))
