# The main thread blocks in Queue.get (a daemon thread sleeps on); Ctrl-C must interrupt it.
import threading, time, queue

threading.Thread(target=time.sleep, args=(1000,), daemon=True).start()
q = queue.Queue()
print("ready", flush=True)
q.get()
