tests = ["type.__dict__['__name__'].__get__(5, int)", "int.__dict__['real'].__get__('x', str)", "str.upper(5)", "list.append(5, 1)",
         "dict.get([], 1)", "type.__dict__['__mro__'].__get__(1)", "object.__dict__['__class__'].__get__(1)", "int.__add__('a', 1)",
         "float.hex(1)", "complex.conjugate(1)", "property.__dict__['fget'].__get__(1)", "BaseException.__dict__['args'].__get__(1)",
         "type.__dict__['__dict__'].__get__(1)", "bytes.hex('a')", "memoryview.tobytes(b'a')", "type.__dict__['__name__'].__set__(1, 'x')",
         "BaseException.__dict__['args'].__set__(5, ())", "int.__dict__['numerator'].__get__(2.5)", "float.__dict__['real'].__get__(1)",
         "type.__dict__['__doc__'].__get__(None, 5)", "str.__dict__['__len__'](1)",
         "dict.__dict__['fromkeys'].__get__(1)", "staticmethod.__dict__['__func__'].__get__(1)", "classmethod.__dict__['__func__'].__get__(1)"]
for src in tests:
    try:
        print(src, '->', repr(eval(src))[:40])
    except Exception as e:
        print(src, '!', type(e).__name__, e)
