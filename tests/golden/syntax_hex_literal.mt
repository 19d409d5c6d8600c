# A common mistake gets CPython 3.11's specific syntax error.
x = 0xg
