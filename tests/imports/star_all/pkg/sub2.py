print("sub2 imported")
