# Default thread names (one counter for Thread-N and Dummy-N; "(target)" appended when a
# target is given) and the reprs of threads in every state. Idents are masked.
import threading
import _thread


def mask(r):
    head, sep, tail = r.rpartition(" ")
    if tail.endswith(")>") and tail[:-2].isdigit():
        return head + " IDENT)>"
    return r


def sing():
    pass


class Callable:
    def __call__(self):
        pass

    def method(self):
        pass


print(threading.Thread().name)
print(threading.Thread(target=sing).name)
print(threading.Thread(target=lambda: None).name)
print(threading.Thread(target=Callable()).name)
print(threading.Thread(target=Callable().method).name)
print(threading.Thread(target=print).name)
print(threading.Thread(name="worker").name)
print(threading.Thread(name="").name)
print(threading.Thread(name=0).name)
print(repr(threading.Thread(name=42).name))
print(threading.Thread(name=None, target=sing).name)

t = threading.Thread(target=sing)
print(repr(t))
print(str(t))
t.start()
t.join()
print(mask(repr(t)))
print(repr(t).split(" stopped ")[1] == str(t.ident) + ")>")

t = threading.Thread(target=sing, daemon=True)
print(repr(t))
t.start()
t.join()
print(mask(repr(t)))

# A started thread that waits on an Event.
go = threading.Event()
t = threading.Thread(target=go.wait, name="waiting")
t.start()
print(mask(repr(t)))
d = threading.Thread(target=go.wait, name="waiting-daemon", daemon=True)
d.start()
print(mask(repr(d)))
go.set()
t.join()
d.join()
print(mask(repr(t)), mask(repr(d)))

print(mask(repr(threading.current_thread())))
print(mask(repr(threading.main_thread())))
print(threading.main_thread().name, threading.current_thread().name)

# Renaming, and the old camelCase API.
t = threading.Thread(target=sing)
t.name = "renamed"
print(t.name, t.getName())
t.setName(12)
print(repr(t.name), repr(t))
print(t.isDaemon(), t.daemon)
t.setDaemon(True)
print(t.isDaemon(), repr(t))
t.daemon = 0
print(repr(t), t.daemon)


def rename_self():
    threading.current_thread().name = "self-named"


t = threading.Thread(target=rename_self)
t.start()
t.join()
print(mask(repr(t)))

# A thread not started by threading gets a _DummyThread from current_thread().
box = []
done = threading.Lock()
done.acquire()


def raw():
    me = threading.current_thread()
    box.append((type(me).__name__, me.name, me.daemon, me.is_alive(),
                mask(repr(me)), me in threading.enumerate()))
    done.release()


_thread.start_new_thread(raw, ())
done.acquire()
print(box)
print(threading.Thread(target=sing).name)

# Timer and subclass reprs.
tm = threading.Timer(10, sing)
print(repr(tm), tm.name)


class Mine(threading.Thread):
    pass


print(repr(Mine()), repr(Mine(name="x", daemon=True)))
print(repr(threading.Thread(target=sing, name="n", daemon=False)))
