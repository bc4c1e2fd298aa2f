try:
    int('x')
except ValueError:
    raise TypeError('converted') from None
