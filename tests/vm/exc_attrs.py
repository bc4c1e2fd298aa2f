e = ValueError('a', 'b')
print(e.args, str(e), repr(e), e.__cause__, e.__context__, e.__suppress_context__, e.__traceback__)
e.args = ('new',)
print(e, repr(e))
print(str(KeyError('k')), repr(KeyError('k')), str(KeyError()), str(KeyError('a', 'b')))
print(str(Exception()), str(Exception(None)), str(Exception(1)), repr(Exception()))
e = Exception('x')
e.add_note('note 1')
e.add_note('note 2')
print(e.__notes__)
try:
    e.add_note(5)
except TypeError as te:
    print(te)
try:
    raise e
except Exception as caught:
    print(caught is e, caught.__traceback__ is not None, caught.__traceback__.tb_lineno)
se = StopIteration(5)
print(se.value, StopIteration().value)
print(SystemExit(3).code, SystemExit().code, SystemExit(1, 2).code)
ke = KeyboardInterrupt()
print(isinstance(ke, Exception), isinstance(ke, BaseException))
oe = OSError(2, 'No such file')
print(oe.errno, oe.strerror, oe.filename, str(oe), type(oe).__name__)
oe = OSError(2, 'No such file', 'f.txt')
print(str(oe), oe.args)
print(str(OSError('plain')), OSError('a').errno)
ne = NameError('msg', name='foo')
print(ne.name, str(ne))
ae = AttributeError('m', name='n', obj=1)
print(ae.name, ae.obj)
ie = ImportError('bad', name='mod', path='/p')
print(ie.name, ie.path, ie.msg, str(ie))
ue = UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'invalid start byte')
print(ue.encoding, ue.object, ue.start, ue.end, ue.reason, str(ue))
print(BaseException.__new__(ValueError).args, ValueError.__mro__)
class E(Exception):
    def __init__(self, x):
        super().__init__(x, 'extra')
        self.x = x
e = E(1)
print(e.args, e.x, str(e))
class F(Exception):
    def __str__(self):
        return 'custom str'
print(str(F()), repr(F(1)))
e = ValueError(1)
print(e.with_traceback(None) is e)
try:
    raise TypeError('t')
except TypeError as ex:
    tb = ex.__traceback__
    print(tb.tb_frame.f_code.co_name, tb.tb_next)
print(hasattr(e, '__dict__'), e.__dict__)
e.custom = 1
print(e.__dict__, e.__reduce__())
