class Service:
    def __init__(self):
        self.client = None
    def fetch(self):
        return self.client.get('/data')
Service().fetch()
