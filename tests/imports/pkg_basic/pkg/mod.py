print('init mod', __name__)
def f(): return 'f'
