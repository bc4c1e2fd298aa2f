T = "top"
