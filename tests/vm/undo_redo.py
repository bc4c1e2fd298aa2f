class Editor:
    def __init__(self):
        self.text, self.undo_stack, self.redo_stack = '', [], []
    def _do(self, new):
        self.undo_stack.append(self.text)
        self.redo_stack.clear()
        self.text = new
    def insert(self, pos, s):
        self._do(self.text[:pos] + s + self.text[pos:])
    def delete(self, pos, n):
        self._do(self.text[:pos] + self.text[pos + n:])
    def replace(self, old, new):
        self._do(self.text.replace(old, new))
    def undo(self):
        if not self.undo_stack:
            return False
        self.redo_stack.append(self.text)
        self.text = self.undo_stack.pop()
        return True
    def redo(self):
        if not self.redo_stack:
            return False
        self.undo_stack.append(self.text)
        self.text = self.redo_stack.pop()
        return True
e = Editor()
e.insert(0, 'hello world')
e.insert(5, ',')
e.replace('world', 'there')
e.delete(0, 1)
print(repr(e.text))
print(e.undo(), repr(e.text), e.undo(), repr(e.text))
print(e.redo(), repr(e.text))
e.insert(0, 'H')
print(repr(e.text), e.redo(), len(e.undo_stack))
while e.undo():
    pass
print(repr(e.text), len(e.redo_stack))
