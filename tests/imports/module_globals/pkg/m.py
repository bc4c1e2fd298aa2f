"""The docstring of m."""
keys = sorted(globals())
builtins_type = type(__builtins__).__name__
doc = __doc__
main_check = __name__ == '__main__'
