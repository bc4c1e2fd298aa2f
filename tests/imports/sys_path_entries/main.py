import sys, os
sys.path.insert(0, os.path.join(sys.path[0], 'nonexistent'))
sys.path.insert(0, os.path.join(sys.path[1], 'main.py'))
sys.path.insert(0, b'bytes entry')
sys.path.insert(0, 123)
import target
print(target.T)
sys.path[:] = [p for p in sys.path if isinstance(p, str)]
sys.path.insert(0, '')
import target2
print(target2.__file__)
