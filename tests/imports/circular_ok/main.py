import a
print(a.fa(), a.b.fb())
