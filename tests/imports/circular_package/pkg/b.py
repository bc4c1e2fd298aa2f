from . import a
B = "B" + str(hasattr(a, "A"))
