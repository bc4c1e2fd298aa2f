compile('a b c', 'snippet.py', 'exec')
