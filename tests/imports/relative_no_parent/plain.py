try:
    from . import sibling
except ImportError as e:
    print('plain:', e, repr(__package__))
