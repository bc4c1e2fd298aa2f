def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print('%s|%r|%a' % ('x', 'y', 'é'))
print('%d|%i|%u|%5d|%-5d|%05d|%+d|% d|%+05d' % (1, 2, 3, 4, 5, 6, 7, 8, -9))
print('%x|%X|%o|%#x|%#X|%#o|%08x|%-#8x|' % (255, 255, 8, 255, 255, 8, 255, 255))
print('%f|%.2f|%10.3f|%-10.1f|%+.0f|%e|%.3E|%g|%G|%#g' % (3.14159, 3.14159, 3.14159, 2.5, 2.5, 12345.678, 0.00012, 1e-5, 1e20, 1.0))
print('%.3d|%.0d|%5.3d|%c|%c|%%|%5s|%-5s|%.2s|%10.3s|' % (5, 0, 7, 'z', 0x263a, 'ab', 'cd', 'xyz', 'abcdef'))
print('%*d|%-*d|%.*f|%*.*f' % (5, 3, 4, 2, 2, 3.14159, 8, 3, 2.0))
print('%(name)s is %(age)d years' % {'name': 'Ann', 'age': 30})
print('%(a)s %(a)r' % {'a': 'q'}, '%s' % [1, 2], '%s' % (1,), '%s %s' % (None, True))
print('%d' % 3.99, '%d' % True, '%s' % 1.5, '%r' % 1e100, '%.1f' % float('inf'), '%f' % float('nan'), '%d' % -0.5)
print('%x' % -255, '%#o' % -8, '%d' % (2**70), '%x' % (2**64), '%e' % 0, '%g' % 123456789)
print('abc' % [1], 'abc' % {'k': 1})
show(lambda: '%d' % 'x')
show(lambda: '%x' % 3.0)
show(lambda: '%s %s' % ('a',))
show(lambda: '%s' % ('a', 'b'))
show(lambda: '%z' % 1)
show(lambda: '%' % ())
show(lambda: '%(a)s' % 5)
show(lambda: '%c' % 'ab')
show(lambda: '%c' % -1)
show(lambda: '%f' % 'x')
show(lambda: 'abc' % 5)
show(lambda: '%(a' % {'a': 1})
class I:
    def __index__(self):
        return 42
class F:
    def __float__(self):
        return 2.5
print('%x|%d|%f' % (I(), I(), F()))
