# A common mistake gets CPython 3.11's specific syntax error.
d = {"a" 1}
