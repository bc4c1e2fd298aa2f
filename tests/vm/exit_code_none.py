import sys
try:
    sys.exit()
except SystemExit as e:
    print('caught', e.code, repr(e))
try:
    exit(4)
except SystemExit as e:
    print('builtin exit', e.code)
try:
    quit()
except SystemExit as e:
    print('quit', e.code)
raise SystemExit(None)
