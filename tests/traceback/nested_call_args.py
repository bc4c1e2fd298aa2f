def parse(x):
    return int(x)
def total(items):
    return sum(parse(i) for i in items) + parse(items[0]) * parse('z')
total(['1', '2'])
