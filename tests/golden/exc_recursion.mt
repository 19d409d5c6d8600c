# RecursionError from unbounded recursion can be caught, and the program continues.
import sys
def infinite(n):
    return infinite(n + 1)
try:
    infinite(0)
except RecursionError as e:
    print('RecursionError:', e)
print(isinstance(RecursionError(), RuntimeError))
depth = 0
def count_depth():
    global depth
    depth += 1
    count_depth()
try:
    count_depth()
except RecursionError:
    print('depth reached is close to the limit:', 900 < depth <= sys.getrecursionlimit())
def fine(n):
    return 0 if n == 0 else 1 + fine(n - 1)
print(fine(800))
class Loop:
    def method(self):
        return self.method()
try:
    Loop().method()
except RecursionError as e:
    print('method recursion:', type(e).__name__)
def mutual_a(n):
    return mutual_b(n)
def mutual_b(n):
    return mutual_a(n)
try:
    mutual_a(0)
except RecursionError:
    print('mutual recursion caught')
sys.setrecursionlimit(200)
def shallow(n):
    return shallow(n + 1)
try:
    shallow(0)
except RecursionError:
    print('lower limit respected')
sys.setrecursionlimit(1000)
print(fine(500))
print('still running')
