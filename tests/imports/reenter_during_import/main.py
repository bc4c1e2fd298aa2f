import a
print(a.seen)
