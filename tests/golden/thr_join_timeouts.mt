# Thread.join(timeout) with odd timeouts, as CPython 3.11 treats them: negative means 0, a
# non-number fails before waiting, NaN and values beyond the clock's range fail while
# waiting, which (like Ctrl-C there) leaves the thread counted as stopped.
import threading

go = threading.Event()


def parked():
    t = threading.Thread(target=go.wait, daemon=True)
    t.start()
    return t


for timeout in (0, 0.0, -1, -1e300, False, 0.001, "1", None, float("nan"), float("inf"),
                1e300, 10 ** 10, 10 ** 30):
    t = parked()
    try:
        if timeout is None:
            t.join(0.001)
        else:
            t.join(timeout)
        outcome = "returned"
    except Exception as e:
        outcome = "%s: %s" % (type(e).__name__, e)
    print(repr(timeout), "->", outcome, "| alive:", t.is_alive())
    t.join(0)
    print("   join(0) again, alive:", t.is_alive())
go.set()
