# A sequence repeat count may be any object with __index__, as in CPython.
class Ix:
    def __index__(self):
        return 3
print([1] * Ix(), Ix() * 'ab', (0,) * Ix(), 'x' * Ix())
