three_value = 3
