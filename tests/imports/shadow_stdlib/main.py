import random
try:
    random.randint
except AttributeError as e:
    print(e)
import helper
