# An underscored wrong name may be matched with underscored names.
class Config:
    def __init__(self):
        self._private_level = 1
Config()._private_levl
