# hello.mt - a first mt program: functions, classes, generators and f-strings.

def fib(n):
    a, b = 0, 1
    for _ in range(n):
        yield a
        a, b = b, a + b


class Greeter:
    def __init__(self, name):
        self.name = name

    def greet(self):
        return f"Hello, {self.name}!"


if __name__ == '__main__':
    print(Greeter("mt").greet())
    print("fib:", list(fib(10)))
    squares = {n: n * n for n in range(1, 6)}
    print("squares:", squares)
