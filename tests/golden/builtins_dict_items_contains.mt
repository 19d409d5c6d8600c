# Membership in dict views: items look the key up (it must be hashable) and compare the value.
d = {1: "a", (2, 3): [4]}
print((1, "a") in d.items(), (1, "b") in d.items(), ((2, 3), [4]) in d.items(), 1 in d.items(), (1,) in d.items(), [1, "a"] in d.items())
try:
    ([], 1) in d.items()
except TypeError as e:
    print("TypeError", e)
print("a" in d.values(), [4] in d.values(), (2, 3) in d.keys())
