# PYTHONWARNINGS entries become filters (the last one first) ahead of the
# defaults, shared by warnings.filters and the interpreter's own warnings.
import sys
import warnings

print(sys.warnoptions)
for f in warnings.filters:
    print(f[0], f[1], f[2].__name__, f[3], f[4])
print(warnings.filters[1][1].match("SPAM and eggs") is not None, warnings.filters[1][1].match("eggs"))
sys.stderr = sys.stdout
warnings.warn("Spam here")
try:
    bool(NotImplemented)
except DeprecationWarning as e:
    print("error:", e)
warnings.warn("shown", RuntimeWarning, stacklevel=2)
