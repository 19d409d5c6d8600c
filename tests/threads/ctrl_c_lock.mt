# The main thread blocks on a Lock it holds (a daemon thread sleeps on, so this is no
# deadlock yet); Ctrl-C must interrupt it.
import threading, time

threading.Thread(target=time.sleep, args=(1000,), daemon=True).start()
lock = threading.Lock()
lock.acquire()
print("ready", flush=True)
lock.acquire()
