import builtins
builtins.COUNTER = getattr(builtins, 'COUNTER', 0) + 1
count = COUNTER
