import sys
sys.modules[__name__] = 12345
