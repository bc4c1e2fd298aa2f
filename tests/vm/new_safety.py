tests = ["int.__new__(list)", "list.__new__(dict)", "str.__new__(int)", "tuple.__new__(list)", "bytes.__new__(list)", "dict.__new__(int)",
         "float.__new__(str)", "BaseException.__new__(int)", "type.__new__(int, 'x', (), {})", "object.__new__(5)", "int.__new__(5)",
         "list.__init__(5)", "dict.__init__([])", "object.__getattribute__(5, 'real')", "object.__setattr__(5, 'x', 1)", "type.__call__(5)",
         "type.__init__(5)", "set.__init__([])", "complex.__new__(float)", "range.__new__(list, 3)", "frozenset.__new__(set)", "bytearray.__init__(b'x')",
         "property.__new__(int)", "super.__init__(5, int)", "slice.__new__(list)", "memoryview.__new__(bytes, b'x')",
         "Exception.__str__(5)", "int.__repr__('x')", "str.__add__(1, 'a')", "list.__len__(())", "tuple.__getitem__([1], 0)",
         "type.__repr__(5)", "type.__subclasses__(5)", "type.mro(5)", "int.to_bytes('x', 1, 'big')", "bool.__new__(int, 1)", "int.__new__(bool, 1)",
         "object.__init_subclass__()", "list.__class_getitem__(int)"]
for src in tests:
    try:
        print(src, '->', repr(eval(src))[:40])
    except Exception as e:
        print(src, '!', type(e).__name__, e)
