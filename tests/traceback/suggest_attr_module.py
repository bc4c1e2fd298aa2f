# AttributeError on a module.
import sys
sys.getrecursionlimt()
