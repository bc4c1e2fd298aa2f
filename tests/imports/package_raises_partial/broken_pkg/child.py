print("child ran")
