# No suggestion when more than a third of the name would change.
alpha = 1
print(omega)
