# slice objects: repr, attributes, indices(), and use as subscripts.
s = slice(1, 5, 2)
print(s, slice(3), slice(None, None, -1), slice(1, None))
print(s.start, s.stop, s.step, slice(4).start, slice(4).stop)
print(s.indices(10), slice(None).indices(5), slice(-3, None).indices(10), slice(None, None, -1).indices(4))
print(slice(-100, 100).indices(5), slice(10, 2, -3).indices(6))
data = list(range(10))
print(data[s], data[slice(None, None, 3)], 'abcdefgh'[slice(2, -2)])
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
class Echo:
    def __getitem__(self, k):
        return k
e = Echo()
print(e[1:2], e[:], e[::2], e[1:2, 3], e[:, 0])
print(type(s).__name__)
