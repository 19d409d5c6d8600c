# Name resolution: LEGB, UnboundLocalError, class scope, comprehension scope.
x = 'global'
def read():
    return x
def assign_later():
    try:
        print(x)
    except UnboundLocalError as e:
        print('UnboundLocalError:', e)
    x = 'local'
    return x
print(read(), assign_later(), x)
def enclosing():
    y = 'enclosing'
    def inner():
        return y
    return inner()
print(enclosing())
print(len('abc'))
def shadow_builtin():
    len = lambda s: 'shadowed'
    return len('abc')
print(shadow_builtin(), len('abc'))
class C:
    attr = 'class attr'
    def method(self):
        try:
            return attr
        except NameError as e:
            return 'NameError: ' + str(e)
print(C().method())
class D:
    v = 10
    def m(self):
        return D.v
print(D().m())
n = 1
def loop_var_leak():
    for n in range(3):
        pass
    return n
print(loop_var_leak(), n)
def comp_no_leak():
    [k for k in range(3)]
    try:
        return k
    except NameError:
        return 'k does not leak from comprehension'
print(comp_no_leak())
def conditional_local(flag):
    if flag:
        z = 'set'
    return z
print(conditional_local(True))
try:
    conditional_local(False)
except UnboundLocalError as e:
    print('UnboundLocalError:', e)
def param_shadow(x):
    return x
print(param_shadow('param'), x)
def nested_shadow():
    x = 'outer local'
    def inner():
        x = 'inner local'
        return x
    return inner(), x
print(nested_shadow())
def del_global():
    global temp
    temp = 1
    del temp
del_global()
try:
    temp
except NameError as e:
    print('NameError:', e)
print(__name__)
