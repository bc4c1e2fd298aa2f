# Inside a method, a bare name that is an attribute of self.
class Box:
    def __init__(self):
        self.content = 3
    def show(self):
        return content * 2
Box().show()
