# An AttributeError suggests an attribute the value computes, as CPython does.
n = 5
print(n.real2)
