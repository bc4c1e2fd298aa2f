import sys
print(__name__, repr(__package__), __spec__, type(__loader__).__name__)
print(__file__)
print(sys.modules['__main__'] is sys.modules[__name__])
print(sorted(k for k in globals() if k.startswith('__')))
print(__builtins__.__name__ if hasattr(__builtins__, '__name__') else type(__builtins__).__name__)
print(sys.path[0])
import helper
print(helper.main_name, helper.same)
