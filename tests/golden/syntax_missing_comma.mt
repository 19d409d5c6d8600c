# A common mistake gets CPython 3.11's specific syntax error.
x = [1, 2 3]
