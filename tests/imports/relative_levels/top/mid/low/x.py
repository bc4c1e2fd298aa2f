X = "x"
