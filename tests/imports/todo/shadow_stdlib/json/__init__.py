X = "local json"
