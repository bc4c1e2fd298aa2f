print('init pkg', __name__)
VALUE = 42
