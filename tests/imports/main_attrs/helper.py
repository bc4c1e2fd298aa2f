import __main__, sys
main_name = __main__.__name__
same = __main__ is sys.modules['__main__']
