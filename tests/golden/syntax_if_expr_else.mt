# A common mistake gets CPython 3.11's specific syntax error.
a = 1 if 2
