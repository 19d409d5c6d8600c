# Setting daemon on a started thread raises RuntimeError; the parked daemon thread does not
# keep the failing program alive.
import threading

go = threading.Event()
t = threading.Thread(target=go.wait, daemon=True)
t.start()
print(t.daemon, t.is_alive())
t.daemon = False
