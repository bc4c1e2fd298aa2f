import pkg
print("b ok")
pkg.a
