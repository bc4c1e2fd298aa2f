# inspect on functions, methods, classes, partials, frames and generators:
# signatures and binding, argspecs, source, docs, members, predicates.
import inspect, functools, os
def f(a, b: int = 2, /, c=3, *args, d, e=5, **kw) -> str:
    """Doc
       more"""
    return 'x'
class C:
    def m(self, x, y=1): pass
    @classmethod
    def k(cls, z): pass
    @staticmethod
    def s(q): pass
    def __init__(self, v, w=0): pass
print(inspect.signature(f), inspect.signature(C), inspect.signature(C(1).m), inspect.signature(C.k), inspect.signature(C.s))
print(inspect.signature(functools.partial(f, 1, d=4)))
sig = inspect.signature(f)
ba = sig.bind(1, 2, 3, 4, d=9, z=1)
print(ba, ba.args, ba.kwargs); ba.apply_defaults(); print(ba)
try: sig.bind()
except TypeError as e: print(e)
print(inspect.getfullargspec(f))
print(sorted(inspect.getcallargs(C(1).m, 5).items())[1:])
print(inspect.getsource(f)); print(inspect.getsourcelines(C.m)); print(inspect.getsource(C)[:40])
print(inspect.getdoc(f), inspect.cleandoc('  a\n    b\n  c'))
print(inspect.isfunction(f), inspect.ismethod(C(1).m), inspect.isclass(C), inspect.isbuiltin(len), inspect.isroutine(len))
print([n for n, v in inspect.getmembers(C, inspect.isfunction)])
print(inspect.getmro(C), inspect.getmodule(f).__name__, os.path.basename(inspect.getfile(f)))
fr = inspect.currentframe(); fi = inspect.getframeinfo(fr); print(os.path.basename(fi.filename), fi[1:], fi.positions); print(inspect.stack()[0].function, inspect.stack()[0].lineno)
print(type(inspect.getattr_static(C, 'k')).__name__, inspect.unwrap(functools.wraps(f)(lambda: 0)) is f)
async def co(): pass
print(inspect.iscoroutinefunction(co), inspect.iscoroutinefunction(inspect.markcoroutinefunction(lambda: 0)))
print(inspect.get_annotations(f), inspect.Parameter('x', inspect.Parameter.KEYWORD_ONLY, default=1), list(inspect.Parameter.POSITIONAL_ONLY.__class__), inspect.Parameter.POSITIONAL_ONLY.description)
print(inspect.CO_GENERATOR, inspect.classify_class_attrs(C)[-1][:2])
def g(): yield 1
gen = g(); print(inspect.getgeneratorstate(gen)); next(gen); print(inspect.getgeneratorstate(gen), inspect.getgeneratorlocals(gen))
print(inspect.formatargvalues(*inspect.getargvalues(fr)))
print(inspect.signature(lambda *a, **k: 0), inspect.Signature(), repr(inspect.signature(f).parameters['b']))
