# Self-documenting f-string expressions (f'{x=}').
x = 7
name = 'World'
print(f'{x=}')
print(f'{x*2=}')
print(f'{name=!r:>10}')
items = [1, 2]
print(f'{items[0]=} {len(items)=}')
print(f'{x=:>5}|')
print(f'{3.5=:.2f}')
print(f'{x = }')
