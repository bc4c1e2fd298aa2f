"""Lists the builtin callables and types one interpreter has, with what they
say about their signatures. It runs under python3.13 (gen_textsig.py records
CPython's answers) and under Kaa (textsig_test.go compares Kaa's with them).

Usage: textsig_walk.py MODULE...   (no modules: sys.builtin_module_names)

Each output line is a JSON list [path, kind, key, text, sig]:
  path  where the object was reached: "math.sqrt", "builtins.dict.get" (a
        type's member is named after the type's __module__ and __qualname__,
        whichever module led to the type)
  kind  the object's type name (for a type's member: the dict entry's)
  key   what Kaa's table is searched by: module.name for a module function,
        module.Qual for a type, module.Qual.name for a type's member
  text  __text_signature__ (None when absent)
  sig   str(inspect.signature(obj)), or "!" and the exception's type name
  py    for a function written in Python, its signature as a text signature
        would spell it (the parameter a method is bound to marked with '$'),
        or None; gen_textsig.py gives it to Kaa's Go stand-ins for them
  vkind the type name of the object itself (a member: as the type gives it)
"""
import ast
import builtins
import importlib
import inspect
import json
import sys
import types

NATIVE = frozenset({
    'builtin_function_or_method', 'method_descriptor', 'classmethod_descriptor',
    'wrapper_descriptor', 'method-wrapper'})


def signature_text(obj):
    try:
        return str(inspect.signature(obj))
    except Exception as exc:
        return '!' + type(exc).__name__


def representable(default):
    """Whether inspect can read the default back from text."""
    try:
        return ast.literal_eval(repr(default)) == default
    except Exception:
        return False


def python_text(entry, member):
    """ENTRY (a module's value, or a class dict's entry when MEMBER) as a text
    signature, if it is a function written in Python."""
    marked = member
    if isinstance(entry, type):
        # a class written in Python: what calling it takes
        if not any(isinstance(v, types.FunctionType) for v in vars(entry).values()):
            return None
        entry = entry.__init__
        if not isinstance(entry, types.FunctionType):
            return None
        marked = False
        try:
            sig = inspect.signature(entry)
        except Exception:
            return None
        params = list(sig.parameters.values())[1:]
        if any(p.default is not p.empty and not representable(p.default) for p in params):
            return None
        params = [p.replace(annotation=p.empty) for p in params]
        return str(sig.replace(parameters=params, return_annotation=sig.empty))
    if isinstance(entry, (staticmethod, classmethod)):
        marked = isinstance(entry, classmethod)
        entry = entry.__func__
    if not isinstance(entry, types.FunctionType):
        return None
    try:
        sig = inspect.signature(entry)
    except Exception:
        return None
    params = [p.replace(annotation=p.empty) for p in sig.parameters.values()]
    if any(p.default is not p.empty and not representable(p.default) for p in params):
        return None
    text = str(sig.replace(parameters=params, return_annotation=sig.empty))
    if marked:
        if not params or params[0].kind not in (params[0].POSITIONAL_ONLY, params[0].POSITIONAL_OR_KEYWORD):
            return None
        text = '($' + text[1:]
    return text


def type_key(cls):
    return '%s.%s' % (cls.__module__, cls.__qualname__)


class Walk:
    def __init__(self):
        self.rows = {}
        self.types_seen = set()

    def emit(self, path, kind, key, obj, entry=None, member=False):
        if path in self.rows:
            return
        text = getattr(obj, '__text_signature__', None)
        if not isinstance(text, str):
            text = None
        self.rows[path] = [path, kind, key, text, signature_text(obj),
                           python_text(obj if entry is None else entry, member),
                           type(obj).__name__]

    def module(self, name):
        try:
            mod = importlib.import_module(name)
        except Exception:
            return
        for attr in sorted(dir(mod)):
            try:
                value = getattr(mod, attr)
            except Exception:
                continue
            if isinstance(value, type):
                self.type(value)
            elif isinstance(value, (types.ModuleType, int, float, str, bytes, tuple, list, dict)):
                pass
            elif type(value).__name__ not in NATIVE and not isinstance(value, types.FunctionType):
                self.type(type(value))  # an instance: copyright, sys.flags, os.environ
            elif type(value).__name__ in NATIVE or isinstance(value, types.FunctionType):
                home = getattr(value, '__module__', None) or name
                self.emit(name + '.' + attr, type(value).__name__,
                          '%s.%s' % (home, getattr(value, '__name__', attr)), value)

    def type(self, cls):
        if id(cls) in self.types_seen:
            return
        self.types_seen.add(id(cls))
        try:
            base = type_key(cls)
        except Exception:
            return
        self.emit(base, 'type', base, cls)
        for attr in sorted(cls.__dict__):
            entry = cls.__dict__[attr]
            kind = type(entry).__name__
            if kind not in NATIVE and not isinstance(
                    entry, (types.FunctionType, staticmethod, classmethod)):
                continue
            try:
                value = getattr(cls, attr)
            except Exception:
                continue
            self.emit(base + '.' + attr, kind, base + '.' + attr, value, entry, True)


def main(argv):
    names = argv or sorted(sys.builtin_module_names)
    walk = Walk()
    for name in ['builtins', 'types'] + [n for n in names if n not in ('builtins', 'types')]:
        walk.module(name)
    # the types the builtins lead to without naming them
    for obj in [builtins.__loader__, type(sys.flags), type(sys.implementation),
                type(iter([])), type(iter(())), type(iter('')), type({}.keys()),
                type({}.values()), type({}.items()), type(iter({})), type(iter(range(1))),
                type(reversed([])), type(iter(set())), type(iter(b'')), type(iter(bytearray())),
                type(zip()), type(map(len, ())), type(filter(None, ())), type(enumerate(())),
                type(Ellipsis), type(NotImplemented), type(None)]:
        if isinstance(obj, type):
            walk.type(obj)
    for path in sorted(walk.rows):
        print(json.dumps(walk.rows[path]))


if __name__ == '__main__':
    main(sys.argv[1:])
