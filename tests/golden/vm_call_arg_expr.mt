# A call whose one argument is `local op constant` (fib(n - 1)) is one instruction; the
# operation's and the call's errors must name the right line, and any callee must work.
import sys


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


print(fib(15), fact(25), abs(fact(3) - 10), int(fib(10) * 2), str(fib(7) + 1))


def callers(k):
    out = [abs(k - 100), float(k / 4), list(range(k // 3)), type(k * 1.5).__name__]
    out.append(len(str(k ** 40)))
    out.append(fact(k % 7))
    return out


print(callers(9))


def bad_operand(s):
    return len(s - 1)


def bad_callee(n):
    value = n
    return value(n + 1)


def unbound():
    if False:
        m = 1
    return abs(m + 1)


def multi_line(s):
    return len(
        s
        + 1
    )


for f, arg in [(bad_operand, "x"), (bad_callee, 3), (unbound, None), (multi_line, "y")]:
    try:
        f(arg) if arg is not None else f()
    except Exception as e:
        tb = e.__traceback__
        while tb.tb_next:
            tb = tb.tb_next
        print(type(e).__name__, e, tb.tb_lineno)


def deep(n):
    if n == 0:
        return 0
    return deep(n - 1)


sys.setrecursionlimit(100)
try:
    deep(500)
except RecursionError as e:
    print("RecursionError", e)
sys.setrecursionlimit(1000)
print(deep(900))
