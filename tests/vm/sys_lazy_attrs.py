# sys.stdlib_module_names is made on first use in Kaa; it must look as if it was
# always there: in vars(sys), in dir(sys), importable, the same object each time.
import sys
print("stdlib_module_names" in dir(sys))
names = sys.stdlib_module_names
print(type(names).__name__, len(names) > 250)
print(all(m in names for m in ("json", "os", "sys", "_io", "__future__", "asyncio")))
print("kaa" in names, "numpy" in names)
print(names is sys.stdlib_module_names)
print("stdlib_module_names" in vars(sys), "stdlib_module_names" in dir(sys))
from sys import stdlib_module_names
print(stdlib_module_names is names)
print(sorted(n for n in names if n.startswith("_c"))[:4])
