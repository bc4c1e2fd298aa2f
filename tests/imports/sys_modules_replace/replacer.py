import sys
class Thing:
    value = 'replaced'
    def __repr__(self): return '<Thing>'
sys.modules[__name__] = Thing()
