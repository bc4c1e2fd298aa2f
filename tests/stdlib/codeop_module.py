# codeop and compile()'s PyCF_ALLOW_INCOMPLETE_INPUT in mode 'single': which
# texts are complete, which need more lines, which are errors.
import codeop

srcs = ['if x:', 'if x:\n', 'if x:\n  pass', 'if x:\n  pass\n', 'if x:\n  pass\n\n', 'x = (', 'x = (\n', 'x = (\n\n', '1 +', '1 +\n',
        '@d', '@d\n', 'def f():', 'def f():\n  return 1', 'def f():\n  return 1\n', 'class A:\n  x = 1\n  def f(self):\n    pass',
        '"""abc', '"""abc\n', 'x = 1', 'x = 1\n', 'for i in x:\n  if i:\n    pass\n  else:', 'try:\n  pass', 'try:\n  pass\n',
        'try:\n  pass\nexcept:', 'x = [1,\n 2', 'print("a" \\', 'print("a" \\\n', 'lambda:', 'if x:\n  pass\nelse:\n  pass',
        'with a:\n  b', 'while 1:\n    x\n  y', 'if x:\npass', '', '\n', '# c', 'x +=', 'match x:\n  case 1:\n    pass',
        'async def f():\n  await x', 'if 1:\n  x = (1,\n', 'if 1:\n  x = 1\n  ', 'if 1:\n  x = 1\n  \n', ')', 'x = 1)', 'def f(:',
        "a = 'a\\", "a = 'a\\\n", 'a = 9+ \\', "a = '''xy", '\n\ndef x():\n  pass', 'x = 1; y = 2',
        'return 1', 'a b', 'if 1:\n  pass\n x']
for s in srcs:
    try:
        compile(s, '<in>', 'single', codeop.PyCF_ALLOW_INCOMPLETE_INPUT | codeop.PyCF_DONT_IMPLY_DEDENT)
        flagged = 'complete'
    except SyntaxError as e:
        flagged = type(e).__name__
    try:
        c = codeop.compile_command(s)
        r = 'more' if c is None else 'code ' + c.co_filename
    except SyntaxError as e:
        r = '%s %s %s' % (type(e).__name__, e.msg, e.lineno)
    print(repr(s), flagged, r)
cc = codeop.CommandCompiler()
print(cc('x = 1') is not None, cc('if 1:') is None, codeop.Compile().flags, codeop.__all__)
