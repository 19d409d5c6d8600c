# An exception escaping Thread.run goes to threading.excepthook with an ExceptHookArgs; the
# default hook writes "Exception in thread NAME:" and the traceback to sys.stderr, and says
# nothing for SystemExit. The program goes on, and exits 0.
import sys
import threading


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        pass

    def lines(self):
        return "".join(self.parts).splitlines()


def boom(x):
    return 1 / x


def fails():
    boom(0)


def exits():
    sys.exit(3)


# The default hook, with sys.stderr captured: the first and the last lines (CPython's middle
# lines name threading.py's own frames).
real_stderr = sys.stderr
cap = Capture()
sys.stderr = cap
t = threading.Thread(target=fails)
t.start()
t.join()
s = threading.Thread(target=exits, name="exiter")
s.start()
s.join()
sys.stderr = real_stderr
lines = cap.lines()
print(lines[0])
print(lines[1])
print([line.strip() for line in lines if "return 1 / x" in line])
print(lines[-1])
print(sum(1 for line in lines if line.startswith("Exception in thread")))
print(t.is_alive(), s.is_alive())


# The same for a subclass whose run raises, and for a Thread named by the user.
class Bad(threading.Thread):
    def run(self):
        raise KeyError("missing")


cap = Capture()
sys.stderr = cap
b = Bad(name="bad one")
b.start()
b.join()
sys.stderr = real_stderr
print(cap.lines()[0], "|", cap.lines()[-1])

# A custom hook sees the exception, its type and traceback, and the thread.
seen = []


def hook(args):
    seen.append((type(args).__name__, len(args), args.exc_type.__name__, str(args.exc_value),
                 args.exc_traceback is not None, args.thread.name, args[0] is args.exc_type))


print(threading.excepthook is threading.__excepthook__)
threading.excepthook = hook
t = threading.Thread(target=fails, name="custom")
t.start()
t.join()
t = threading.Thread(target=exits, name="exits")
t.start()
t.join()
for item in seen:
    print(item)

# A hook that raises: reported as "Exception in threading.excepthook:".
def bad_hook(args):
    raise ValueError("hook failed")


threading.excepthook = bad_hook
cap = Capture()
sys.stderr = cap
t = threading.Thread(target=fails, name="x")
t.start()
t.join()
sys.stderr = real_stderr
print(cap.lines()[0], "|", cap.lines()[-1])
threading.excepthook = threading.__excepthook__

# ExceptHookArgs itself.
a = threading.ExceptHookArgs([ValueError, ValueError("v"), None, None])
print(a)
print(a.exc_type, a.exc_value, a.exc_traceback, a.thread, len(a), a[1], list(a)[0])
print(a == (ValueError, a.exc_value, None, None), tuple(a) == a)
for bad in ([1, 2, 3], (1, 2, 3, 4, 5)):
    try:
        threading.ExceptHookArgs(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    threading.ExceptHookArgs(5)
except TypeError as e:
    print("TypeError:", e)

# Calling the default hook directly, with no thread: the name is the calling thread's ident.
cap = Capture()
sys.stderr = cap
try:
    boom(0)
except ZeroDivisionError as e:
    threading.excepthook(threading.ExceptHookArgs([type(e), e, e.__traceback__, None]))
threading.excepthook(threading.ExceptHookArgs([SystemExit, SystemExit(1), None, None]))
sys.stderr = real_stderr
lines = cap.lines()
print(lines[0] == "Exception in thread %d:" % threading.get_ident(), lines[-1])
print("main goes on")
