# NameError: the closest name in locals, globals and builtins.
counter_total = 0
def bump(amount):
    return counter_totl + amount
bump(1)
