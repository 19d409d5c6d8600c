# time module: only deterministic facts.
import time
t = time.time()
print(type(t).__name__, t > 1e9)
m1 = time.monotonic()
time.sleep(0.01)
m2 = time.monotonic()
print(m2 - m1 >= 0, m2 - m1 >= 0.005)
print(time.sleep(0) is None)
g = time.gmtime(0)
print(g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_min, g.tm_sec, g.tm_wday, g.tm_yday)
print(g[0], g[1], tuple(g)[:6])
print(time.strftime('%Y-%m-%d %H:%M:%S', time.gmtime(0)))
print(time.strftime('%Y-%m-%d', time.gmtime(86400 * 365)))
print(time.strftime('%a %b %d %j', time.gmtime(1700000000)))
print(time.gmtime(1700000000).tm_year, time.gmtime(1700000000).tm_hour)
start = time.time()
time.sleep(0.02)
print(time.time() - start > 0.01)
try:
    time.sleep(-1)
except ValueError as e:
    print('ValueError:', e)
