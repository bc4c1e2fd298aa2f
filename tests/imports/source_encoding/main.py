import latin, utf8bom
print(latin.S, len(latin.S))
print(utf8bom.S)
