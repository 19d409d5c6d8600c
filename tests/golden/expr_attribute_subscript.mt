# Attribute access and subscripts on many kinds of objects.
class Node:
    def __init__(self, value, children=None):
        self.value = value
        self.children = children or []
tree = Node(1, [Node(2, [Node(4)]), Node(3)])
print(tree.value, tree.children[0].value, tree.children[0].children[0].value)
print(tree.children[-1].value, len(tree.children[1].children))
data = {'users': [{'name': 'ann', 'tags': ['a', 'b']}, {'name': 'bob', 'tags': []}]}
print(data['users'][0]['name'], data['users'][0]['tags'][1], data['users'][-1]['name'])
m = [[1, 2, 3], [4, 5, 6]]
print(m[1][2], m[-1][-1], m[0][::-1])
s = 'hello'
print(s[0], s[-1], s[1:3], s[4], 'xyz'[1])
t = (1, (2, (3, 4)))
print(t[1][1][0])
print([10, 20, 30][1], (10, 20)[0], {'k': 'v'}['k'], range(10)[3])
print('abc'.upper().lower().capitalize())
print([1, 2, 3].index(2), (5, 5).count(5))
print((1).__class__.__name__, 'x'.__class__.__name__)
print(tree.__class__.__name__)
print(Node.__name__)
class Obj:
    pass
o = Obj()
o.a = 1
o.b = Obj()
o.b.c = [0, 1]
o.b.c[1] = 'set'
print(o.a, o.b.c)
try:
    print([1][5])
except IndexError as e:
    print('IndexError:', e)
try:
    print((1,)[5])
except IndexError as e:
    print('IndexError:', e)
try:
    print('a'[5])
except IndexError as e:
    print('IndexError:', e)
try:
    print({}['missing'])
except KeyError as e:
    print('KeyError:', e)
try:
    print(o.missing)
except AttributeError as e:
    print('AttributeError:', e)
try:
    lst = [1]
    print(lst['a'])
except TypeError as e:
    print('TypeError:', e)
try:
    five = 5
    print(five[0])
except TypeError as e:
    print('TypeError:', e)
