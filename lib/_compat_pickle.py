"""Where the modules and names of Python 2 pickles live in Python 3.

pickle consults these tables when fix_imports is on: loading a protocol
0-2 pickle written by Python 2 (IMPORT_MAPPING, NAME_MAPPING), and writing
one that Python 2 can load (the REVERSE_ tables).
"""

# Kaa's _compat_pickle.  The public tables hold the same entries as
# CPython's; here they are assembled from smaller tables grouped by where
# things went, in four steps:
#   1. renames that hold both ways (so each has a reverse entry);
#   2. the reverse tables, made by turning those around;
#   3. one-way entries: Python 2 aliases of a Python 3 home, and Python 3
#      names that Python 2 kept somewhere else;
#   4. exception classes Python 2 did not have, written as their bases.


import builtins as _builtins

# --- 1. Renames that hold both ways --------------------------------------

# Top-level modules renamed, old name first.
_MODULE_RENAMES = {
    '__builtin__': 'builtins',
    'copy_reg': 'copyreg',
    'Queue': 'queue',
    'SocketServer': 'socketserver',
    'ConfigParser': 'configparser',
    'repr': 'reprlib',
    'markupbase': '_markupbase',
    '_winreg': 'winreg',
    'thread': '_thread',
    'dummy_thread': '_dummy_thread',
    'commands': 'subprocess',
}

# Modules that became parts of a Python 3 package: package -> {Python 2
# module: submodule}, with '' for the package itself.
_INTO_PACKAGES = {
    'tkinter': {
        'Tkinter': '', 'Tkconstants': 'constants', 'Dialog': 'dialog',
        'Tkdnd': 'dnd', 'ScrolledText': 'scrolledtext', 'ttk': 'ttk',
        'tkFileDialog': 'filedialog', 'tkSimpleDialog': 'simpledialog',
        'tkColorChooser': 'colorchooser', 'tkCommonDialog': 'commondialog',
        'tkFont': 'font', 'tkMessageBox': 'messagebox',
    },
    'dbm': {'anydbm': '', 'dbhash': 'bsd', 'dumbdbm': 'dumb', 'dbm': 'ndbm',
            'gdbm': 'gnu'},
    'http': {'httplib': 'client', 'Cookie': 'cookies', 'cookielib': 'cookiejar',
             'BaseHTTPServer': 'server'},
    'html': {'htmlentitydefs': 'entities', 'HTMLParser': 'parser'},
    'urllib': {'urlparse': 'parse', 'robotparser': 'robotparser',
               'urllib2': 'request'},
    'xmlrpc': {'xmlrpclib': 'client', 'SimpleXMLRPCServer': 'server'},
    'collections': {'_abcoll': 'abc'},
    'test': {'test.test_support': 'support'},
}

# Names that moved (or were renamed): (Python 2 module, Python 3 module)
# -> {Python 2 name: Python 3 name}.
_MOVED_NAMES = {
    ('__builtin__', 'builtins'): {'xrange': 'range', 'unichr': 'chr',
                                  'unicode': 'str', 'long': 'int'},
    ('__builtin__', 'functools'): {'reduce': 'reduce'},
    ('__builtin__', 'sys'): {'intern': 'intern'},
    ('itertools', 'builtins'): {'izip': 'zip', 'imap': 'map', 'ifilter': 'filter'},
    ('itertools', 'itertools'): {'ifilterfalse': 'filterfalse',
                                 'izip_longest': 'zip_longest'},
    ('UserDict', 'collections'): {'IterableUserDict': 'UserDict'},
    ('UserList', 'collections'): {'UserList': 'UserList'},
    ('UserString', 'collections'): {'UserString': 'UserString'},
    ('whichdb', 'dbm'): {'whichdb': 'whichdb'},
    ('_socket', 'socket'): {'fromfd': 'fromfd'},
    ('_multiprocessing', 'multiprocessing.connection'): {'Connection': 'Connection'},
    ('multiprocessing.process', 'multiprocessing.context'): {'Process': 'Process'},
    ('multiprocessing.forking', 'multiprocessing.popen_fork'): {'Popen': 'Popen'},
}

# urllib's contents, spread over three modules, kept their names.
_URLLIB_SPLIT = {
    ('urllib', 'urllib.error'): 'ContentTooShortError',
    ('urllib', 'urllib.request'): 'getproxies pathname2url url2pathname '
                                  'urlcleanup urlopen urlretrieve',
    ('urllib', 'urllib.parse'): 'quote quote_plus unquote unquote_plus urlencode',
    ('urllib2', 'urllib.error'): 'HTTPError URLError',
}
for _modules, _names in _URLLIB_SPLIT.items():
    _MOVED_NAMES[_modules] = {_name: _name for _name in _names.split()}

# Python 2's exceptions module became part of builtins.
PYTHON2_EXCEPTIONS = (
    'ArithmeticError',
    'AssertionError',
    'AttributeError',
    'BaseException',
    'BufferError',
    'BytesWarning',
    'DeprecationWarning',
    'EOFError',
    'EnvironmentError',
    'Exception',
    'FloatingPointError',
    'FutureWarning',
    'GeneratorExit',
    'IOError',
    'ImportError',
    'ImportWarning',
    'IndentationError',
    'IndexError',
    'KeyError',
    'KeyboardInterrupt',
    'LookupError',
    'MemoryError',
    'NameError',
    'NotImplementedError',
    'OSError',
    'OverflowError',
    'PendingDeprecationWarning',
    'ReferenceError',
    'RuntimeError',
    'RuntimeWarning',
    'StopIteration',
    'SyntaxError',
    'SyntaxWarning',
    'SystemError',
    'SystemExit',
    'TabError',
    'TypeError',
    'UnboundLocalError',
    'UnicodeDecodeError',
    'UnicodeEncodeError',
    'UnicodeError',
    'UnicodeTranslateError',
    'UnicodeWarning',
    'UserWarning',
    'ValueError',
    'Warning',
    'ZeroDivisionError',
)
if hasattr(_builtins, 'WindowsError'):     # Windows only
    PYTHON2_EXCEPTIONS += ('WindowsError',)
_MOVED_NAMES[('exceptions', 'builtins')] = {
    _name: _name for _name in PYTHON2_EXCEPTIONS}

# multiprocessing's exceptions moved into multiprocessing.context.
MULTIPROCESSING_EXCEPTIONS = ('AuthenticationError', 'BufferTooShort',
                              'ProcessError', 'TimeoutError')
_MOVED_NAMES[('multiprocessing', 'multiprocessing.context')] = {
    _name: _name for _name in MULTIPROCESSING_EXCEPTIONS}

IMPORT_MAPPING = dict(_MODULE_RENAMES)
for _package, _parts in _INTO_PACKAGES.items():
    for _old, _part in _parts.items():
        IMPORT_MAPPING[_old] = _package + '.' + _part if _part else _package

NAME_MAPPING = {}
for (_old_module, _new_module), _names in _MOVED_NAMES.items():
    for _old, _new in _names.items():
        NAME_MAPPING[_old_module, _old] = (_new_module, _new)


# --- 2. The way back ------------------------------------------------------

REVERSE_IMPORT_MAPPING = {new: old for old, new in IMPORT_MAPPING.items()}
REVERSE_NAME_MAPPING = {new: old for old, new in NAME_MAPPING.items()}
# Each rename so far must be reversible without loss.
assert len(REVERSE_IMPORT_MAPPING) == len(IMPORT_MAPPING)
assert len(REVERSE_NAME_MAPPING) == len(NAME_MAPPING)


# --- 3. One-way entries ---------------------------------------------------

# Python 3 module -> Python 2 modules also loaded as it (the later ones
# partly merged into it, or written so by early Python 3 versions).
_ALSO_FROM = {
    'pickle': ('cPickle',),
    'xml.etree.ElementTree': ('_elementtree',),
    'tkinter.filedialog': ('FileDialog',),
    'tkinter.simpledialog': ('SimpleDialog',),
    'xmlrpc.server': ('DocXMLRPCServer',),
    'http.server': ('SimpleHTTPServer', 'CGIHTTPServer'),
    'collections': ('UserDict', 'UserList', 'UserString'),
    'dbm': ('whichdb',),
    'io': ('StringIO', 'cStringIO'),
}
for _new, _olds in _ALSO_FROM.items():
    IMPORT_MAPPING.update(dict.fromkeys(_olds, _new))

# C accelerators are written as the modules they speed up.
for _new in ('_bz2', '_dbm', '_functools', '_gdbm', '_pickle'):
    REVERSE_IMPORT_MAPPING[_new] = _new[1:]

NAME_MAPPING[('__builtin__', 'basestring')] = ('builtins', 'str')
NAME_MAPPING[('exceptions', 'StandardError')] = ('builtins', 'Exception')
NAME_MAPPING[('UserDict', 'UserDict')] = ('collections', 'UserDict')
NAME_MAPPING[('socket', '_socketobject')] = ('socket', 'SocketType')

# Python 3 classes whose Python 2 module was one of their own:
# Python 3 module -> {Python 2 module: class names}.
_CLASSES_FROM = {
    'tkinter.filedialog': {'FileDialog': ('FileDialog', 'LoadFileDialog',
                                          'SaveFileDialog')},
    'tkinter.simpledialog': {'SimpleDialog': ('SimpleDialog',)},
    'xmlrpc.server': {'DocXMLRPCServer': (
        'ServerHTMLDoc', 'XMLRPCDocGenerator', 'DocXMLRPCRequestHandler',
        'DocXMLRPCServer', 'DocCGIXMLRPCRequestHandler')},
    'http.server': {'SimpleHTTPServer': ('SimpleHTTPRequestHandler',),
                    'CGIHTTPServer': ('CGIHTTPRequestHandler',)},
}
for _new_module, _homes in _CLASSES_FROM.items():
    for _old_module, _names in _homes.items():
        for _name in _names:
            REVERSE_NAME_MAPPING[_new_module, _name] = (_old_module, _name)
REVERSE_NAME_MAPPING[('_functools', 'reduce')] = ('__builtin__', 'reduce')
REVERSE_NAME_MAPPING[('_socket', 'socket')] = ('socket', '_socketobject')


# --- 4. Exceptions new in Python 3 ----------------------------------------

# The OSError subclasses Python 3.3 added, and ImportError's.
PYTHON3_OSERROR_EXCEPTIONS = (
    'BrokenPipeError',
    'ChildProcessError',
    'ConnectionAbortedError',
    'ConnectionError',
    'ConnectionRefusedError',
    'ConnectionResetError',
    'FileExistsError',
    'FileNotFoundError',
    'InterruptedError',
    'IsADirectoryError',
    'NotADirectoryError',
    'PermissionError',
    'ProcessLookupError',
    'TimeoutError',
)
PYTHON3_IMPORTERROR_EXCEPTIONS = (
    'ModuleNotFoundError',
)
for _base, _names in ((('exceptions', 'OSError'), PYTHON3_OSERROR_EXCEPTIONS),
                      (('exceptions', 'ImportError'), PYTHON3_IMPORTERROR_EXCEPTIONS)):
    for _name in _names:
        REVERSE_NAME_MAPPING[('builtins', _name)] = _base

del (_modules, _names, _name, _package, _parts, _old, _part, _old_module,
     _new_module, _new, _olds, _homes, _base, _builtins)
