__all__ = ["sub1", "P"]
P = 1
Q = 2
