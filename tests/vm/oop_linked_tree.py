class Node:
    def __init__(self, val, nxt=None):
        self.val, self.next = val, nxt
class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for x in reversed(list(items)):
            self.push(x)
    def push(self, v):
        self.head = Node(v, self.head)
        self.size += 1
    def __iter__(self):
        n = self.head
        while n:
            yield n.val
            n = n.next
    def __len__(self):
        return self.size
    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev
    def __repr__(self):
        return ' -> '.join(map(repr, self)) or 'empty'
    def __contains__(self, v):
        return any(x == v for x in self)
l = LinkedList([1, 2, 3, 4])
l.push(0)
print(l, len(l), 3 in l, 9 in l, list(l), sum(l))
l.reverse()
print(l, LinkedList())
class BST:
    def __init__(self):
        self.root = None
    def insert(self, k):
        def ins(n):
            if n is None:
                return [k, None, None]
            if k < n[0]:
                n[1] = ins(n[1])
            elif k > n[0]:
                n[2] = ins(n[2])
            return n
        self.root = ins(self.root)
    def inorder(self):
        def walk(n):
            if n:
                yield from walk(n[1])
                yield n[0]
                yield from walk(n[2])
        return list(walk(self.root))
    def height(self, n=0):
        def h(n):
            return 0 if n is None else 1 + max(h(n[1]), h(n[2]))
        return h(self.root)
    def __contains__(self, k):
        n = self.root
        while n:
            if k == n[0]:
                return True
            n = n[1] if k < n[0] else n[2]
        return False
t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 30, 65]:
    t.insert(k)
print(t.inorder(), t.height(), 65 in t, 66 in t)
class Tree:
    def __init__(self, name, *children):
        self.name, self.children = name, list(children)
    def render(self, depth=0):
        lines = ['  ' * depth + self.name]
        for c in self.children:
            lines.extend(c.render(depth + 1))
        return lines
    def count(self):
        return 1 + sum(c.count() for c in self.children)
    def find(self, name, path=()):
        path = path + (self.name,)
        if self.name == name:
            return path
        for c in self.children:
            r = c.find(name, path)
            if r:
                return r
tree = Tree('root', Tree('a', Tree('a1'), Tree('a2', Tree('deep'))), Tree('b'))
print('\n'.join(tree.render()))
print(tree.count(), tree.find('deep'), tree.find('zzz'))
