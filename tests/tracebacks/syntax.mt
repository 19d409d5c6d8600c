# Traceback cases for tests/tracebacks.rs: SyntaxError exceptions print their location (file,
# line, source text and carets) as a compile error does; the argument picks one case.
import sys
w = sys.argv[1]
def run(src):
    exec(src)
if w == "1":
    run("x = (1,\n  2 +* 3)")
if w == "2":
    eval("1 +")
if w == "3":
    raise SyntaxError("bad thing", ("data.txt", 3, 5, "  abc def\n", 3, 8))
if w == "4":
    raise SyntaxError("no location")
if w == "5":
    raise IndentationError("tabbed", (None, 2, 1, "\tx = 1\n"))
if w == "6":
    compile("if True:\nprint(1)", "mod.py", "exec")
if w == "7":
    try:
        eval("1 2")
    except SyntaxError as e:
        raise ValueError("wrapped") from e
if w == "8":
    e = SyntaxError("far", ("f.py", 1, 40, "short\n", 1, 50))
    raise e
if w == "9":
    exec("def f():\n    return 1/0\nf()")
if w == "10":
    raise SyntaxError("m", ("f", 1, 5, "ab\ncd\n", 1, 6))
if w == "11":
    raise SyntaxError("m", ("f", 1, 2, "\tab  \n", 2, 1))
if w == "12":
    raise SyntaxError("m", ("f", 1, 2, "\n", 1, 3))
if w == "13":
    raise SyntaxError(5, (None, 1, 2, "ab", 1, 0))
