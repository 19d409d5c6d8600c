# Two threads take two Locks in opposite orders (events make the cycle form for sure) while
# the main thread runs on: mt reports the cycle at once and the program goes on.
import threading, time

a = threading.Lock()
b = threading.Lock()
has_a = threading.Event()
has_b = threading.Event()


def first():
    with a:
        has_a.set()
        has_b.wait()
        with b:
            print("never")


def second():
    with b:
        has_b.set()
        has_a.wait()
        with a:
            print("never")


t1 = threading.Thread(target=first, name="first", daemon=True)
t2 = threading.Thread(target=second, name="second", daemon=True)
t1.start()
t2.start()
has_a.wait()
has_b.wait()
# The cycle is reported by the second thread as it blocks; the main thread keeps working.
total = 0
deadline = time.monotonic() + 3
while time.monotonic() < deadline:
    total += 1
print("main ran on:", total > 0)
