print("pkg.sub init")
