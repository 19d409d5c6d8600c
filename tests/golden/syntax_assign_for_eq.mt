# A common mistake gets CPython 3.11's specific syntax error.
x = 1
if x = 1:
    pass
