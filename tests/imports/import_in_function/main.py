def f():
    import a.b
    from a import b as bb
    import a.b as c
    return sorted(locals())
print(f())
print('a' in globals())
class K:
    import a.b
    from a.b import V
print(K.a.__name__, K.V)
