# Reprs of built-in methods: unbound methods and slot wrappers of the built-in types, bound
# methods and method-wrappers (addresses cut off).
for m in [str.split, str.__eq__, str.__hash__, list.sort, list.__len__, dict.get, dict.keys, set.add, int.bit_length, float.is_integer, str.__format__, list.__reversed__, tuple.count, int.__index__, str.__contains__, dict.__contains__, list.__iadd__, object.__repr__, object.__eq__, str.__mod__]:
    print(m)
for b in ['a'.split, [].sort, (1).__eq__, 'x'.__len__, {}.get]:
    print(repr(b).split(' at ')[0])
print(str.upper, list.append, len, int.__add__, str.__len__, object.__init__)
