X = "x from one"
