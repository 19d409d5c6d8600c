# f-string basics: expressions, calls, indexing, nested quotes, braces.
name = 'World'
n = 42
items = [10, 20, 30]
d = {'key': 'value', 'n': 3}
print(f'Hello, {name}!')
print(f"{n} {n + 1} {n * 2}")
print(f'{items[0]} {items[-1]} {items[1:]}')
print(f"{d['key']} {d['n'] * 2}")
print(f'{len(items)} {sum(items)} {max(items)}')
print(f'{name.upper()} {name.lower()[::-1]}')
print(f'{{literal braces}} {{{n}}}')
print(f'{"nested double"}')
print(F'capital F {n}')
print(f'{n!r} {name!r} {name!s}')
print(f'{items!r} {d!s}')
print(f'{3.0} {1/3} {2**100}')
print(f'{None} {True} {[1, "a"]}')
print(f'{n if n > 10 else 0}')
print(f'{(lambda x: x * 2)(5)}')
print(f'{[i * i for i in range(4)]}')
print(f'{name}{name}')
print(f'')
print(f'no fields')
print(f'{"a" + "b"}')
print(f'{n}' '{not an fstring}')
print(f'multi {n} '
      f'line {name}')
x = 7
print(f"""triple {n}
quoted {name}""")
print(f'tab\t{n}\n{n}')
print(f'{ n }')
print(f'{d["key"]!r}')
print(f'{"{"}{"}"}')
print(f'{items[n // 21]}')
class P:
    def __init__(self):
        self.x = 1
        self.y = [2, 3]
p = P()
print(f'{p.x} {p.y[1]} {p.y}')
