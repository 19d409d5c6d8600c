# sys.exc_info() and sys.exception(), BaseException.add_note, print() through a reassigned
# sys.stdout (one write per piece, as CPython), str.__format__, and replaceable function
# defaults and attributes.
import sys


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        self.parts.append("<flush>")


cap = Capture()
saved = sys.stdout
sys.stdout = cap
print("a", 1, sep="-", end="!\n")
print()
print("x", flush=True)
sys.stdout = saved
print(cap.parts)
print("p", "q", file=cap)
print(cap.parts[-4:])
sys.stdout = sys.stderr
print("to stderr")
sys.stdout = saved


class BadStr:
    def __str__(self):
        raise RuntimeError("no str")


out = Capture()
try:
    print("first", BadStr(), "third", file=out)
except RuntimeError as e:
    print("RuntimeError", e, out.parts)

print(sys.exc_info(), sys.exception())
try:
    raise KeyError("k")
except KeyError:
    t, v, tb = sys.exc_info()
    print(t, repr(v), tb is not None, repr(sys.exception()))

    def inner():
        return sys.exception()

    print("callee sees", repr(inner()))
    try:
        raise ValueError("nested")
    except ValueError:
        print("nested", repr(sys.exception()))
    print("back to", repr(sys.exception()))
print("after", sys.exc_info())

e = ValueError("bad")
e.add_note("note 1")
e.add_note("note 2")
print(e.__notes__)
try:
    e.add_note(3)
except TypeError as err:
    print("TypeError:", err)
e.__notes__ = "not a list"
try:
    e.add_note("x")
except TypeError as err:
    print("TypeError:", err)

print(str.__format__("ab", ">5") + "|", format("ab", "^6") + "|", "x".__format__("<3") + "|")
print("{:*^7}".format("mid"), f"{'s':>4}", "ab".__format__(""))


class S(str):
    pass


print(format(S("sub"), ">6"), S("q").__format__("^5") + "|")


def f(a, b=1, *, c=2):
    return a, b, c


print(f.__defaults__, f.__kwdefaults__, f(0))
f.__defaults__ = (5,)
f.__kwdefaults__ = {"c": 7}
print(f(0), f.__defaults__, f.__kwdefaults__)
f.__defaults__ = None
try:
    f(0)
except TypeError as err:
    print("TypeError:", err)
for bad in ([1], 3):
    try:
        f.__defaults__ = bad
    except TypeError as err:
        print("TypeError:", err)
f.tag = 3
print(f.__dict__, f.tag)
f.__dict__["z"] = 9
print(f.z, sorted(f.__dict__))
import sys
print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__, sys.stdin is sys.__stdin__)
sys.stdout = None
print("lost")
sys.stdout = sys.__stdout__
print("back")
