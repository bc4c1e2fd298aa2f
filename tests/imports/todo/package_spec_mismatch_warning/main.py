__package__ = "pkg"
from . import x
print(x.X)
S = type("S", (), {"parent": "other"})
m = __import__("x", {"__name__": "q", "__package__": "pkg", "__spec__": S()}, None, [], 1)
print(m.__name__)
