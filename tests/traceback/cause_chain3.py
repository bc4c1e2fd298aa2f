def a():
    raise KeyError('root')
def b():
    try:
        a()
    except KeyError as e:
        raise ValueError('middle') from e
def c():
    try:
        b()
    except ValueError as e:
        raise RuntimeError('top') from e
c()
