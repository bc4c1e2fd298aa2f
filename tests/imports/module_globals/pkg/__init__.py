init_keys = sorted(globals())
