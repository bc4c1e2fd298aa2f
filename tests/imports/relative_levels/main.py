import top.mid.low.m as m
print(m.RESULT)
