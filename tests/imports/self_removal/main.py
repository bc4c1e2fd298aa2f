import sys
try:
    import vanishing
except KeyError as e:
    print(type(e).__name__, e, e.args)
print('vanishing' in sys.modules)
