# The main thread blocks in join (a daemon thread sleeps on); Ctrl-C must interrupt it.
import threading, time

t = threading.Thread(target=time.sleep, args=(1000,), daemon=True)
t.start()
print("ready", flush=True)
t.join()
