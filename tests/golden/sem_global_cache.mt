# LoadGlobal's cache: values that change, names that appear, shadow a builtin and vanish.
counter = 0


def bump(n):
    global counter
    for i in range(n):
        counter += 1
    return counter


print(bump(1000), bump(10))


def use_len():
    return len("abc")


print(use_len())
len = lambda s: 42  # a global now shadows the builtin
print(use_len())
del len
print(use_len())


def read_x():
    return x


x = 1
print(read_x())
x = 2
print(read_x())
y = 0  # a new key: the layout changes
x = 3
print(read_x())
del x
try:
    read_x()
except NameError as e:
    print("NameError:", e)
for i in range(3):
    x = i * 10
    print(read_x())
