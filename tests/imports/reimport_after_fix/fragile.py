import flag
print('executing fragile')
if not flag.ok:
    raise RuntimeError('not yet')
STATE = 'loaded'
