names = [BaseException, Exception, TypeError, ValueError, KeyError, IndexError, AttributeError,
         NameError, UnboundLocalError, ZeroDivisionError, StopIteration, StopAsyncIteration,
         RuntimeError, RecursionError, NotImplementedError, AssertionError, GeneratorExit,
         KeyboardInterrupt, SystemExit, TimeoutError, LookupError, ArithmeticError, OverflowError,
         ImportError, ModuleNotFoundError, OSError, SyntaxError, IndentationError, UnicodeError]
for cls in names:
    print(cls.__name__, "->", cls.__bases__[0].__name__)
