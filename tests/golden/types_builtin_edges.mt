# Small built-in edges: the types module's classes, messages naming bool and computed
# attributes, object.__new__ on a non-type, eval of nothing.
print(type(list[int]), type(int | str))
try:
    format(True, 's')
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)
print(format(True, 'd'), format(False, '>5'), f"{True:x}")
for obj, name in [(5, 'real'), (5, 'bit_length'), (5, 'nope'), (range(3), 'start'), (1.5, 'imag')]:
    try:
        setattr(obj, name, 2)
    except AttributeError as e:
        print(e)
try:
    object.__new__(5)
except TypeError as e:
    print(e)
for src in ['', '   ', '\n', '# c']:
    try:
        eval(src)
    except SyntaxError as e:
        print(repr(src), e.args, e)
for src in ['  \n\n', '\n# x\n', ' # c\n']:
    try:
        eval(src)
    except SyntaxError as e:
        print(repr(src), e.args)
for obj, name in [(slice(1, 2), 'step'), (range(2), 'stop'), ([], 'append'), ({}, 'x'), ('s', 'upper'), (property(), 'fget'), (iter([]), 'x')]:
    try:
        setattr(obj, name, 2)
    except AttributeError as e:
        print(e)
