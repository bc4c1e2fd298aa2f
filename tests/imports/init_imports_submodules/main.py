import pkg
print(pkg.one.ONE, pkg.two.TWO, pkg.three_value)
print(sorted(k for k in vars(pkg) if not k.startswith('__')))
