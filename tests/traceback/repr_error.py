class Bad:
    def __repr__(self):
        raise RuntimeError('repr exploded')
print([Bad()])
