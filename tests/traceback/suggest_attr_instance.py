# AttributeError on an instance: dir(obj) without underscored names.
class Config:
    def __init__(self):
        self.verbose = True
        self._private_level = 1
cfg = Config()
print(cfg.verbos)
