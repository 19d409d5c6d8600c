# threading.Thread with a target: args, kwargs, start, join, is_alive, ident, native_id, and
# the RuntimeErrors of start and join.
import threading

results = []
lock = threading.Lock()


def work(n, scale=1, *, label="w"):
    with lock:
        results.append((label, n * scale))


threads = [threading.Thread(target=work, args=(i,), kwargs={"scale": 10, "label": "t%d" % i})
           for i in range(8)]
for t in threads:
    print(t.is_alive(), t.ident, t.native_id)
    t.start()
for t in threads:
    t.join()
    print(t.is_alive(), type(t.ident).__name__, type(t.native_id).__name__, t.ident > 0)
print(sorted(results))
print(len(set(t.ident for t in threads)) >= 1)

# join with a timeout on a thread that waits for an Event: it is still alive afterwards.
go = threading.Event()
done = []


def waiter():
    go.wait()
    done.append("waited")


w = threading.Thread(target=waiter)
w.start()
w.join(0.01)
print("alive after join(0.01):", w.is_alive())
w.join(timeout=-5)
print("alive after join(-5):", w.is_alive())
go.set()
w.join()
print("alive after join():", w.is_alive(), done)
w.join()
w.join(1)
print("joined again")

# A thread sees its own Thread object through current_thread(), and its ident.
seen = {}


def whoami():
    me = threading.current_thread()
    seen["me"] = me
    seen["ident"] = threading.get_ident() == me.ident
    seen["native"] = threading.get_native_id() == me.native_id
    seen["main"] = threading.main_thread() is not me


t = threading.Thread(target=whoami)
t.start()
t.join()
print(seen["me"] is t, seen["ident"], seen["native"], seen["main"])
print(threading.get_ident() == threading.main_thread().ident)
print(threading.get_native_id() == threading.main_thread().native_id)

# No target: run() does nothing.
t = threading.Thread()
t.start()
t.join()
print(t.is_alive())

# The errors.
t = threading.Thread(target=work, args=(1,))
try:
    t.join()
except RuntimeError as e:
    print("RuntimeError:", e)
t.start()
try:
    t.start()
except RuntimeError as e:
    print("RuntimeError:", e)
t.join()
try:
    t.start()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print("RuntimeError:", e)


def join_self():
    try:
        threading.current_thread().join()
    except RuntimeError as e:
        results.append(str(e))


t = threading.Thread(target=join_self)
t.start()
t.join()
print(results[-1])
try:
    threading.Thread(group=1)
except AssertionError as e:
    print("AssertionError:", e)
try:
    threading.Thread(target=work, args=(1,), bogus=1)
except TypeError as e:
    print("TypeError:", e)

# run() drops the target and its arguments once it has run.
t = threading.Thread(target=work, args=(2,))
t.run()
print(hasattr(t, "_target"), hasattr(t, "_args"), hasattr(t, "_kwargs"))

# A thread that starts threads.
out = []


def parent():
    kids = [threading.Thread(target=out.append, args=(k,)) for k in range(3)]
    for k in kids:
        k.start()
    for k in kids:
        k.join()


p = threading.Thread(target=parent)
p.start()
p.join()
print(sorted(out))
