data = {'store': {'book': [{'title': 'A', 'price': 8.95, 'tags': ['x']}, {'title': 'B', 'price': 12.99, 'tags': []}, {'title': 'C', 'price': 22.5, 'isbn': '123'}], 'bicycle': {'color': 'red', 'price': 19.95}}}
def get_path(obj, path):
    for part in path.split('.'):
        if part.endswith(']'):
            name, idx = part[:-1].split('[')
            obj = obj[name] if name else obj
            obj = obj[int(idx)] if idx != '*' else obj
        else:
            obj = obj[part]
    return obj
def find_all(obj, key, path='$'):
    found = []
    if isinstance(obj, dict):
        for k, v in obj.items():
            p = f'{path}.{k}'
            if k == key:
                found.append((p, v))
            found += find_all(v, key, p)
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            found += find_all(v, key, f'{path}[{i}]')
    return found
print(get_path(data, 'store.book[1].title'), get_path(data, 'store.bicycle.color'), len(get_path(data, 'store.book[*]')))
for p, v in find_all(data, 'price'):
    print(p, v)
print(find_all(data, 'isbn'), find_all(data, 'nope'))
def flatten(obj, prefix=''):
    if isinstance(obj, dict):
        return {k2: v2 for k, v in obj.items() for k2, v2 in flatten(v, f'{prefix}{k}.').items()}
    if isinstance(obj, list):
        return {k2: v2 for i, v in enumerate(obj) for k2, v2 in flatten(v, f'{prefix}{i}.').items()} or {prefix.rstrip('.'): []}
    return {prefix.rstrip('.'): obj}
flat = flatten(data)
print(len(flat), sorted(flat)[:4], flat['store.book.2.isbn'])
