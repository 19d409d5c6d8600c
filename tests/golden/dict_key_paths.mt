# Dict lookups with str and int keys take a fast path; these keys must still meet
# floats, bools, big ints and user objects with their own __eq__/__hash__ as CPython does.

class Loose:
    def __init__(self, text):
        self.text = text

    def __hash__(self):
        return hash(self.text)

    def __eq__(self, other):
        print("Loose.__eq__", self.text, repr(other))
        return self.text == other


d = {}
d[1] = "int one"
print(d[1], d[True], d[1.0], 1.0 in d, True in d)
d[True] = "bool one"
print(d, len(d))
d[2 ** 64] = "big"
print(d[2 ** 64], 2 ** 64 in d, (2 ** 64) * 1.0 in d)
print(d.get(-1), hash(-1), hash(-2), hash(-1) == hash(-2))
d[-1] = "minus one"
d[-2] = "minus two"
print(d[-1], d[-2])

e = {}
e[Loose("key")] = "loose"
print("key" in e)
print(e["key"])
e["key"] = "replaced"
print(list(e.values()))
print(len(e))

f = {"a": 1, "b": 2}
for k in ["a", "b", "c"]:
    print(k, k in f, f.get(k))
try:
    f["c"]
except KeyError as err:
    print("KeyError", err)
try:
    f[[1]]
except TypeError as err:
    print("TypeError", err)
key = "".join(["a", "b"])
f[key] = 3
print(f["ab"], f[key], "ab" in f)
g = {i: i * i for i in range(-5, 6)}
print(g[-5], g[5], g[0], -6 in g, g)
h = {(1, "x"): "tuple"}
print(h[(1, "x")], (1, "x") in h)
print({1.5: "f"}[1.5], {"": 0}[""])
