# break and continue inside `finally`: they cancel a pending return or exception (CPython
# 3.8+), drop the value waiting on the stack, and leave every block between them and the
# loop properly.
def cont_over_return():
    for i in range(3):
        try:
            return i
        finally:
            if i < 2:
                continue
    return "end"


def break_over_return():
    while True:
        try:
            return 1
        finally:
            break
    return 2


def break_over_exception():
    for i in range(3):
        try:
            1 / 0
        finally:
            print("finally", i)
            break
    return i


def continue_over_exception():
    n = 0
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            n += 1
            continue
    return n


class CM:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, *exc):
        print("exit", self.name, exc[0])
        return False


def through_with_and_loops():
    for outer in "ab":
        with CM(outer):
            for inner in range(3):
                try:
                    try:
                        return (outer, inner)
                    finally:
                        print("inner finally", outer, inner)
                finally:
                    if inner < 1:
                        continue
                    break
    return "done"


def nested_return_in_finally():
    try:
        return "try"
    finally:
        for k in range(2):
            try:
                return "loop"
            finally:
                if k == 0:
                    continue


def exception_in_handler_then_break():
    for i in range(2):
        try:
            try:
                raise ValueError(i)
            except ValueError:
                raise TypeError(i)
        finally:
            break
    return ("survived", i)


def generator_break_in_finally():
    for i in range(3):
        try:
            yield i
            return
        finally:
            if i < 2:
                continue


print(cont_over_return(), break_over_return(), break_over_exception())
print(continue_over_exception(), through_with_and_loops())
print(nested_return_in_finally(), exception_in_handler_then_break())
print(list(generator_break_in_finally()))
try:
    raise KeyError("outside")
except KeyError:
    print("handled after the loops:", break_over_exception())
