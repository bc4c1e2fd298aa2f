print('b start')
import a
print('b sees a partially:', hasattr(a, 'fa'))
def fb(): return 'fb'
def call_a(): return a.fa()
print('b end')
