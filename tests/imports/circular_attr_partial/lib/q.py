import r
def f(): pass
