source = 'x = [1, 2\nprint(x)'
exec(source)
