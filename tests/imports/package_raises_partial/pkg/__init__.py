from . import good
