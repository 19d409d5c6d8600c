# list.append runs inline in the eval loop and str[int] on ASCII text returns cached
# one-character strings; every other form must behave as before.

items = []
r = items.append(1)
print(r, items)
items.append(items)
print(items)
add = items.append
add("bound")
list.append(items, "unbound")
print(len(items), items[2:], repr(add).split(" at ")[0])
try:
    items.append()
except TypeError as e:
    print("TypeError:", e)
try:
    items.append(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    items.append(x=1)
except TypeError as e:
    print("TypeError:", e)
try:
    list.append((), 1)
except TypeError as e:
    print("TypeError:", e)


class Box:
    def __init__(self):
        self.append = lambda v: print("instance append", v)


Box().append(5)
nested = [[], []]
for i in range(4):
    nested[i % 2].append(i * i)
print(nested, [].append(0))

text = "hello"
print(text[0], text[4], text[-1], text[-5], text[1] is text[1], text[0] == "h")
for bad in [5, -6]:
    try:
        text[bad]
    except IndexError as e:
        print("IndexError:", e)
uni = "héllo wörld"
print(uni[1], uni[-4], uni[7], len(uni))
print("".join([text[i] for i in range(len(text) - 1, -1, -1)]))
try:
    text[1.0]
except TypeError as e:
    print("TypeError:", e)
print(text[True], text[False])
