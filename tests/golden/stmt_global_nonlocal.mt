# global and nonlocal declarations.
counter = 0
def bump():
    global counter
    counter += 1
    return counter
bump(); bump()
print(counter)
def make_global():
    global created_later
    created_later = 'made inside a function'
make_global()
print(created_later)
def read_only():
    return counter * 10
print(read_only())
def shadow():
    counter = 'local'
    return counter
print(shadow(), counter)
def make_counter():
    count = 0
    def incr():
        nonlocal count
        count += 1
        return count
    def get():
        return count
    return incr, get
inc, get = make_counter()
inc(); inc(); inc()
print(get())
inc2, get2 = make_counter()
inc2()
print(get(), get2())
def outer():
    x = 'outer'
    def middle():
        def inner():
            nonlocal x
            x = 'changed by inner'
        inner()
        return x
    return middle(), x
print(outer())
def multiple():
    a = b = 0
    def f():
        nonlocal a, b
        a, b = 1, 2
    f()
    return a, b
print(multiple())
def global_in_nested():
    def inner():
        global counter
        counter = 100
    inner()
print(counter)
global_in_nested()
print(counter)
x = 'module x'
def nl_vs_global():
    x = 'enclosing x'
    def g():
        global x
        return x
    return g()
print(nl_vs_global())
def accumulate():
    total = []
    def add(v):
        total.append(v)
        return total
    return add
acc = accumulate()
acc(1)
print(acc(2))
def loop_nonlocal():
    n = 0
    def step():
        nonlocal n
        n += 2
    for _ in range(5):
        step()
    return n
print(loop_nonlocal())
