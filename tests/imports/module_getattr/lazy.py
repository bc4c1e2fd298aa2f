def __getattr__(name):
    if name == 'forbidden':
        raise AttributeError(f'no {name} here')
    return 'lazy ' + name
def __dir__():
    return ['custom', 'dir']
