# Traceback cases for tests/tracebacks.rs: sys.excepthook and sys.tracebacklimit decide how an
# uncaught exception is reported; the argument picks one case.
import sys
w = sys.argv[1]
def a(): b()
def b(): c()
def c(): raise KeyError("deep")
class Collect:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
if w == "1":
    def hook(t, v, tb):
        print("hooked:", t.__name__, v, tb is not None, file=sys.stderr)
    sys.excepthook = hook
    a()
if w == "2":
    sys.tracebacklimit = 1
    a()
if w == "3":
    sys.tracebacklimit = 0
    a()
if w == "4":
    def bad(t, v, tb):
        raise TypeError("hook broke")
    sys.excepthook = bad
    a()
if w == "5":
    del sys.excepthook
    a()
if w == "6":
    out = Collect()
    sys.stderr = out
    try:
        a()
    except KeyError as e:
        sys.__excepthook__(type(e), e, e.__traceback__)
    sys.stderr = sys.__stderr__
    print("".join(out.parts), file=sys.stderr)
    sys.exit(1)
if w == "7":
    sys.tracebacklimit = 2
    try:
        a()
    except KeyError as e:
        raise ValueError("chained") from e
