# AttributeError on a builtin type's instance, inside a chained exception.
try:
    "text".uppr()
except AttributeError:
    [].apend(1)
