# rlcompleter puts "()" after a callable that takes no arguments and "(" after
# the others; for builtins it knows which from their text signatures.
import rlcompleter

namespace = {"obj": object(), "items": [], "n": 7, "d": {}, "s": "text", "b": b"x"}
completer = rlcompleter.Completer(namespace)


def complete_all(text):
    found = []
    state = 0
    while (match := completer.complete(text, state)) is not None:
        found.append(match)
        state += 1
    return sorted(found)


for text in ["obj.__h", "obj.__dir", "obj.__red", "obj.__siz", "items.co", "items.cl",
             "items.app", "items.po", "items.rev", "n.bit_", "n.as_in", "n.conj", "n.__ab",
             "n.to_b", "d.ke", "d.po", "d.setd", "s.up", "s.spl", "s.isd", "b.he", "b.dec",
             "len", "pri", "abs", "obj", "dic", "sor", "glo", "loc", "vars", "dir",
             "copyr", "credi", "exi", "input", "breakp"]:
    print(f"{text!r:14} {complete_all(text)}")
