# The names CPython's __main__ starts with (dir() at module level), and __loader__'s fields.
print(dir())
print(__package__, __spec__, __cached__, __annotations__, type(__loader__).__name__, __loader__.name)
print(__loader__.path == __file__)
x: int = 1
print(__annotations__)
def f():
    return sorted(globals())
print(f())
