# The built-in exception hierarchy.
checks = [
    (ZeroDivisionError, ArithmeticError), (ZeroDivisionError, Exception),
    (OverflowError, ArithmeticError), (ArithmeticError, Exception),
    (IndexError, LookupError), (KeyError, LookupError), (LookupError, Exception),
    (ValueError, Exception), (TypeError, Exception), (AttributeError, Exception),
    (NameError, Exception), (UnboundLocalError, NameError),
    (RuntimeError, Exception), (RecursionError, RuntimeError), (NotImplementedError, RuntimeError),
    (StopIteration, Exception), (AssertionError, Exception),
    (KeyboardInterrupt, BaseException), (KeyboardInterrupt, Exception),
    (SystemExit, BaseException), (SystemExit, Exception),
    (GeneratorExit, BaseException), (GeneratorExit, Exception),
    (Exception, BaseException),
    (OSError, Exception), (FileNotFoundError, OSError), (TimeoutError, OSError),
    (PermissionError, OSError), (FileExistsError, OSError),
    (ImportError, Exception), (ModuleNotFoundError, ImportError),
    (UnicodeError, ValueError), (IndexError, KeyError), (TypeError, ValueError),
    (FloatingPointError, ArithmeticError), (StopAsyncIteration, Exception),
    (EOFError, Exception), (MemoryError, Exception), (SyntaxError, Exception),
    (IndentationError, SyntaxError), (TabError, IndentationError),
    (ConnectionError, OSError), (BrokenPipeError, ConnectionError),
    (InterruptedError, OSError), (IsADirectoryError, OSError),
]
for sub, sup in checks:
    print(f'{sub.__name__:>20} < {sup.__name__:<16} {issubclass(sub, sup)}')
print(isinstance(ZeroDivisionError(), ArithmeticError), isinstance(KeyError(), IndexError))
print([c.__name__ for c in ZeroDivisionError.__mro__])
print([c.__name__ for c in KeyError.__mro__])
print([c.__name__ for c in RecursionError.__mro__])
print([c.__name__ for c in FileNotFoundError.__mro__])
print([c.__name__ for c in SystemExit.__mro__])
print(EnvironmentError is OSError, IOError is OSError)
def classify(exc):
    try:
        raise exc
    except LookupError:
        return 'lookup'
    except ArithmeticError:
        return 'arith'
    except Exception:
        return 'exception'
    except BaseException:
        return 'base'
for exc in (KeyError(), IndexError(), ZeroDivisionError(), OverflowError(), ValueError(), KeyboardInterrupt(), SystemExit()):
    print(type(exc).__name__, classify(exc))
