# from M import NAME with a misspelt NAME.
from sys import getrecursionlimt
