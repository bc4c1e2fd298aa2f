e = ValueError('bad value')
e.add_note('while parsing line 3')
e.add_note('hint: check the input')
raise e
