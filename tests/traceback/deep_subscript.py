data = {'a': {'b': [1, 2, 3]}}
value = data['a']['b'][10]
