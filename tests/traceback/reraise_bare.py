def f():
    try:
        return [][0]
    except IndexError:
        raise
f()
