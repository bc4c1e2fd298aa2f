__path__ = []
