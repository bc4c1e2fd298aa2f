def connect(host, *, port=80):
    return host, port
connect('example.com', 8080)
