KIND = "module in first"
