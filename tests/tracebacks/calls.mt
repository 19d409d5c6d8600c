# Traceback cases for tests/tracebacks.rs: the argument picks one; each ends in an uncaught
# exception whose whole traceback (source lines and ~~~^^^ markers) must match CPython 3.11.
import sys
w = sys.argv[1]
class A:
    def __init__(self, v):
        self.v = v
    def m(self, k):
        return self.v[k]
    @property
    def p(self):
        return self.v.missing
def rec(n):
    return rec(n + 1)
def kw(a, b=2):
    return a // b
def gen():
    yield 1
    yield 1 / 0
if w == "1":
    A([1]).m(5)
if w == "2":
    print(A(3).p)
if w == "3":
    rec(0)
if w == "4":
    kw(1, b=0)
if w == "5":
    print([x / 0 for x in range(3)])
if w == "6":
    print(sum(gen()))
if w == "7":
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("wrapped") from e
if w == "8":
    try:
        {}["k"]
    except KeyError:
        undefined_thing
if w == "9":
    f = lambda x: x.y
    f(1)
if w == "10":
    args = (1, 0)
    kw(*args)
if w == "11":
    a = A([1, 2])
    a.v[5] = 1
if w == "12":
    a = A(1)
    a.v += "x"
if w == "13":
    del {}["nope"]
if w == "14":
    print("héllo" + 1)
if w == "15":
    s = "é"; t = s + 1
if w == "16":
    print(1 < 2 < "x")
if w == "17":
    x = [1, 2, 3][1:2:0]
if w == "18":
    d = {"a": 1}
    print(d["a"]["b"])
if w == "19":
    print(A(
        [1]).m(
        3))
if w == "20":
    x = 2 ** "a"
if w == "21":
    import math
    math.sqrt(-1)
if w == "22":
    n = None
    n()
if w == "23":
    print(int("z"), 1)
if w == "24":
    x = {"a": 1}.items()[0]
if w == "25":
    print(*[1], sep=5)
