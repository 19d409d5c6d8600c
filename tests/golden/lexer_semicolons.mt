# Several simple statements on one line; one-line compound statements.
a = 1; b = 2; c = a + b
print(a, b, c)
x = 5; print(x); x += 1; print(x);
if x > 3: print('big')
else: print('small')
for i in range(3): print(i, end=' ')
print()
while x > 0: x -= 2
print(x)
def one(): return 1
print(one())
class K: pass
print(K.__name__)
try: 1 / 0
except ZeroDivisionError: print('caught')
finally: print('finally')
def two(): a = 1; b = 1; return a + b
print(two())
