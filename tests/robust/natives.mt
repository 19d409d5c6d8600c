# Calls every method of the built-in types with odd receivers, argument counts and keywords.
# Each call may raise an mt exception; none may crash mt (see tests/natives_robust.rs).
types_ = [int, float, str, list, tuple, dict, set, frozenset, bool, range, slice, object, type,
          property, staticmethod, classmethod, BaseException, ValueError, KeyError, OSError,
          type(None), type(iter([])), type((x for x in [])), type({}.keys()), type(print)]
def values():
    return [None, 0, 1, -1, 2**100, 1.5, float('nan'), '', 'abc', [], [1, 2], (), (1,), {},
            {'a': 1}, set(), {1}, frozenset(), range(3), slice(1, 2), object(), int, len,
            lambda: 0, Exception('x'), iter([1]), (y for y in [1]), {}.keys(), -2**70, 10**6]
count = 0
for t in types_:
    for name in dir(t):
        if name in ('__class__', '__new__', '__init_subclass__', '__subclasshook__'):
            continue
        try:
            m = getattr(t, name)
        except Exception:
            continue
        if not callable(m):
            continue
        for recv in values():
            for extra in [(), (0,), (None, None, None, None), ('a',), (1, 2), ([],), (None,), (2**100,), (-1,), ('a', 'b', 'c')]:
                try:
                    m(recv, *extra)
                except Exception:
                    pass
                count += 1
print('calls', count > 10000)
for t in types_:
    for name in dir(t):
        m = getattr(t, name, None)
        if callable(m) and name not in ('__new__',):
            for kw in [{}, {'x': 1}, {'key': None}, {'sep': 1}]:
                try:
                    m(**kw)
                except Exception:
                    pass
print('kw done')
