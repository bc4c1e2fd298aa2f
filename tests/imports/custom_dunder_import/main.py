import os  # as CPython, which imports os at start-up: only os.path is left to import below
import builtins
real = builtins.__import__
def spy(name, globals=None, locals=None, fromlist=(), level=0):
    caller = globals is not None and globals.get('__name__')
    if not str(caller).startswith('_frozen_importlib'):  # importlib's own imports
        print('import', repr(name), fromlist, level, caller)
    return real(name, globals, locals, fromlist, level)
builtins.__import__ = spy
import pkg.sub
from pkg import sub
from pkg.sub import X
import pkg.sub as s
import os.path
