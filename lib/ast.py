"""Abstract syntax trees of Python source.

The node classes come from the native _ast module; compile() with
PyCF_ONLY_AST (or parse() here) builds trees of them, and compile() accepts such
a tree in place of source text.  This module adds the helpers to build, inspect,
print, walk and rewrite trees, and unparse() to turn a tree back into source.
"""
import sys
import re
from _ast import *
from contextlib import contextmanager, nullcontext
from enum import IntEnum, auto, _simple_enum


# What getattr() answers for an attribute that is not set.
_MISSING = object()


def parse(source, filename='<unknown>', mode='exec', *,
          type_comments=False, feature_version=None, optimize=-1):
    """Parse source into an AST node (compile() with PyCF_ONLY_AST)."""
    # PyCF_OPTIMIZED_AST includes the PyCF_ONLY_AST bit.
    flags = PyCF_OPTIMIZED_AST if optimize > 0 else PyCF_ONLY_AST
    flags |= PyCF_TYPE_COMMENTS if type_comments else 0
    return compile(source, filename, mode, flags, optimize=optimize,
                   _feature_version=_grammar_minor(feature_version))


def _grammar_minor(feature_version):
    # parse()'s feature_version, which is None (the running version), a minor
    # version number or (3, minor), as the minor number compile() wants.
    if feature_version is None:
        return -1
    if not isinstance(feature_version, tuple):
        return feature_version
    major, minor = feature_version
    if major == 3:
        return minor
    raise ValueError(f"Unsupported major version: {major}")


def literal_eval(node_or_string):
    """Evaluate a node, or a string holding an expression, made only of literals:
    str, bytes, numbers, tuples, lists, dicts, sets, booleans and None."""
    tree = node_or_string
    if isinstance(tree, str):
        tree = parse(tree.lstrip(" \t"), mode='eval')
    if isinstance(tree, Expression):
        tree = tree.body

    def bad(node):
        where = getattr(node, 'lineno', None)
        text = "malformed node or string"
        if where:
            text += f" on line {where}"
        raise ValueError(f"{text}: {node!r}")

    def number(node):
        found = node.value if isinstance(node, Constant) else None
        if type(found) in (int, float, complex):
            return found
        bad(node)

    def signed(node):
        sign = node.op if isinstance(node, UnaryOp) else None
        if isinstance(sign, USub):
            return -number(node.operand)
        if isinstance(sign, UAdd):
            return +number(node.operand)
        return number(node)

    def value(node):
        if isinstance(node, Constant):
            return node.value
        if isinstance(node, Tuple):
            return tuple(value(e) for e in node.elts)
        if isinstance(node, List):
            return [value(e) for e in node.elts]
        if isinstance(node, Set):
            return set(value(e) for e in node.elts)
        if (isinstance(node, Call) and isinstance(node.func, Name)
                and node.func.id == 'set' and node.args == node.keywords == []):
            return set()
        if isinstance(node, Dict):
            keys, values = node.keys, node.values
            if len(keys) == len(values):
                return dict(zip(map(value, keys), map(value, values)))
            bad(node)
        if isinstance(node, BinOp) and isinstance(node.op, (Add, Sub)):
            # only a complex literal: real part +/- imaginary part
            left = signed(node.left)
            right = number(node.right)
            if isinstance(right, complex) and not isinstance(left, complex):
                return left + right if isinstance(node.op, Add) else left - right
        return signed(node)

    return value(tree)


def dump(node, annotate_fields=True, include_attributes=False, *,
         indent=None, show_empty=False):
    """Return a string showing the tree under node, for debugging.

    annotate_fields=False leaves out field names where they are unambiguous;
    include_attributes=True adds line numbers and column offsets; indent (a
    number of spaces or a string) pretty-prints one field per line; show_empty
    shows the empty lists and None fields otherwise left out."""
    if not isinstance(node, AST):
        raise TypeError('expected AST, got %r' % node.__class__.__name__)
    if indent is not None and not isinstance(indent, str):
        indent = ' ' * indent

    def fmt(x, depth):
        # Returns the text and whether it is "simple" (fits on one line).
        if indent is None:
            head, comma = '', ', '
        else:
            depth += 1
            head = '\n' + indent * depth
            comma = ',\n' + indent * depth
        if isinstance(x, list):
            if not x:
                return '[]', True
            return '[' + head + comma.join(fmt(i, depth)[0] for i in x) + ']', False
        if not isinstance(x, AST):
            return repr(x), True
        cls = type(x)
        parts = []
        held = []          # omitted empty values, kept in case a later positional needs them
        simple = True
        named = annotate_fields
        for name in x._fields:
            v = getattr(x, name, _MISSING)
            if v is _MISSING:
                named = True
                continue
            if v is None and getattr(cls, name, ...) is None:
                named = True
                continue
            if (not show_empty and (v is None or v == [])
                    and not isinstance(x, (Constant, MatchSingleton))):
                held.append(repr(v))
                continue
            if not named:
                parts.extend(held)
                held = []
            text, s = fmt(v, depth)
            simple = simple and s
            parts.append(f'{name}={text}' if named else text)
        if include_attributes and x._attributes:
            for name in x._attributes:
                v = getattr(x, name, _MISSING)
                if v is _MISSING or v is None and getattr(cls, name, ...) is None:
                    continue
                text, s = fmt(v, depth)
                simple = simple and s
                parts.append(f'{name}={text}')
        cname = x.__class__.__name__
        if simple and len(parts) <= 3:
            return f"{cname}({', '.join(parts)})", not parts
        return f"{cname}({head}{comma.join(parts)})", False

    return fmt(node, 0)[0]


_POSITIONS = ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')


def copy_location(new_node, old_node):
    """Copy the position attributes of old_node to new_node where both have
    them, and return new_node."""
    for name in _POSITIONS:
        if name not in old_node._attributes or name not in new_node._attributes:
            continue
        v = getattr(old_node, name, None)
        # The end positions are optional: they are copied even when None.
        if v is None and not (name.startswith('end_') and hasattr(old_node, name)):
            continue
        setattr(new_node, name, v)
    return new_node


def fix_missing_locations(node):
    """Give every node under node that lacks position attributes those of its
    parent (starting from line 1, column 0), and return node."""
    def fix(n, pos):
        pos = list(pos)
        for i, name in enumerate(_POSITIONS):
            if name not in n._attributes:
                continue
            if name.startswith('end_'):
                have = getattr(n, name, None) is not None
            else:
                have = hasattr(n, name)
            if have:
                pos[i] = getattr(n, name)
            else:
                setattr(n, name, pos[i])
        for child in iter_child_nodes(n):
            fix(child, pos)
    fix(node, (1, 0, 1, 0))
    return node


def increment_lineno(node, n=1):
    """Add n to the line numbers (start and end) of every node under node."""
    for x in walk(node):
        if isinstance(x, TypeIgnore):
            # lineno is a field of TypeIgnore, not an attribute
            x.lineno = getattr(x, 'lineno', 0) + n
            continue
        if 'lineno' in x._attributes:
            x.lineno = getattr(x, 'lineno', 0) + n
        if 'end_lineno' in x._attributes:
            end = getattr(x, 'end_lineno', 0)
            if end is not None:
                x.end_lineno = end + n
    return node


def iter_fields(node):
    """Yield (name, value) for each field of node that is set."""
    for name in node._fields:
        v = getattr(node, name, _MISSING)
        if v is not _MISSING:
            yield name, v


def iter_child_nodes(node):
    """Yield the direct children of node: fields that are nodes, and the nodes
    in fields that are lists."""
    for _, v in iter_fields(node):
        if isinstance(v, AST):
            yield v
        elif isinstance(v, list):
            yield from (i for i in v if isinstance(i, AST))


def _cleandoc(text):
    # inspect.cleandoc's rules: tabs expanded, the first line's leading blanks
    # and the common indentation of the others removed, blank lines at the
    # start and end dropped.
    lines = text.expandtabs().split('\n')
    margin = None
    for line in lines[1:]:
        stripped = line.lstrip()
        if stripped:
            ind = len(line) - len(stripped)
            margin = ind if margin is None else min(margin, ind)
    lines[0] = lines[0].lstrip()
    if margin is not None:
        lines[1:] = [line[margin:] for line in lines[1:]]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return '\n'.join(lines)


def get_docstring(node, clean=True):
    """Return the docstring of a function, class or module node, or None.
    With clean, indentation is removed as inspect.cleandoc does."""
    if not isinstance(node, (AsyncFunctionDef, FunctionDef, ClassDef, Module)):
        raise TypeError("%r can't have docstrings" % node.__class__.__name__)
    if not (node.body and isinstance(node.body[0], Expr)):
        return None
    v = node.body[0].value
    if not (isinstance(v, Constant) and isinstance(v.value, str)):
        return None
    return _cleandoc(v.value) if clean else v.value


def _splitlines_no_ff(source, maxlines=None):
    """Split source into lines at \\r\\n, \\n and \\r only (as the parser does),
    keeping the line ends; like a regular expression scan, the list ends with
    an empty string."""
    out = []
    start = i = 0
    n = len(source)
    while i < n:
        c = source[i]
        if c == '\r' or c == '\n':
            i += 2 if source.startswith('\r\n', i) else 1
            out.append(source[start:i])
            start = i
        else:
            i += 1
    if start < n:
        out.append(source[start:])
    out.append('')
    if maxlines is not None:
        del out[maxlines:]
    return out


def _pad_whitespace(source):
    """Replace every character but form feeds and tabs with a space."""
    return ''.join(c if c in '\f\t' else ' ' for c in source)


def get_source_segment(source, node, *, padded=False):
    """Return the text of source that node was parsed from, or None when node
    lacks position information. With padded, the first line of a multi-line
    segment keeps its indentation (as spaces)."""
    lineno, start, end_lineno, end = (getattr(node, name, _MISSING) for name in _POSITIONS)
    if end_lineno in (None, _MISSING) or end in (None, _MISSING) or _MISSING in (lineno, start):
        return None
    first, last = lineno - 1, end_lineno - 1
    lines = _splitlines_no_ff(source, maxlines=last + 1)
    if first == last:
        return lines[first].encode()[start:end].decode()
    head = lines[first].encode()
    pad = _pad_whitespace(head[:start].decode()) if padded else ''
    parts = [pad + head[start:].decode()]
    parts.extend(lines[first + 1:last])
    parts.append(lines[last].encode()[:end].decode())
    return ''.join(parts)


def walk(node):
    """Yield node and every node under it, breadth first."""
    # The list grows at the end while the loop reads it from the front.
    pending = [node]
    for n in pending:
        pending.extend(iter_child_nodes(n))
        yield n


class NodeVisitor(object):
    """Walks a tree, calling self.visit_<ClassName>(node) for each node that has
    such a method and generic_visit(node) (which visits the children) for the
    others; visit returns what the method returns.  Use NodeTransformer to
    change the tree while walking it."""

    def visit(self, node):
        """Visit one node."""
        handler = getattr(self, 'visit_' + node.__class__.__name__, self.generic_visit)
        return handler(node)

    def generic_visit(self, node):
        """Visit the children of node."""
        for child in iter_child_nodes(node):
            self.visit(child)

    def visit_Constant(self, node):
        # A visitor written before 3.8 may define visit_Num, visit_Str and so
        # on instead: those still run, with a warning.
        kind = _old_visit_name(node.value)
        handler = getattr(self, 'visit_' + kind, _MISSING) if kind else _MISSING
        if handler is _MISSING:
            return self.generic_visit(node)
        _warn(f"visit_{kind} is deprecated; add visit_Constant", 2)
        return handler(node)


def _old_visit_name(value):
    # The old class name for a constant's value (see _const_node_type_names).
    exact = _const_node_type_names.get(type(value))
    if exact is not None:
        return exact
    for kind, name in _const_node_type_names.items():
        if isinstance(value, kind):
            return name
    return None


class NodeTransformer(NodeVisitor):
    """A NodeVisitor whose visit methods return the node to put in place of the
    one visited: the same node, a new one, None to remove it, or (in a list of
    statements) a list of nodes to splice in.  generic_visit transforms the
    children and returns the node."""

    def generic_visit(self, node):
        for name, v in iter_fields(node):
            if isinstance(v, list):
                kept = []
                for item in v:
                    if isinstance(item, AST):
                        item = self.visit(item)
                        if item is None:
                            continue
                        if not isinstance(item, AST):
                            kept.extend(item)
                            continue
                    kept.append(item)
                v[:] = kept
            elif isinstance(v, AST):
                new = self.visit(v)
                if new is None:
                    delattr(node, name)
                else:
                    setattr(node, name, new)
        return node


# The node classes that Constant replaced in 3.8, kept (deprecated) until 3.14.
# They are not module globals: the module __getattr__ at the end hands them
# out from _deprecated_globals, with a warning.

def _warn(message, stacklevel):
    import warnings
    warnings.warn(message, DeprecationWarning, stacklevel + 1)


def _warn_removed(name, advice):
    # Called from the deprecated entry point itself: stacklevel 3 (counted
    # from there) names its caller's caller, as warnings._deprecated does.
    _warn(f"{name} is deprecated and will be removed in Python 3.14; {advice}", 3)


def _value_alias(name):
    # A property standing for Constant.value under its pre-3.8 name.
    what = f"Attribute {name}"

    def get(self):
        _warn_removed(what, "use value instead")
        return self.value

    def put(self, value):
        _warn_removed(what, "use value instead")
        self.value = value

    return property(get, put)


for _alias in ('n', 's'):
    if not hasattr(Constant, _alias):
        setattr(Constant, _alias, _value_alias(_alias))
del _alias

# old class -> (value types it matches, types it does not, arguments put
# before the caller's when it makes a Constant)
_old_constant_kinds = {}


class _ABC(type):
    # The metaclass of the old classes (and of any subclass of them).

    def __init__(cls, *args):
        cls.__doc__ = "Deprecated AST node class. Use ast.Constant instead"

    def __instancecheck__(cls, inst):
        kinds = _old_constant_kinds.get(cls)
        if kinds is None:
            # a user's subclass: an ordinary check, among Constants only
            return isinstance(inst, Constant) and type.__instancecheck__(cls, inst)
        _warn_removed(f"ast.{cls.__qualname__}", "use ast.Constant instead")
        if not isinstance(inst, Constant) or not hasattr(inst, 'value'):
            return False
        wanted, unwanted, _ = kinds
        return isinstance(inst.value, wanted) and not isinstance(inst.value, unwanted)


def _new(cls, *args, **kwargs):
    # Calling an old class makes a plain Constant (its subclasses stay
    # themselves); a keyword may not repeat a positional field.
    taken = cls._fields[:len(args)]
    for key in kwargs:
        if key in taken:
            raise TypeError(f"{cls.__name__} got multiple values for argument {key!r}")
    kinds = _old_constant_kinds.get(cls)
    if kinds is None:
        return Constant.__new__(cls, *args, **kwargs)
    _warn_removed(f"ast.{cls.__qualname__}", "use ast.Constant instead")
    return Constant(*kinds[2], *args, **kwargs)


_deprecated_globals = {}
for _name, _fields, _wanted, _unwanted, _lead in (
        ('Num', ('n',), (int, float, complex), (bool,), ()),
        ('Str', ('s',), (str,), (), ()),
        ('Bytes', ('s',), (bytes,), (), ()),
        ('NameConstant', None, (type(None), bool), (), ()),     # keeps Constant's fields
        ('Ellipsis', (), (type(...),), (), (...,))):
    _namespace = {'__module__': __name__, '__qualname__': _name, '__new__': _new}
    if _fields is not None:
        _namespace['_fields'] = _fields
    _cls = _ABC(_name, (Constant,), _namespace)
    _old_constant_kinds[_cls] = (_wanted, _unwanted, _lead)
    _deprecated_globals[_name] = _cls
del _name, _fields, _wanted, _unwanted, _lead, _namespace, _cls

# The visit_ method, named after an old class, that NodeVisitor.visit_Constant
# still calls for a value of these types.
_const_node_type_names = {kind: cls.__name__
                          for cls, (wanted, _, _) in _old_constant_kinds.items()
                          for kind in wanted}


class slice(AST):
    """Deprecated AST node class."""


class Index(slice):
    """Deprecated AST node class. Unused in Python 3.9+."""
    def __new__(cls, value, **kwargs):
        return value


class ExtSlice(slice):
    """Deprecated AST node class. Unused in Python 3.9+."""
    def __new__(cls, dims=(), **kwargs):
        return Tuple(list(dims), Load(), **kwargs)


if not hasattr(Tuple, 'dims'):
    # Tuple.dims: ExtSlice's field, kept as another name for elts.
    def _dims_getter(self):
        return self.elts

    def _dims_setter(self, value):
        self.elts = value

    Tuple.dims = property(_dims_getter, _dims_setter)


class Suite(mod):
    """Deprecated AST node class.  Unused in Python 3."""


class AugLoad(expr_context):
    """Deprecated AST node class.  Unused in Python 3."""


class AugStore(expr_context):
    """Deprecated AST node class.  Unused in Python 3."""


class Param(expr_context):
    """Deprecated AST node class.  Unused in Python 3."""


# unparse: a tree back to source text.

# "inf" is written as a literal too large for a float; nan as inf - inf.
_INFSTR = "1e" + repr(sys.float_info.max_10_exp + 1)


@_simple_enum(IntEnum)
class _Precedence:
    """Binding strength of expression forms, weakest first; an operand binding
    less tightly than its context needs parentheses."""
    NAMED_EXPR = auto()   # :=
    TUPLE = auto()        # a, b
    YIELD = auto()        # yield, yield from
    TEST = auto()         # x if c else y, lambda
    OR = auto()
    AND = auto()
    NOT = auto()
    CMP = auto()          # comparisons, in, is
    EXPR = auto()
    BOR = EXPR            # |
    BXOR = auto()
    BAND = auto()
    SHIFT = auto()
    ARITH = auto()        # + -
    TERM = auto()         # * @ / % //
    FACTOR = auto()       # unary + - ~
    POWER = auto()
    AWAIT = auto()
    ATOM = auto()

    def next(self):
        """The next tighter level (ATOM stays ATOM)."""
        return self if self is _Precedence.ATOM else type(self)(self + 1)


# The quotes a string may be written between, in order of preference; only
# the triple ones (the last two) may enclose a line break.
_ALL_QUOTES = ("'", '"', '"""', "'''")
_MULTI_QUOTES = _ALL_QUOTES[2:]

_UNARY = {"Invert": ("~", _Precedence.FACTOR), "Not": ("not", _Precedence.NOT),
          "UAdd": ("+", _Precedence.FACTOR), "USub": ("-", _Precedence.FACTOR)}
_BINARY = {
    "Add": ("+", _Precedence.ARITH), "Sub": ("-", _Precedence.ARITH),
    "Mult": ("*", _Precedence.TERM), "MatMult": ("@", _Precedence.TERM),
    "Div": ("/", _Precedence.TERM), "Mod": ("%", _Precedence.TERM),
    "FloorDiv": ("//", _Precedence.TERM), "LShift": ("<<", _Precedence.SHIFT),
    "RShift": (">>", _Precedence.SHIFT), "BitOr": ("|", _Precedence.BOR),
    "BitXor": ("^", _Precedence.BXOR), "BitAnd": ("&", _Precedence.BAND),
    "Pow": ("**", _Precedence.POWER),
}
_COMPARE = {"Eq": "==", "NotEq": "!=", "Lt": "<", "LtE": "<=", "Gt": ">", "GtE": ">=",
            "Is": "is", "IsNot": "is not", "In": "in", "NotIn": "not in"}
_BOOL = {"And": ("and", _Precedence.AND), "Or": ("or", _Precedence.OR)}


class _Parens:
    """A context manager writing an opening text on entry and a closing one on
    exit (nothing at all when not wanted)."""
    __slots__ = ('out', 'open', 'close')

    def __init__(self, out, open, close, wanted=True):
        self.out = out
        self.open, self.close = (open, close) if wanted else ('', '')

    def __enter__(self):
        if self.open:
            self.out._put(self.open)

    def __exit__(self, *exc):
        if self.close:
            self.out._put(self.close)


class _Indented:
    """Writes ':' (and an optional trailer) and indents what is written inside."""
    __slots__ = ('out', 'extra')

    def __init__(self, out, extra):
        self.out, self.extra = out, extra

    def __enter__(self):
        self.out._put(":")
        if self.extra:
            self.out._put(self.extra)
        self.out._depth += 1

    def __exit__(self, *exc):
        self.out._depth -= 1


class _Unparser(NodeVisitor):
    """Writes the source text of a tree; formatting and comments are not
    preserved, only what parsing the text back gives."""

    def __init__(self):
        self._parts = []
        self._precedences = {}
        self._type_ignores = {}
        self._depth = 0
        self._in_try_star = False

    # Output.

    def _put(self, *text):
        self._parts.extend(text)

    def _newline(self):
        if self._parts:
            self._put("\n")

    def _line(self, text=""):
        self._newline()
        self._put("    " * self._depth + text)

    def _indented(self, *, extra=None):
        return _Indented(self, extra)

    def _around(self, start, end):
        return _Parens(self, start, end)

    def _around_if(self, start, end, condition):
        return _Parens(self, start, end, bool(condition))

    def _parens_above(self, precedence, node):
        return self._around_if("(", ")", self._binding(node) > precedence)

    def _join(self, inter, f, seq):
        first = True
        for x in seq:
            if not first:
                inter()
            first = False
            f(x)

    def _commas(self, f, seq):
        self._join(lambda: self._put(", "), f, seq)

    def _items(self, each, items):
        # One item gets a trailing comma (a one-element tuple).
        if len(items) == 1:
            each(items[0])
            self._put(",")
        else:
            self._commas(each, items)

    def _collect(self, f, *args):
        # Runs f with the output going to a fresh list, which it returns.
        saved = self._parts
        self._parts = []
        try:
            f(*args)
            return self._parts
        finally:
            self._parts = saved

    def _binding(self, node):
        return self._precedences.get(node, _Precedence.TEST)

    def _bind(self, precedence, *nodes):
        for n in nodes:
            self._precedences[n] = precedence

    def _optional(self, text, child):
        # text and then child, when the optional child is present
        if child:
            self._put(text)
            self._emit(child)

    def _emit(self, node):
        if isinstance(node, list):
            for n in node:
                self._emit(n)
        else:
            super().visit(node)

    def visit(self, node):
        """Return the source text of node."""
        self._parts = []
        self._emit(node)
        return "".join(self._parts)

    # Statements.

    def _docstring_node(self, node):
        # The node of the docstring, by the compiler's rule.
        if not isinstance(node, (AsyncFunctionDef, FunctionDef, ClassDef, Module)):
            return None
        if not node.body or not isinstance(node.body[0], Expr):
            return None
        v = node.body[0].value
        if isinstance(v, Constant) and isinstance(v.value, str):
            return v
        return None

    def _type_comment(self, node):
        text = self._type_ignores.get(node.lineno) or node.type_comment
        if text is not None:
            return f" # type: {text}"
        return None

    def _body_after_docstring(self, node):
        doc = self._docstring_node(node)
        if doc:
            self._docstring(doc)
            self._emit(node.body[1:])
        else:
            self._emit(node.body)

    def _suite(self, body, extra=None):
        with self._indented(extra=extra):
            self._emit(body)

    def _else(self, body, word="else"):
        if body:
            self._line(word)
            self._suite(body)

    def visit_Module(self, node):
        self._type_ignores = {t.lineno: f"ignore{t.tag}" for t in node.type_ignores}
        self._body_after_docstring(node)
        self._type_ignores.clear()

    def visit_FunctionType(self, node):
        with self._around("(", ")"):
            self._commas(self._emit, node.argtypes)
        self._put(" -> ")
        self._emit(node.returns)

    def visit_Expr(self, node):
        self._line()
        self._bind(_Precedence.YIELD, node.value)
        self._emit(node.value)

    def visit_Import(self, node):
        self._line("import ")
        self._commas(self._emit, node.names)

    def visit_ImportFrom(self, node):
        self._line("from ")
        self._put("." * (node.level or 0))
        if node.module:
            self._put(node.module)
        self._put(" import ")
        self._commas(self._emit, node.names)

    def visit_Assign(self, node):
        self._line()
        for target in node.targets:
            self._bind(_Precedence.TUPLE, target)
            self._emit(target)
            self._put(" = ")
        self._emit(node.value)
        comment = self._type_comment(node)
        if comment:
            self._put(comment)

    def visit_AugAssign(self, node):
        self._line()
        self._emit(node.target)
        self._put(" " + _BINARY[node.op.__class__.__name__][0] + "= ")
        self._emit(node.value)

    def visit_AnnAssign(self, node):
        self._line()
        with self._around_if("(", ")", not node.simple and isinstance(node.target, Name)):
            self._emit(node.target)
        self._put(": ")
        self._emit(node.annotation)
        self._optional(" = ", node.value)

    def visit_Return(self, node):
        self._line("return")
        self._optional(" ", node.value)

    def visit_Pass(self, node):
        self._line("pass")

    def visit_Break(self, node):
        self._line("break")

    def visit_Continue(self, node):
        self._line("continue")

    def visit_Delete(self, node):
        self._line("del ")
        self._commas(self._emit, node.targets)

    def visit_Assert(self, node):
        self._line("assert ")
        self._emit(node.test)
        self._optional(", ", node.msg)

    def visit_Global(self, node):
        self._line("global ")
        self._commas(self._put, node.names)

    def visit_Nonlocal(self, node):
        self._line("nonlocal ")
        self._commas(self._put, node.names)

    def visit_Raise(self, node):
        self._line("raise")
        if not node.exc:
            if node.cause:
                raise ValueError("Node can't use cause without an exception.")
            return
        self._put(" ")
        self._emit(node.exc)
        self._optional(" from ", node.cause)

    def _try(self, node, star):
        outer = self._in_try_star
        self._in_try_star = star
        try:
            self._line("try")
            self._suite(node.body)
            for h in node.handlers:
                self._emit(h)
            self._else(node.orelse)
            self._else(node.finalbody, "finally")
        finally:
            self._in_try_star = outer

    def visit_Try(self, node):
        self._try(node, False)

    def visit_TryStar(self, node):
        self._try(node, True)

    def visit_ExceptHandler(self, node):
        self._line("except*" if self._in_try_star else "except")
        self._optional(" ", node.type)
        if node.name:
            self._put(" as ")
            self._put(node.name)
        self._suite(node.body)

    def _decorators(self, node):
        self._newline()
        for d in node.decorator_list:
            self._line("@")
            self._emit(d)

    def visit_ClassDef(self, node):
        self._decorators(node)
        self._line("class " + node.name)
        self._type_params(node)
        with self._around_if("(", ")", node.bases or node.keywords):
            self._commas(self._emit, [*node.bases, *node.keywords])
        with self._indented():
            self._body_after_docstring(node)

    def visit_FunctionDef(self, node):
        self._function(node, "def")

    def visit_AsyncFunctionDef(self, node):
        self._function(node, "async def")

    def _function(self, node, keyword):
        self._decorators(node)
        self._line(keyword + " " + node.name)
        self._type_params(node)
        with self._around("(", ")"):
            self._emit(node.args)
        self._optional(" -> ", node.returns)
        with self._indented(extra=self._type_comment(node)):
            self._body_after_docstring(node)

    def _type_params(self, node):
        # [T, *Ts, **P] after a class, function or type alias name, when the
        # node has any (trees built by hand may lack the field)
        params = getattr(node, "type_params", None)
        if params:
            with self._around("[", "]"):
                self._commas(self._emit, params)

    def _type_param_default(self, node):
        self._optional(" = ", node.default_value)

    def visit_TypeVar(self, node):
        self._put(node.name)
        self._optional(": ", node.bound)
        self._type_param_default(node)

    def visit_TypeVarTuple(self, node):
        self._put("*" + node.name)
        self._type_param_default(node)

    def visit_ParamSpec(self, node):
        self._put("**" + node.name)
        self._type_param_default(node)

    def visit_TypeAlias(self, node):
        self._line("type ")
        self._emit(node.name)
        self._type_params(node)
        self._put(" = ")
        self._emit(node.value)

    def _for(self, keyword, node):
        self._line(keyword)
        self._bind(_Precedence.TUPLE, node.target)
        self._emit(node.target)
        self._put(" in ")
        self._emit(node.iter)
        self._suite(node.body, self._type_comment(node))
        self._else(node.orelse)

    def visit_For(self, node):
        self._for("for ", node)

    def visit_AsyncFor(self, node):
        self._for("async for ", node)

    def visit_If(self, node):
        self._line("if ")
        self._emit(node.test)
        self._suite(node.body)
        # A lone If in orelse is written as elif.
        while len(node.orelse) == 1 and isinstance(node.orelse[0], If):
            node = node.orelse[0]
            self._line("elif ")
            self._emit(node.test)
            self._suite(node.body)
        self._else(node.orelse)

    def visit_While(self, node):
        self._line("while ")
        self._emit(node.test)
        self._suite(node.body)
        self._else(node.orelse)

    def _with(self, keyword, node):
        self._line(keyword)
        self._commas(self._emit, node.items)
        self._suite(node.body, self._type_comment(node))

    def visit_With(self, node):
        self._with("with ", node)

    def visit_AsyncWith(self, node):
        self._with("async with ", node)

    def visit_Match(self, node):
        self._line("match ")
        self._emit(node.subject)
        with self._indented():
            for case in node.cases:
                self._emit(case)

    # Strings.

    def _quote_body(self, string, *, quote_types=_ALL_QUOTES,
                            escape_special_whitespace=False):
        """Return the body of a literal for string, with as few escapes as the
        quotes allow, and the quotes it can be written between (best first)."""
        def esc(c):
            # backslashes and unprintable characters escaped; newlines and
            # tabs too when asked
            plain = c.isprintable() and c != "\\"
            if plain or (c in "\n\t" and not escape_special_whitespace):
                return c
            return c.encode("unicode_escape").decode("ascii")

        body = "".join(esc(c) for c in string)
        quotes = list(quote_types)
        if "\n" in body:
            quotes = [q for q in quotes if q in _MULTI_QUOTES]
        quotes = [q for q in quotes if q not in body]
        if not quotes:
            # No quote works: fall back on repr's escaping.
            text = repr(string)
            quote = text[0]
            for q in quote_types:
                if text[0] in q:
                    quote = q
                    break
            return text[1:-1], [quote]
        if body:
            # Prefer quotes that differ from the last character; a triple quote
            # ending in its own character needs that character escaped.
            last = body[-1]
            quotes.sort(key=lambda q: q[0] == last)
            if quotes[0][0] == last:
                body = body[:-1] + "\\" + last
        return body, quotes

    def _str_literal(self, string, *, quote_types=_ALL_QUOTES):
        body, quotes = self._quote_body(string, quote_types=quote_types)
        self._put(quotes[0] + body + quotes[0])

    def _docstring(self, node):
        self._line()
        if node.kind == "u":
            self._put("u")
        self._str_literal(node.value, quote_types=_MULTI_QUOTES)

    def visit_JoinedStr(self, node):
        self._put("f")
        pieces = [("".join(self._collect(self._fstring_part, v)), isinstance(v, Constant))
                  for v in node.values]
        quotes = list(_ALL_QUOTES)
        out = []
        use_repr = False
        for text, literal in pieces:
            if literal:
                text, allowed = self._quote_body(
                    text, quote_types=quotes, escape_special_whitespace=True)
                if set(allowed).isdisjoint(quotes):
                    use_repr = True
                    break
                quotes = allowed
            elif "\n" in text:
                quotes = [q for q in quotes if q in _MULTI_QUOTES]
            out.append(text)
        if use_repr:
            # Literal parts as repr writes them inside single quotes.
            quotes = ["'''"]
            out = [repr('"' + text)[2:-1] if literal else text for text, literal in pieces]
        self._put(quotes[0] + "".join(out) + quotes[0])

    def _fstring_part(self, node, is_format_spec=False):
        if isinstance(node, JoinedStr):
            for v in node.values:
                self._fstring_part(v, is_format_spec=is_format_spec)
        elif isinstance(node, Constant) and isinstance(node.value, str):
            text = node.value.replace("{", "{{").replace("}", "}}")
            if is_format_spec:
                for a, b in (("\\", "\\\\"), ("'", "\\'"), ('"', '\\"'), ("\n", "\\n")):
                    text = text.replace(a, b)
            self._put(text)
        elif isinstance(node, FormattedValue):
            self.visit_FormattedValue(node)
        else:
            raise ValueError(f"Unexpected node inside JoinedStr, {node!r}")

    def visit_FormattedValue(self, node):
        inner = type(self)()
        inner._bind(_Precedence.TEST.next(), node.value)
        text = inner.visit(node.value)
        with self._around("{", "}"):
            if text.startswith("{"):
                self._put(" ")   # keep "{{" from reading as an escaped brace
            self._put(text)
            if node.conversion != -1:
                self._put("!" + chr(node.conversion))
            if node.format_spec:
                self._put(":")
                self._fstring_part(node.format_spec, is_format_spec=True)

    # Expressions.

    def visit_Name(self, node):
        self._put(node.id)

    def _constant(self, value):
        if isinstance(value, (float, complex)):
            text = repr(value).replace("inf", _INFSTR)
            self._put(text.replace("nan", f"({_INFSTR}-{_INFSTR})"))
        else:
            self._put(repr(value))

    def visit_Constant(self, node):
        v = node.value
        if isinstance(v, tuple):
            with self._around("(", ")"):
                self._items(self._constant, v)
        elif v is ...:
            self._put("...")
        else:
            if node.kind == "u":
                self._put("u")
            self._constant(v)

    def visit_NamedExpr(self, node):
        with self._parens_above(_Precedence.NAMED_EXPR, node):
            self._bind(_Precedence.ATOM, node.target, node.value)
            self._emit(node.target)
            self._put(" := ")
            self._emit(node.value)

    def _prefixed(self, node, precedence, word):
        with self._parens_above(precedence, node):
            self._put(word)
            if node.value:
                self._put(" ")
                self._bind(_Precedence.ATOM, node.value)
                self._emit(node.value)

    def visit_Await(self, node):
        self._prefixed(node, _Precedence.AWAIT, "await")

    def visit_Yield(self, node):
        self._prefixed(node, _Precedence.YIELD, "yield")

    def visit_YieldFrom(self, node):
        with self._parens_above(_Precedence.YIELD, node):
            self._put("yield from ")
            if not node.value:
                raise ValueError("Node can't be used without a value attribute.")
            self._bind(_Precedence.ATOM, node.value)
            self._emit(node.value)

    def visit_List(self, node):
        with self._around("[", "]"):
            self._commas(self._emit, node.elts)

    def _comprehension(self, open, close, *heads, generators):
        with self._around(open, close):
            for i, h in enumerate(heads):
                if i:
                    self._put(": ")
                self._emit(h)
            for g in generators:
                self._emit(g)

    def visit_ListComp(self, node):
        self._comprehension("[", "]", node.elt, generators=node.generators)

    def visit_GeneratorExp(self, node):
        self._comprehension("(", ")", node.elt, generators=node.generators)

    def visit_SetComp(self, node):
        self._comprehension("{", "}", node.elt, generators=node.generators)

    def visit_DictComp(self, node):
        self._comprehension("{", "}", node.key, node.value, generators=node.generators)

    def visit_comprehension(self, node):
        self._put(" async for " if node.is_async else " for ")
        self._bind(_Precedence.TUPLE, node.target)
        self._emit(node.target)
        self._put(" in ")
        self._bind(_Precedence.TEST.next(), node.iter, *node.ifs)
        self._emit(node.iter)
        for cond in node.ifs:
            self._put(" if ")
            self._emit(cond)

    def visit_IfExp(self, node):
        with self._parens_above(_Precedence.TEST, node):
            self._bind(_Precedence.TEST.next(), node.body, node.test)
            self._emit(node.body)
            self._put(" if ")
            self._emit(node.test)
            self._put(" else ")
            self._bind(_Precedence.TEST, node.orelse)
            self._emit(node.orelse)

    def visit_Set(self, node):
        if not node.elts:
            self._put('{*()}')   # there is no empty set display
            return
        with self._around("{", "}"):
            self._commas(self._emit, node.elts)

    def visit_Dict(self, node):
        def item(pair):
            k, v = pair
            if k is None:
                self._put("**")
                self._bind(_Precedence.EXPR, v)
                self._emit(v)
            else:
                self._emit(k)
                self._put(": ")
                self._emit(v)

        with self._around("{", "}"):
            self._commas(item, zip(node.keys, node.values))

    def visit_Tuple(self, node):
        bare = node.elts and self._binding(node) <= _Precedence.TUPLE
        with self._around_if("(", ")", not bare):
            self._items(self._emit, node.elts)

    def visit_UnaryOp(self, node):
        word, prec = _UNARY[node.op.__class__.__name__]
        with self._parens_above(prec, node):
            self._put(word)
            if prec != _Precedence.FACTOR:
                self._put(" ")
            self._bind(prec, node.operand)
            self._emit(node.operand)

    def visit_BinOp(self, node):
        sign, prec = _BINARY[node.op.__class__.__name__]
        with self._parens_above(prec, node):
            # ** groups to the right, the others to the left.
            if sign == "**":
                left, right = prec.next(), prec
            else:
                left, right = prec, prec.next()
            self._bind(left, node.left)
            self._emit(node.left)
            self._put(f" {sign} ")
            self._bind(right, node.right)
            self._emit(node.right)

    def visit_Compare(self, node):
        with self._parens_above(_Precedence.CMP, node):
            self._bind(_Precedence.CMP.next(), node.left, *node.comparators)
            self._emit(node.left)
            for op, right in zip(node.ops, node.comparators):
                self._put(" " + _COMPARE[op.__class__.__name__] + " ")
                self._emit(right)

    def visit_BoolOp(self, node):
        word, prec = _BOOL[node.op.__class__.__name__]
        # Each operand binds a step tighter than the one before.
        level = [prec]

        def operand(v):
            level[0] = level[0].next()
            self._bind(level[0], v)
            self._emit(v)

        with self._parens_above(prec, node):
            self._join(lambda: self._put(f" {word} "), operand, node.values)

    def visit_Attribute(self, node):
        self._bind(_Precedence.ATOM, node.value)
        self._emit(node.value)
        # "1 .real": without the space the dot would join the number.
        if isinstance(node.value, Constant) and isinstance(node.value.value, int):
            self._put(" ")
        self._put(".")
        self._put(node.attr)

    def visit_Call(self, node):
        self._bind(_Precedence.ATOM, node.func)
        self._emit(node.func)
        with self._around("(", ")"):
            self._commas(self._emit, [*node.args, *node.keywords])

    def visit_Subscript(self, node):
        self._bind(_Precedence.ATOM, node.value)
        self._emit(node.value)
        with self._around("[", "]"):
            s = node.slice
            if isinstance(s, Tuple) and s.elts:
                self._items(self._emit, s.elts)
            else:
                self._emit(s)

    def visit_Starred(self, node):
        self._put("*")
        self._bind(_Precedence.EXPR, node.value)
        self._emit(node.value)

    def visit_Ellipsis(self, node):
        self._put("...")

    def visit_Slice(self, node):
        if node.lower:
            self._emit(node.lower)
        self._put(":")
        if node.upper:
            self._emit(node.upper)
        self._optional(":", node.step)

    def visit_arg(self, node):
        self._put(node.arg)
        self._optional(": ", node.annotation)

    def visit_arguments(self, node):
        parts = []   # one writer per comma-separated parameter

        def param(a, default, slash=False):
            def w():
                self._emit(a)
                self._optional("=", default)
                if slash:
                    self._put(", /")
            return w

        positional = node.posonlyargs + node.args
        defaults = [None] * (len(positional) - len(node.defaults)) + node.defaults
        for i, (a, d) in enumerate(zip(positional, defaults), 1):
            parts.append(param(a, d, i == len(node.posonlyargs)))

        if node.vararg or node.kwonlyargs:
            def star():
                self._put("*")
                if node.vararg:
                    self._put(node.vararg.arg)
                    self._optional(": ", node.vararg.annotation)
            parts.append(star)
            for a, d in zip(node.kwonlyargs, node.kw_defaults):
                parts.append(param(a, d))

        if node.kwarg:
            def starstar():
                self._put("**" + node.kwarg.arg)
                self._optional(": ", node.kwarg.annotation)
            parts.append(starstar)

        self._commas(lambda w: w(), parts)

    def visit_keyword(self, node):
        if node.arg is None:
            self._put("**")
        else:
            self._put(node.arg + "=")
        self._emit(node.value)

    def visit_Lambda(self, node):
        with self._parens_above(_Precedence.TEST, node):
            self._put("lambda")
            params = self._collect(self._emit, node.args)
            if params:
                self._put(" ", *params)
            self._put(": ")
            self._bind(_Precedence.TEST, node.body)
            self._emit(node.body)

    def visit_alias(self, node):
        self._put(node.name)
        if node.asname:
            self._put(" as " + node.asname)

    def visit_withitem(self, node):
        self._emit(node.context_expr)
        self._optional(" as ", node.optional_vars)

    # Patterns.

    def visit_match_case(self, node):
        self._line("case ")
        self._emit(node.pattern)
        self._optional(" if ", node.guard)
        self._suite(node.body)

    def visit_MatchValue(self, node):
        self._emit(node.value)

    def visit_MatchSingleton(self, node):
        self._constant(node.value)

    def visit_MatchSequence(self, node):
        with self._around("[", "]"):
            self._commas(self._emit, node.patterns)

    def visit_MatchStar(self, node):
        self._put("*" + ("_" if node.name is None else node.name))

    def visit_MatchMapping(self, node):
        def pair(kp):
            self._emit(kp[0])
            self._put(": ")
            self._emit(kp[1])

        with self._around("{", "}"):
            self._commas(pair, zip(node.keys, node.patterns, strict=True))
            if node.rest is not None:
                if node.keys:
                    self._put(", ")
                self._put(f"**{node.rest}")

    def visit_MatchClass(self, node):
        self._bind(_Precedence.ATOM, node.cls)
        self._emit(node.cls)

        def keyword(ap):
            self._put(f"{ap[0]}=")
            self._emit(ap[1])

        with self._around("(", ")"):
            self._commas(self._emit, node.patterns)
            if node.kwd_attrs:
                if node.patterns:
                    self._put(", ")
                self._commas(keyword, zip(node.kwd_attrs, node.kwd_patterns, strict=True))

    def visit_MatchAs(self, node):
        if node.name is None:
            self._put("_")
        elif node.pattern is None:
            self._put(node.name)
        else:
            with self._parens_above(_Precedence.TEST, node):
                self._bind(_Precedence.BOR, node.pattern)
                self._emit(node.pattern)
                self._put(f" as {node.name}")

    def visit_MatchOr(self, node):
        with self._parens_above(_Precedence.BOR, node):
            self._bind(_Precedence.BOR.next(), *node.patterns)
            self._join(lambda: self._put(" | "), self._emit, node.patterns)


def unparse(ast_obj):
    """Return source text that parses to a tree equal to ast_obj."""
    return _Unparser().visit(ast_obj)


# The deprecated constant classes are reached through the module's __getattr__,
# which warns on first use.
def __getattr__(name):
    if name in _deprecated_globals:
        value = _deprecated_globals[name]
        globals()[name] = value
        _warn_removed(f"ast.{name}", "use ast.Constant instead")
        return value
    raise AttributeError(f"module 'ast' has no attribute '{name}'")


def _read_source(path):
    # The bytes to parse and the name to give them: '-' is standard input.
    if path == '-':
        return sys.stdin.buffer.read(), '<stdin>'
    with open(path, 'rb') as f:
        return f.read(), path


def main():
    """The command line: python -m ast [-m MODE] [-a] [-i N] [--no-type-comments] [FILE]."""
    import argparse

    ap = argparse.ArgumentParser(prog='python -m ast')
    ap.add_argument('infile', nargs='?', default='-',
                    help='the file to parse; defaults to stdin')
    ap.add_argument('-m', '--mode', default='exec',
                    choices=('exec', 'single', 'eval', 'func_type'),
                    help='specify what kind of code must be parsed')
    ap.add_argument('--no-type-comments', default=True, action='store_false',
                    help="don't add information about type comments")
    ap.add_argument('-a', '--include-attributes', action='store_true',
                    help='include attributes such as line numbers and '
                         'column offsets')
    ap.add_argument('-i', '--indent', type=int, default=3,
                    help='indentation of nodes (number of spaces)')
    args = ap.parse_args()
    source, name = _read_source(args.infile)
    tree = parse(source, name, args.mode, type_comments=args.no_type_comments)
    print(dump(tree, include_attributes=args.include_attributes, indent=args.indent))


if __name__ == '__main__':
    main()
