# Explicit line joining with a backslash.
x = 1 + \
    2 + \
    3
print(x)
if x == 6 and \
   x > 0:
    print('joined condition')
s = 'hello ' \
    'world'
print(s)
def g(a, b):
    return a * b
y = g(2,
      3) \
    + 4
print(y)
long_name = \
    'value'
print(long_name)
z = [1, 2, \
     3]
print(z)
print(1 \
      + 1)
w = 10 \
\
  - 3
print(w)
text = "a backslash inside a string \\ stays"
print(text)
assert x == 6, \
    'message'
print('done')
