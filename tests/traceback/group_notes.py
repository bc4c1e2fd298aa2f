e1 = ValueError('v')
e1.add_note('note on leaf')
eg = ExceptionGroup('with notes', [e1])
eg.add_note('note on group')
raise eg
