KIND = "package"
