import sys
try:
    s = input('prompt> ')
    print('got', repr(s))
except EOFError as e:
    print('EOFError', e)
print(repr(sys.stdin.readline()), sys.stdin.read(), sys.stdin.readlines())
try:
    input(1, 2)
except TypeError as e:
    print(e)
