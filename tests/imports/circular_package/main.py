import pkg
print(pkg.a.A, pkg.b.B, pkg.a.b_mod is pkg.b)
