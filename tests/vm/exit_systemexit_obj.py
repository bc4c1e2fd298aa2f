import sys
print('exit with bool True')
sys.exit(True)
