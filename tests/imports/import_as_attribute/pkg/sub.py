import pkg
pkg.sub = "set during import"
print(pkg.sub)
