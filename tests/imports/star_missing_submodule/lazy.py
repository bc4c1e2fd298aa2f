visible = 1
def __getattr__(name):
    return "dyn " + name
