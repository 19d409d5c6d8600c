# f-strings nested in f-strings, quotes of the other kind, method calls.
people = [('Ann', 31), ('Bob', 4), ('Cy', 102)]
for name, age in people:
    print(f"{name:<6}|{age:>4}|{'adult' if age >= 18 else 'child'}")
print(f"{', '.join(f'{p[0]}={p[1]}' for p in people)}")
print(f'{"|".join(str(i) for i in range(5))}')
data = {'a': [1, 2], 'b': {'c': 'deep'}}
print(f"{data['b']['c']} {data['a'][-1]}")
print(f'{f"{1 + 1}"}')
width = 8
print(f'{"x":{"^"}{width}}')
print(f'{3.14159:.{1 + 1}f}')
def fmt(v):
    return f'<{v}>'
print(f'{fmt(fmt(1))}')
print(f"{'quote' + '!'}")
print(f'''{"it's"}''')
table = [[1, 22, 333], [4444, 5, 66]]
for row in table:
    print(' '.join(f'{c:>5}' for c in row))
print(f"{'-' * 10}")
print(f'{sorted([3, 1, 2], reverse=True)}')
print(f'{dict(a=1)}')
print(f'{ {"k": 1}["k"] }')
print(f'{(1, 2)}')
print(f'{1, 2}')
print(f"{'%d items' % 3}")
print(f'{"{:>4}".format(7)}')
