"""Writes testdata/complete.json: what python3.13's rlcompleter offers, over a
namespace made by SETUP, for each text of TEXTS (sorted, as the REPL shows them).
complete_test.go checks Thread.Completions against it.

Run (go generate does): python3.13 gen_complete.py > testdata/complete.json
"""
import json
import os
import rlcompleter
import sys

assert sys.version_info[:2] == (3, 13)

SETUP = '''
xval = 1
def xfunc():
    return 1
def xargs(a, b=2):
    return a
def xstar(*a):
    return a
class Cls:
    pass
class WithInit:
    def __init__(self, v):
        self.v = v
class NoArgInit:
    def __init__(self):
        pass
class Sub(list):
    pass
class Thing:
    count = 3
    def __init__(self):
        self.name = "n"
        self._hidden = 1
        self.__mangled = 2
    def method(self):
        return 1
    def takes(self, x):
        return x
    @property
    def prop(self):
        raise RuntimeError("a property must not be evaluated")
obj = Thing()
nested = Thing()
nested.inner = Thing()
'''

TEXTS = ["xv", "xf", "xa", "xs", "Cl", "Wi", "NoA", "Sub", "Th", "ob", "wh", "fin", "Tr", "Non", "el",
         "obj.", "obj._", "obj.__cl", "obj.na", "obj.me", "obj.ta", "obj.pr", "obj.co", "obj._T",
         "nested.inner.me", "nested.in", "nosuch.x", "obj.nosuch", "1.x", "Thing.me", "xfunc.__na"]

ns = {}
exec(SETUP, ns)
c = rlcompleter.Completer(ns)
out = {}
for text in TEXTS:
    matches = []
    state = 0
    while (m := c.complete(text, state)) is not None:
        matches.append(m)
        state += 1
    out[text] = sorted(set(matches))
json.dump({"setup": SETUP, "cases": out}, sys.stdout, indent=1, sort_keys=True)
sys.stdout.write("\n")
