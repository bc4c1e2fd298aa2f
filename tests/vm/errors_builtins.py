tests = [
    'len(1)', 'abs("x")', 'round("x")', 'round(1.5, "x")', 'divmod("a", 1)', 'pow("a", 2)', 'pow(2, 3, 1.5)', 'min()', 'max(1)', 'sorted(1)',
    'enumerate(1)', 'zip(1)', 'list(map(1, [1]))', 'list(filter(1, [1]))', 'range("a")', 'chr("a")', 'chr(2**40)', 'ord(1)', 'ord("")', 'hex(1.0)',
    'bin("a")', 'oct([])', 'isinstance(1, [int])', 'issubclass(int, [int])', 'getattr(1, 2)', 'setattr(1, "x", 1)', 'hasattr(1, 1)', 'delattr(1, 1)',
    'iter(1)', 'next(1)', 'next([])', 'reversed(1)', 'type(reversed({})).__name__', 'sum(1)', 'sum([1], "")', 'any(1)', 'all(None)', 'vars(1)', 'hash([])', 'hash({})',
    'id()', 'format(1, 1)', 'repr()', 'ascii()', 'callable()', 'type(1, 2)', 'super(1)', 'object(1)', 'int(1, 2)', 'int([])', 'int(None)',
    'float([])', 'float("1", 2)', 'complex([])', 'complex("1", "2")', 'bool(1, 2)', 'str(1, 2)', 'str(b"x", 1)', 'bytes(1, 2)', 'list(1)', 'tuple(1)',
    'dict(1)', 'dict([1, 2])', 'set(1)', 'frozenset(1)', 'slice()', 'slice(1, 2, 3, 4)', 'property(1, 2, 3, 4, 5)', 'staticmethod()', 'classmethod(1, 2)',
    'memoryview(1)', 'bytearray("x")', 'divmod(1, 0)', 'divmod(1.0, 0)', 'pow(0, -1)', 'pow(0.0, -1)', 'pow(2, -1, 4)', 'round(float("inf"))',
    'int(float("nan"))', 'chr(-1)', 'sorted([1], key=1)', 'max([1], key=1)', 'min(1, 2, key=None, default=1)', 'print(end=1)', 'compile(1, "", "exec")',
    'eval(1)', 'exec("x", 1)', 'globals(1)', 'locals(1)', 'dir(1, 2)', 'open()', 'input(1, 2)', 'iter(1, 2)', 'aiter(1)', 'anext(1)', 'breakpoint(1) if False else __import__("x y")',
]
for src in tests:
    try:
        r = eval(src)
        print(src, '->', repr(r)[:40])
    except Exception as e:
        print(src, '!', type(e).__name__ + ':', e)
