def show(*a):
    try:
        print(repr(int(*a)))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
for a in [('42',), ('-42',), ('  +7  ',), ('1_000_000',), ('0x1F', 16), ('1F', 16), ('z', 36), ('Z', 36), ('11', 2), ('777', 8),
          ('0b11', 0), ('0o17', 0), ('0xff', 0), ('010', 0), ('0', 0), ('00', 0), ('1__0',), ('_1',), ('1_',), ('12', 3),
          ('', ), ('  ',), ('1.5',), ('١٢٣',), ('12', 1), ('12', 37), ('12', -1), (b'42',), (bytearray(b'7'),), ('0x', 16),
          (3.99,), (-3.99,), (True,), ('inf',), (1e20,), ('9' * 30,), ('-0',), ('+0x10', 16), ('0X10', 0), (' 0b1 ', 0)]:
    show(*a)
show(float('inf'))
show(float('nan'))
show(5, 10)
show([])
show(None)
class IntLike:
    def __int__(self):
        return 9
class IndexLike:
    def __index__(self):
        return 8
class TruncLike:
    def __trunc__(self):
        return 7
show(IntLike())
show(IndexLike())
try:
    show(TruncLike())
except Exception as e:
    print(type(e).__name__)
print(int(), int('10', base=16), int(x='5') if False else 'no x kw')
import sys
print(sys.int_info.str_digits_check_threshold, sys.get_int_max_str_digits())
try:
    int('1' * 5000)
except ValueError as e:
    print(str(e)[:60])
try:
    str(10 ** 5000)
except ValueError as e:
    print(str(e)[:60])
sys.set_int_max_str_digits(0)
print(len(str(10 ** 5000)))
sys.set_int_max_str_digits(4300)
print(hex(10 ** 5000)[:10], int('f' * 5000, 16) > 0)
