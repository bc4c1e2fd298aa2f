# fileinput: lines over several files with the status functions, nextfile,
# binary mode, hooks, in-place editing with and without a backup, and the
# errors.
import fileinput
import os
import sys
import tempfile

with tempfile.TemporaryDirectory() as top:
    names = []
    for i, text in enumerate(['a1\na2\n', '', 'c1\nc2\nc3', 'd1\r\nd2\n']):
        path = os.path.join(top, 'f%d.txt' % i)
        with open(path, 'w', newline='') as f:
            f.write(text)
        names.append(path)
    for line in fileinput.input(names, encoding='utf-8'):
        print(repr(line), os.path.basename(fileinput.filename()), fileinput.lineno(), fileinput.filelineno(),
              fileinput.isfirstline(), fileinput.isstdin(), fileinput.fileno() > 2)
        if line == 'c1\n':
            fileinput.nextfile()
    print(fileinput.lineno(), fileinput.filelineno())
    fileinput.close()
    with fileinput.FileInput(names[0], mode='rb') as fi:
        print(list(fi), fi.lineno(), fi.fileno())
    print(fi.fileno(), fi.filename() is not None)
    fi = fileinput.FileInput(names, openhook=fileinput.hook_encoded('latin-1'))
    print(fi.readline(), fi.readline(), fi.readline(), fi.readline(), fi.readline(), repr(fi.readline()))
    fi.close()
    with open(names[0], 'rb') as f:
        print(f.read())
    for backup in ('', '.orig'):
        with fileinput.input(names[0], inplace=True, backup=backup, encoding='utf-8') as fi:
            for line in fi:
                print(line.upper(), end='')
        print(sorted(os.listdir(top)), open(names[0]).read().split())
    with open(os.path.join(top, 'g.gz'), 'w') as f:
        f.write('not compressed')
    print(list(fileinput.input(names[0], openhook=fileinput.hook_compressed, encoding='utf-8')))
    fileinput.close()
    fileinput.input(names, encoding='utf-8')
    next(fileinput._state)
    try:
        fileinput.input(names)
    except RuntimeError as e:
        print('RuntimeError', e)
    fileinput.close()
    for kw in [dict(mode='w'), dict(mode='rU'), dict(inplace=True, openhook=open), dict(openhook=5)]:
        try:
            fileinput.FileInput(names, **kw)
        except ValueError as e:
            print('ValueError', e)
    for f in [fileinput.filename, fileinput.lineno, fileinput.nextfile, fileinput.isstdin]:
        try:
            f()
        except RuntimeError as e:
            print('RuntimeError', e)
    try:
        list(fileinput.input([os.path.join(top, 'missing')], encoding='utf-8'))
    except FileNotFoundError as e:
        print('FileNotFoundError', e.errno)
    fileinput.close()
fi = fileinput.FileInput([])
print(fi._files, fileinput.FileInput('x')._files, fileinput.FileInput[str], fileinput.__all__)
