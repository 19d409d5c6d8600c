# Built-in iterators at their edges: a StopIteration raised by a callback ends map, filter
# and iter(callable, sentinel); enumerate counts past 2**63; range.count/index compare
# non-ints item by item; dict views that contain themselves print as `...`.
def stopper(x):
    if x == 2:
        raise StopIteration
    return x


print(list(map(stopper, [1, 2, 3])), list(map(lambda a, b: stopper(a) + b, [1, 2], [10, 20])))
print(list(filter(stopper, [1, 2, 3])), [x for x in filter(stopper, [3, 1, 2, 5])])
it = map(stopper, [2, 1])
print(list(it), list(it))

calls = []


def reader():
    calls.append(len(calls))
    if len(calls) == 3:
        raise StopIteration("done")
    return len(calls)


print(list(iter(reader, None)), calls, list(iter(reader, 5)), calls)
try:
    next(map(stopper, [2]))
except StopIteration as e:
    print("StopIteration", e.args)


def gen_over_map():
    yield from map(stopper, [1, 1, 2, 1])
    yield "after"


print(list(gen_over_map()))

print(list(enumerate("ab", 2**63)), list(enumerate("ab", 2**64 + 5)))
print(list(enumerate("abc", 2**63 - 2)), list(enumerate("a", -(2**70))))
e = enumerate("xy", start=True)
print(next(e), next(e))

r = range(10)
print(r.count(3.0), r.index(3.0), r.count(3), r.index(9), r.count(True), r.index(True))
print(range(0, 20, 5).count(10.0), range(0, 20, 5).index(15.0), r.count("3"), r.count(2.5))
for bad in (2.5, "3", 11):
    try:
        r.index(bad)
    except ValueError as err:
        print("ValueError:", err)

d = {}
d["v"] = d.values()
print(d)
d = {}
d["k"] = d.items()
print(d)
d = {}
d[1] = d.keys()
print(d, repr(d.values()))
