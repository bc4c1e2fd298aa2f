# Names in import statements inside a class are mangled like other names (IMPORT_NAME,
# IMPORT_FROM and the stored name), except dotted and dunder names.
class A:
    def f():
        import __mangled_mod
        import __package__.module
        from __x import __y
        from . import __z
        import __a.b as __c
import dis
for ins in dis.get_instructions(A.f):
    if ins.opname.startswith('IMPORT') or ins.opname.startswith('STORE'):
        print(ins.opname, ins.argval)
print(A.f.__code__.co_varnames, A.f.__code__.co_names)
