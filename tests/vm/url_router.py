routes = []
def route(pattern):
    def deco(fn):
        parts = pattern.strip('/').split('/')
        routes.append((parts, fn))
        return fn
    return deco
@route('/')
def index():
    return 'home'
@route('/users/<int:uid>')
def user(uid):
    return f'user #{uid} ({type(uid).__name__})'
@route('/users/<int:uid>/posts/<slug>')
def post(uid, slug):
    return f'post {slug!r} by {uid}'
@route('/files/<path>')
def files(path):
    return f'file {path}'
def dispatch(url):
    parts = url.strip('/').split('/')
    for pattern, fn in routes:
        if len(pattern) != len(parts):
            continue
        kwargs = {}
        for p, actual in zip(pattern, parts):
            if p.startswith('<') and p.endswith('>'):
                spec = p[1:-1]
                if ':' in spec:
                    conv, name = spec.split(':')
                    if conv == 'int':
                        if not actual.isdigit():
                            break
                        actual = int(actual)
                else:
                    name = spec
                kwargs[name] = actual
            elif p != actual:
                break
        else:
            return fn(**kwargs)
    return '404 not found'
for url in ['/', '/users/42', '/users/abc', '/users/7/posts/hello-world', '/files/readme.txt', '/nope', '/users/1/posts']:
    print(f'{url:<28} -> {dispatch(url)}')
