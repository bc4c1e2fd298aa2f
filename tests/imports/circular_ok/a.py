print('a start')
import b
def fa(): return 'fa+' + b.fb()
print('a end')
