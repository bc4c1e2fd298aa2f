print("a.b.c")
X = "x"
