# The registry of live threads: enumerate, active_count (and the camelCase aliases),
# current_thread, main_thread, plus the module's other names.
import threading
import _thread

print(threading.active_count(), threading.activeCount(), len(threading.enumerate()))
print([t.name for t in threading.enumerate()])
print(threading.enumerate()[0] is threading.main_thread())
print(threading.currentThread() is threading.current_thread() is threading.main_thread())

go = threading.Event()
ready = threading.Semaphore(0)


def parked():
    ready.release()
    go.wait()


threads = [threading.Thread(target=parked, name="p%d" % i) for i in range(5)]
print(threading.active_count())
for t in threads:
    t.start()
for _ in threads:
    ready.acquire()
print(threading.active_count(), sorted(t.name for t in threading.enumerate()))
print(all(t in threading.enumerate() for t in threads), all(t.is_alive() for t in threads))
daemon = threading.Thread(target=parked, name="d", daemon=True)
daemon.start()
ready.acquire()
print(threading.active_count(), "d" in [t.name for t in threading.enumerate()])
go.set()
for t in threads:
    t.join()
daemon.join()
print(threading.active_count(), [t.name for t in threading.enumerate()])
print(any(t in threading.enumerate() for t in threads))

# current_thread() inside each thread, and the main thread seen from a thread.
names = []
lock = threading.Lock()


def report():
    me = threading.current_thread()
    with lock:
        names.append((me.name, me is threading.main_thread(), me.ident == threading.get_ident(),
                      threading.main_thread().name, me in threading.enumerate()))


ts = [threading.Thread(target=report, name="r%d" % i) for i in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(names))

# A thread not started by threading shows up once current_thread() has been called in it.
done = threading.Lock()
done.acquire()
box = []


def raw():
    box.append(threading.active_count())
    me = threading.current_thread()
    box.append(threading.active_count())
    box.append(me in threading.enumerate())
    box.append(threading.current_thread() is me)
    done.release()


_thread.start_new_thread(raw, ())
done.acquire()
print(box)

# Joining the main thread from a thread times out while the main thread runs.
res = []


def join_main():
    threading.main_thread().join(0.01)
    res.append(threading.main_thread().is_alive())


t = threading.Thread(target=join_main)
t.start()
t.join()
print(res)

# The rest of the module's API.
print(threading.TIMEOUT_MAX == _thread.TIMEOUT_MAX, threading.ThreadError is _thread.error)
print(threading.get_ident is _thread.get_ident, threading.stack_size())
print(type(threading.Lock()).__name__, type(threading.RLock()).__name__)
print(threading.gettrace(), threading.getprofile())
threading.settrace(print)
threading.setprofile(len)
print(threading.gettrace() is print, threading.getprofile() is len)
threading.settrace(None)
threading.setprofile(None)
print(sorted(threading.__all__))
for name in threading.__all__:
    if not hasattr(threading, name):
        print("missing", name)
print(issubclass(threading.BrokenBarrierError, RuntimeError))
print(threading.Thread.__name__, threading.Timer.__mro__[1].__name__)
