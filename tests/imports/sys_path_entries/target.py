T = "found"
