# Functions and classes defined inside functions, loops and conditionals.
def make_ops():
    ops = {}
    for name, symbol in [('add', '+'), ('mul', '*')]:
        if name == 'add':
            def op(a, b):
                return a + b
        else:
            def op(a, b):
                return a * b
        op.symbol = symbol
        ops[name] = op
    return ops
ops = make_ops()
print(ops['add'](3, 4), ops['mul'](3, 4), ops['add'].symbol, ops['mul'].__name__)
def class_factory(base_value):
    class Made:
        value = base_value
        def get(self):
            return self.value * 2
    return Made
A = class_factory(5)
B = class_factory('x')
print(A().get(), B().get(), A is not B, A.__name__ == B.__name__)
flag = True
if flag:
    def conditional():
        return 'first definition'
else:
    def conditional():
        return 'second definition'
print(conditional())
def redefine():
    return 1
first = redefine
def redefine():
    return 2
print(first(), redefine())
results = []
for i in range(3):
    class Item:
        idx = i
    results.append(Item)
print([r.idx for r in results])
def outer(n):
    def helper(k):
        return k * n
    class Local:
        def compute(self, k):
            return helper(k) + 1
    return Local().compute(10)
print(outer(3))
try:
    def uses_later():
        return later_defined()
    uses_later()
except NameError as e:
    print('NameError:', e)
def later_defined():
    return 'defined after use site'
print(uses_later())
