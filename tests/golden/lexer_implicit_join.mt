# Implicit line joining inside (), [] and {}.
total = (1 +
         2 +
         3)
print(total)
items = [
    1,
    2,
    3,   # trailing comma and comment
]
print(items)
d = {
    'a': 1,
        'b': 2,
  'c': 3
}
print(d)
def f(a,
      b,
          c=3):
    return a + b + c
print(f(1,
        2))
print(f(
    1, 2, 3
))
s = ('abc'
     'def'
     "ghi")
print(s)
t = (
)
print(t)
nested = [[1, 2,
           3], [4,
                5]]
print(nested)
x = {1,
     2}
print(sorted(x))
print(max(
    [3, 9,
     4]
))
if (total > 5 and
        total < 10):
    print('in range')
result = [i * 2
          for i in range(5)
          if i % 2 == 0]
print(result)
print("end")
