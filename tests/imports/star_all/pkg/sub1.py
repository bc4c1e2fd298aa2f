print("sub1 imported")
