# time: perf_counter and the nanosecond clocks.
import time
p1 = time.perf_counter()
p2 = time.perf_counter()
print(type(p1).__name__, p2 >= p1)
ns = time.time_ns()
print(type(ns).__name__, ns > 10**18)
m1 = time.monotonic_ns()
m2 = time.monotonic_ns()
print(type(m1).__name__, m2 >= m1)
print(time.process_time() >= 0 if hasattr(time, 'process_time') else True)
