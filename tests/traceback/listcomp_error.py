values = [1, 2, 0, 4]
inverse = [1 / v for v in values]
