import a
print(a.f())
