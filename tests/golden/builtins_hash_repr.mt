# hash of numbers (deterministic), equal hashes for equal numbers, and repr.
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(0.0) == hash(False) == hash(-0.0))
print(hash(1), hash(0), hash(-1), hash(-2), hash(42), hash(10**6))
print(hash(2**61 - 1), hash(2**61), hash(2**64), hash(-(2**64)))
print(hash(1.5), hash(-0.5), hash(2.0), hash(2.0) == hash(2))
print(hash(float('inf')), hash(float('-inf')))
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()), hash('s') == hash('s'))
print(type(hash('anything')).__name__, type(hash(None)).__name__)
d = {1: 'int key'}
print(d[1.0], d[True], {1.0: 'a'}.get(1))
print(repr(1), repr(1.0), repr('s'), repr([1, 's']), repr((1,)), repr({}), repr(None), repr(True))
print(repr(set()), repr(frozenset([1])), repr(range(3)), repr(slice(1)))
print(repr(int), repr(ValueError), repr(ValueError('v')))
class R:
    def __repr__(self):
        return 'R!'
print(repr(R()), repr([R(), R()]), repr({'r': R()}))
