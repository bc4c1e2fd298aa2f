x = 41
def fail():
    return 1 / 0
fail()
y = 2
