# A case change costs less than other edits.
def Compute(x):
    return x
compute(3)
