def go():
    raise ValueError("deep failure")
go()
