V = "v"
