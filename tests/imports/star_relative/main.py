import pkg.user
print(pkg.user.names)
