import deep
print(deep.a)
