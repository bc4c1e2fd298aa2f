X = 'plain'
