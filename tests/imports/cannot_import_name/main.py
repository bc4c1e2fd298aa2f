import os, sys
sys.path.append(os.path.join(os.path.dirname(__file__), 'extra'))
for stmt in ['from m import missing', 'from pkg import missing',
             'from ns import missing', 'from sys import missing',
             'from m import X, missing']:
    try:
        exec(stmt, {})
    except ImportError as e:
        print(type(e).__name__, e)
        print('  name=%r path=%r name_from=%r' % (e.name, e.path, e.name_from))
