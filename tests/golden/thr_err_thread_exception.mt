# An exception in a thread is reported on stderr and the program goes on; the main thread's
# own uncaught exception then sets the exit status.
import threading


def fail():
    raise ValueError("in thread")


t = threading.Thread(target=fail)
t.start()
t.join()
print("main continues", t.is_alive())
raise KeyError("in main")
