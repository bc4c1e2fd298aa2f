import counter
counter.runs += 1
import sys
print('during import, in sys.modules:', __name__ in sys.modules)
1/0
