kwlist = ["a package's own keyword module"]
