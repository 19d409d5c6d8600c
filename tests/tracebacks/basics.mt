# Traceback cases for tests/tracebacks.rs: the argument picks one; each ends in an uncaught
# exception whose whole traceback (source lines and ~~~^^^ markers) must match CPython 3.11.
def f(x):
    return x / 0

def g(d):
    return d["missing"] + 1

def h(o):
    return o.nope

def k(a):
    return (a
            + "s")

def m():
    print(f(1))

import sys
which = sys.argv[1]
if which == "1": f(1)
if which == "2": y = g({})
if which == "3": print(h(3))
if which == "4": k(1)
if which == "5": m()
if which == "6": x = [1,2][5]
if which == "7": x = undefined_name + 1
if which == "8": z = {}; z["a"] += 1
if which == "9": a, b = 1, 2, 3
if which == "10":
    for q in 5: pass
if which == "11": len(5)
if which == "12": assert 1 == 2, "msg"
if which == "13": l = [1]; l[3] = 5
if which == "14": (lambda: 1 // 0)()
if which == "15": int("x") + int("y")
if which == "16": x = 1; x += "a"
if which == "17": f(1) if True else None
if which == "18": print(f(2), "x" * "y")
