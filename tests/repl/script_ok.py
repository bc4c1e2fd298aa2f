import sys
print("script", sys.flags.interactive, sys.flags.inspect, hasattr(sys, "ps1"))
data = [1, 2, 3]
def total():
    return sum(data)
