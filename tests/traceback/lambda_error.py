f = lambda x: x['key']
f([1, 2])
