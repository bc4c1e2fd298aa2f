# atexit callbacks run after an uncaught exception's traceback too; the status is
# the exception's.
import atexit
atexit.register(print, 'callback', 1)
atexit.register(print, 'callback', 2)
print('before')
raise KeyError('uncaught')
