config = {'port': '80a'}
port = int(config.get('port'))
