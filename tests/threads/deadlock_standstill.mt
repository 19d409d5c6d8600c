# The main thread joins a worker that waits for an event nobody will set: every thread is
# blocked, so mt reports both and exits with status 1 instead of hanging.
import threading

never = threading.Event()


def worker():
    print("worker waits", flush=True)
    never.wait()


t = threading.Thread(target=worker, name="waiter")
t.start()
t.join()
print("unreachable")
