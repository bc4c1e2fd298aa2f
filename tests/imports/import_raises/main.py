import sys
import counter
for i in range(2):
    try:
        import pkg.bad
    except ZeroDivisionError as e:
        print('caught', e)
    print('pkg.bad' in sys.modules, 'pkg' in sys.modules, hasattr(sys.modules['pkg'], 'bad'))
print(counter.runs)
try:
    from pkg import bad
except ZeroDivisionError as e:
    print('from: caught', e)
print(counter.runs)
try:
    import toplevel_bad
except NameError as e:
    print(type(e).__name__, e)
print('toplevel_bad' in sys.modules)
