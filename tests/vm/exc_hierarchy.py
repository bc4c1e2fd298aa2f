import builtins
excs = sorted((v for v in vars(builtins).values() if isinstance(v, type) and issubclass(v, BaseException)), key=lambda c: c.__name__)
for e in excs:
    if e.__name__.startswith('_'):
        continue
    print(e.__name__, [b.__name__ for b in e.__mro__[1:]])
print(len([e for e in excs if not e.__name__.startswith('_')]))
print(EnvironmentError is OSError, IOError is OSError)
for name, args in [('OSError', (1, 'x')), ('OSError', (13, 'denied')), ('OSError', (17, 'exists')), ('OSError', (21, 'isdir')), ('OSError', (20, 'notdir')), ('OSError', (32, 'pipe')), ('OSError', (111, 'refused')), ('OSError', (110, 'timeout')), ('OSError', (11, 'again')), ('OSError', (3, 'srch')), ('OSError', (4, 'intr')), ('OSError', (10, 'child'))]:
    e = getattr(builtins, name)(*args)
    print(args[0], type(e).__name__, e.errno, e.strerror)
print(issubclass(ModuleNotFoundError, ImportError), issubclass(RecursionError, RuntimeError), issubclass(NotImplementedError, RuntimeError), issubclass(UnicodeDecodeError, ValueError), issubclass(FloatingPointError, ArithmeticError), issubclass(IndentationError, SyntaxError), issubclass(TabError, IndentationError))
print(issubclass(KeyboardInterrupt, Exception), issubclass(SystemExit, BaseException), issubclass(GeneratorExit, Exception), issubclass(StopAsyncIteration, Exception), issubclass(PythonFinalizationError, RuntimeError), issubclass(EncodingWarning, Warning))
for w in [Warning, UserWarning, DeprecationWarning, PendingDeprecationWarning, SyntaxWarning, RuntimeWarning, FutureWarning, ImportWarning, UnicodeWarning, BytesWarning, ResourceWarning, EncodingWarning]:
    print(w.__name__, w.__mro__[1].__name__, w.__doc__)
print(BaseException.__doc__, Exception.__doc__, ValueError.__doc__, KeyError.__doc__)
