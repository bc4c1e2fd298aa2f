__all__ = ("one", "two")
one, two, three = 1, 2, 3
