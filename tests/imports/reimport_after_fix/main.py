import sys
import flag
try:
    import fragile
except RuntimeError as e:
    print('first:', e)
flag.ok = True
import fragile
print('second:', fragile.STATE)
before = fragile
del sys.modules['fragile']
import fragile
print(before is fragile, fragile.STATE)
