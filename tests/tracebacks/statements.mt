# Traceback cases for tests/tracebacks.rs: the argument picks one; each ends in an uncaught
# exception whose whole traceback (source lines and ~~~^^^ markers) must match CPython 3.11.
import sys
w = sys.argv[1]
def gen():
    yield 1
    raise KeyError("g")
if w == "1":
    raise ValueError("x")  # boom
if w == "2":
    for v in gen():
        pass
if w == "3":
    x = (1 +
         "a")
if w == "4":
    y = [1, 2,
         3][10]
if w == "5":
    d = {}
    d.get("a").upper()
if w == "6":
    s = "abc"
    s.nope(1, 2)
if w == "7":
    t = (1, 2)
    a, b, c = t
if w == "8":
    class C: pass
    C().x.y
if w == "9":
    assert w == "0"
if w == "10":
    print((w) + 1)
if w == "11":
    print(w+1)
if w == "12":
    print(w [0] [5])
if w == "13":
    print(f"{w + 1}")
if w == "14":
    import nosuchmod
if w == "15":
    with open("/nonexistent/x") as f: pass
if w == "16":
    print(1 < "a")
if w == "17":
    l = [1]; l.append(2); l[5]
if w == "18":
    q = -"a"
if w == "19":
    d = {}
    d["a"]["b"] = 1
if w == "20":
    max([])
if w == "21":
    e = ValueError("negative")
    e.add_note("while checking x")
    e.add_note(f"x = {w}")
    raise e
if w == "22":
    try:
        {}["k"]
    except KeyError as e:
        e.add_note("looked up k")
        raise RuntimeError("wrapped") from e
if w == "23":
    try:
        1 / 0
    except ZeroDivisionError:
        e = ValueError("v")
        e.__suppress_context__ = True
        raise e
