import deep.b
