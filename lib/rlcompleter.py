"""Name and attribute completion for the interactive prompt.

A Completer looks words up in a namespace (by default that of __main__) and
hands them out one at a time through complete(text, state), the protocol
readline's set_completer() expects.  A word without a dot completes to
keywords, names of the namespace and builtins; "a.b.c" evaluates "a.b" and
completes to its attributes.  Callables get "(" appended, or "()" when they
are known to take no arguments.  Kaa's interactive prompt uses this module
for Tab.
"""

import atexit
import builtins
import inspect
import keyword
import re
import __main__
import warnings

__all__ = ["Completer"]

# Keywords completed as they are typed; the others get the character that
# must follow them (a space, or a colon for try/finally).
_BARE_KEYWORDS = frozenset(
    ["False", "None", "True", "break", "continue", "pass", "else", "_"])
_COLON_KEYWORDS = frozenset(["finally", "try"])

_DOTTED = re.compile(r"(\w+(\.\w+)*)\.(\w*)")


class Completer:
    def __init__(self, namespace=None):
        """Completer over NAMESPACE (a dict), or over __main__'s globals as they
        are at each completion when NAMESPACE is None."""
        if namespace and not isinstance(namespace, dict):
            raise TypeError('namespace must be a dictionary')
        # CPython keeps these two attributes; code in the wild reads them.
        self.use_main_ns = 1 if namespace is None else 0
        if not self.use_main_ns:
            self.namespace = namespace

    def complete(self, text, state):
        """The completion number STATE of TEXT, or None after the last one."""
        if self.use_main_ns:
            self.namespace = __main__.__dict__
        if text.strip() == "":
            # Nothing typed yet: Tab indents.
            if state != 0:
                return None
            if not _readline_available:
                return '\t'
            readline.insert_text('\t')
            readline.redisplay()
            return ''
        if not state:
            # The first call computes every word; later calls index them.
            finder = self.attr_matches if "." in text else self.global_matches
            with warnings.catch_warnings(action="ignore"):
                self.matches = finder(text)
        words = self.matches
        return words[state] if 0 <= state < len(words) else None

    def _callable_postfix(self, val, word):
        if not callable(val):
            return word
        try:
            takes_nothing = not inspect.signature(val).parameters
        except ValueError:
            takes_nothing = False
        return word + ("()" if takes_nothing else "(")

    def global_matches(self, text):
        """Keywords, then names of the namespace, then builtins, that start
        with TEXT (each name once)."""
        found = []
        taken = {"__builtins__"}
        for kw in keyword.kwlist + keyword.softkwlist:
            if not kw.startswith(text):
                continue
            taken.add(kw)
            if kw in _COLON_KEYWORDS:
                kw += ":"
            elif kw not in _BARE_KEYWORDS:
                kw += " "
            found.append(kw)
        for names in (self.namespace, builtins.__dict__):
            for name, value in names.items():
                if name in taken or not name.startswith(text):
                    continue
                taken.add(name)
                found.append(self._callable_postfix(value, name))
        return found

    def attr_matches(self, text):
        """Attributes of the object a dotted name evaluates to, for TEXT of
        the form "name.name...name.prefix".  Evaluating runs the object's
        own code (__getattr__, descriptors), but properties are not called."""
        m = _DOTTED.match(text)
        if m is None:
            return []
        base, prefix = m.group(1), m.group(3)
        try:
            obj = eval(base, self.namespace)
        except Exception:
            return []
        candidates = set(dir(obj))
        candidates.discard("__builtins__")
        if hasattr(obj, "__class__"):
            candidates.add("__class__")
            candidates.update(get_class_members(obj.__class__))
        cls = type(obj)
        # With no prefix typed, private names are offered only when there is
        # nothing else; with "_" typed, dunder names likewise.
        hidden_tiers = {"": ["_", "__", None], "_": ["__", None]}
        for hidden in hidden_tiers.get(prefix, [None]):
            result = []
            for name in candidates:
                if not name.startswith(prefix):
                    continue
                if hidden is not None and name.startswith(hidden):
                    continue
                full = base + "." + name
                if isinstance(getattr(cls, name, None), property):
                    result.append(full)
                    continue
                value = getattr(obj, name, None)
                if value is None:
                    result.append(full)
                else:
                    result.append(self._callable_postfix(value, full))
            if result:
                break
        result.sort()
        return result


def get_class_members(klass):
    """dir(klass) followed by the members of each of its bases, recursively."""
    members = list(dir(klass))
    for base in getattr(klass, "__bases__", ()):
        members += get_class_members(base)
    return members


def _hook_readline():
    # With a readline module (Kaa has none today), completion over __main__
    # is installed at import and removed at exit.
    global readline
    try:
        import readline
    except ImportError:
        return False
    readline.set_completer(Completer().complete)
    atexit.register(readline.set_completer, None)
    return True


_readline_available = _hook_readline()
