from .inner import leaf
