# join() before start() raises RuntimeError; the exit status is 1.
import threading

t = threading.Thread(target=print, args=("never",))
print(repr(t))
t.join()
