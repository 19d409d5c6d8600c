# Comparing self-containing or deeply nested containers raises RecursionError, as CPython.
import sys
a = [1]; a.append(a); b = [1]; b.append(b)
def check(f):
    try:
        print(f())
    except RecursionError as e:
        print('RecursionError:', e)
check(lambda: a == b)
check(lambda: a < b)
check(lambda: a in [b])
d = {}; d[1] = d; e = {}; e[1] = e
check(lambda: d == e)
def deep(n):
    x = []
    for _ in range(n):
        x = [x]
    return x
check(lambda: deep(500) == deep(500))
check(lambda: deep(5000) == deep(5000))
