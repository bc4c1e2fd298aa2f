# genericpath as a program's first import (os not loaded yet in Kaa): no circular
# import between genericpath, os and posixpath.
import genericpath
import sys
print(genericpath.exists("/"), genericpath.isdir("/"), genericpath.commonprefix(["/usr/lib", "/usr/local"]))
print("os" in sys.modules, "posixpath" in sys.modules)
