# Daemon status: inherited from the creating thread, settable until start(), and what the
# interpreter waits for at exit: non-daemon threads are joined, daemon threads are not.
import threading

print(threading.main_thread().daemon, threading.current_thread().daemon)
print(threading.Thread().daemon, threading.Thread(daemon=True).daemon)

seen = []


def child_of(parent_daemon):
    seen.append((parent_daemon, threading.current_thread().daemon,
                 threading.Thread().daemon, threading.Thread(daemon=False).daemon))


for d in (False, True):
    t = threading.Thread(target=child_of, args=(d,), daemon=d)
    t.start()
    t.join()
print(seen)

t = threading.Thread()
t.daemon = True
print(t.daemon, t.isDaemon())
t.setDaemon(False)
print(t.daemon)
go = threading.Event()
t = threading.Thread(target=go.wait)
t.start()
for value in (True, False):
    try:
        t.daemon = value
    except RuntimeError as e:
        print("RuntimeError:", e)
try:
    t.setDaemon(True)
except RuntimeError as e:
    print("RuntimeError:", e)
go.set()
t.join()
try:
    t.daemon = True
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.main_thread().daemon = True
except RuntimeError as e:
    print("RuntimeError:", e)

# A daemon thread blocked for ever does not keep the program alive.
never = threading.Event()
started = threading.Event()


def forever():
    started.set()
    never.wait()
    print("never printed")


d = threading.Thread(target=forever, daemon=True)
d.start()
started.wait()
print("daemon alive:", d.is_alive())

# A non-daemon thread that is never joined: the interpreter waits for it at exit, so its
# last line comes after the main program's.
release = threading.Event()
first_done = threading.Event()


def late(wait_for, then):
    wait_for.wait()
    for i in range(3):
        print(threading.current_thread().name, i)
    then.set()


threading.Thread(target=late, args=(release, first_done), name="late1").start()
threading.Thread(target=late, args=(first_done, threading.Event()), daemon=False,
                 name="late2").start()
print("main done, active:", threading.active_count())
release.set()
