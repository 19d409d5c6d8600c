# Parenthesized context managers (3.10+), and parentheses that stay an expression.
class CM:
    def __init__(self, n): self.n = n
    def __enter__(self): print("enter", self.n); return self.n
    def __exit__(self, *a): print("exit", self.n)
with (CM(1) as a, CM(2) as b):
    print(a, b)
with (CM(3) as c,):
    print(c)
with (
    CM(4) as d,
    CM(5),
):
    print(d)
with (CM(6)):
    pass
with (CM(7)) as e:
    print(e)
with (CM(8), CM(9)):
    pass
x = [CM(12)]
with (x[0]) as h:
    print(h)
