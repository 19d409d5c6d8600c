# Closures: cells shared between functions, late binding, and capturing loop variables.
def make_multipliers():
    return [lambda x: x * i for i in range(4)]
print([m(2) for m in make_multipliers()])
def make_multipliers_bound():
    return [lambda x, i=i: x * i for i in range(4)]
print([m(2) for m in make_multipliers_bound()])
def make_multipliers_factory():
    def factory(i):
        return lambda x: x * i
    return [factory(i) for i in range(4)]
print([m(2) for m in make_multipliers_factory()])
def late():
    fs = []
    for name in ['a', 'b', 'c']:
        def f():
            return name
        fs.append(f)
    name = 'changed'
    return [f() for f in fs]
print(late())
def shared_cell():
    x = 0
    def inc():
        nonlocal x
        x += 1
    def get():
        return x
    return inc, get
inc, get = shared_cell()
inc(); inc()
print(get())
def counter_factory():
    counts = {}
    def count(word):
        counts[word] = counts.get(word, 0) + 1
        return counts[word]
    return count
c = counter_factory()
print(c('a'), c('b'), c('a'), c('a'))
def outer():
    v = 'first'
    def show():
        return v
    r1 = show()
    v = 'second'
    return r1, show()
print(outer())
def deep():
    a = 1
    def l1():
        b = 2
        def l2():
            c = 3
            def l3():
                return a + b + c
            return l3
        return l2
    return l1
print(deep()()()())
def closure_over_param(p):
    def inner():
        return p * 2
    return inner
fns = [closure_over_param(i) for i in range(3)]
print([f() for f in fns])
def gen_closure():
    total = 0
    def add(n):
        nonlocal total
        total += n
        return total
    return add
adder = gen_closure()
print([adder(i) for i in range(5)])
def make_fib():
    memo = {0: 0, 1: 1}
    def fib(n):
        if n not in memo:
            memo[n] = fib(n - 1) + fib(n - 2)
        return memo[n]
    return fib
print(make_fib()(80))
x = 'global'
def reads_global_later():
    return x
x = 'global changed'
print(reads_global_later())
def class_in_closure():
    secret = 42
    class K:
        def reveal(self):
            return secret
    return K()
print(class_in_closure().reveal())
def unbound_example():
    def inner():
        return y
    try:
        inner()
    except NameError as e:
        print('NameError:', e)
    y = 1
    return inner()
print(unbound_example())
