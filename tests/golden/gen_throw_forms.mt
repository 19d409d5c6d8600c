def g():
    while True:
        try:
            yield
        except Exception as e:
            print("caught", type(e).__name__, e.args)
x = g(); next(x)
x.throw(ValueError)
x.throw(ValueError, "msg")
x.throw(ValueError, ("a", "b"))
x.throw(ValueError, None)
x.throw(ValueError, ValueError("inst"))
x.throw(ValueError("direct"))
x.throw(KeyError, 5, None)
for bad in [(5,), (ValueError("a"), "b"), (int,), (ValueError, 1, 2)]:
    try:
        x.throw(*bad)
    except TypeError as e:
        print("TypeError", e)
class E(Exception):
    def __init__(self, a, b):
        super().__init__(a, b)
x.throw(E, (1, 2))
