import sys
print('exiting with message')
sys.exit('fatal: message to stderr')
