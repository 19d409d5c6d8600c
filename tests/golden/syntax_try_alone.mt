# A common mistake gets CPython 3.11's specific syntax error.
try:
    x = 1
print(x)
