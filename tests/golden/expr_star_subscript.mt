# a[*t] (3.11) indexes with a tuple.
class C:
    def __getitem__(self, k): return k
t = (1, 2)
print(C()[*t], C()[*t, 3], C()[0, *t], C()[*t,], __debug__)
d = {(1, 2): "pair"}
print(d[*t])
