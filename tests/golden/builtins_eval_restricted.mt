# eval/exec with the builtins named in the globals' __builtins__ (a dict or the module):
# the 'restricted calculator' pattern.
safe = {"__builtins__": {}}
for expr in ["1 + 2 * 3", "abs(-1)", "__import__('sys')", "len('ab')"]:
    try:
        print(expr, '=', eval(expr, safe))
    except NameError as e:
        print(expr, '->', e)
allowed = {"__builtins__": {"len": len, "min": min}}
print(eval("len('abc') + min(4, 2)", allowed))
try:
    eval("max(1, 2)", allowed)
except NameError as e:
    print(e)
ns = {"__builtins__": {"print": lambda *a: None}}
exec("print('hidden')\ndef f(): return sorted", ns)
try:
    ns['f']()
except NameError as e:
    print(e)
import builtins
ns2 = {"__builtins__": builtins}
exec("print('module builtins', abs(-3))", ns2)
exec("x = [len(s) for s in ['a', 'bb']]", allowed)
print(allowed['x'])
