# pathlib.Path's file system operations inside a temporary folder, printing
# results relative to it.
import io
import os
import stat
import tempfile
import warnings
from pathlib import Path, PosixPath, PurePosixPath, UnsupportedOperation


def show(f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
    except Exception as e:
        if isinstance(e, OSError):
            return '%s: [%s] %s %r' % (type(e).__name__, e.errno, e.strerror,
                                       str(e.filename).replace(top, '<top>') if e.filename else e.filename)
        return '%s: %s' % (type(e).__name__, str(e).replace(top, '<top>'))
    if isinstance(r, (map, filter)) or type(r).__name__ == 'generator':
        r = sorted(r)
    return repr(r).replace(top, '<top>')


with tempfile.TemporaryDirectory() as top:
    top = os.path.realpath(top)
    os.chdir(top)
    base = Path(top)
    d = base / 'dir'
    print(show(d.mkdir), show(d.mkdir), show(d.mkdir, exist_ok=True))
    print(show((base / 'x' / 'y').mkdir), show((base / 'x' / 'y').mkdir, parents=True),
          (base / 'x' / 'y').is_dir())
    print(show((base / 'm').mkdir, mode=0o700), oct(stat.S_IMODE((base / 'm').stat().st_mode)))
    f = d / 'f.txt'
    print(show(f.write_text, 'hello\nworld\n'), show(f.read_text), show(f.read_bytes))
    print(show(f.write_text, 'a\nb', newline='\r\n'), show(f.read_bytes),
          show(f.read_text), show(f.read_text, newline=''))
    print(show(f.write_text, b'x'), show(f.write_bytes, 'x'), show(f.write_bytes, b'bytes'),
          show(f.write_bytes, bytearray(b'ba')), show(f.write_bytes, memoryview(b'mv')), show(f.read_bytes))
    print(show(f.write_text, '\xe9', encoding='latin-1'), show(f.read_bytes),
          show(f.read_text, encoding='utf-8'), show(f.read_text, encoding='utf-8', errors='replace'))
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always', EncodingWarning)
        f.write_text('enc')
        f.read_text()
        f.open().close()
        f.open('rb').close()
        print('warnings', [(x.category.__name__, str(x.message), os.path.basename(x.filename)) for x in w])
    with f.open('w', encoding='utf-8') as fh:
        print(type(fh).__name__, fh.write('via open'))
    with f.open('rb', buffering=0) as fh:
        print(type(fh).__name__, fh.read())
    print(show(f.exists), show(f.is_file), show(f.is_dir), show(d.is_dir), show(f.is_symlink),
          show(f.is_mount), show(base.is_mount), show(Path('/').is_mount), show(f.is_junction),
          show(f.is_fifo), show(f.is_socket), show(f.is_block_device), show(f.is_char_device),
          show(Path('/dev/null').is_char_device))
    missing = d / 'missing'
    print(show(missing.exists), show(missing.is_file), show(missing.is_dir), show(missing.stat),
          show(missing.lstat), show(missing.read_text), show(missing.unlink), show(missing.unlink, missing_ok=True),
          show(missing.rmdir), show(missing.is_symlink), show(missing.owner), show(missing.readlink))
    print(show((f / 'below').exists), show((f / 'below').is_dir), show(Path('a\0b').exists),
          show(Path('a\0b').is_file), show(Path('a\0b').stat))
    print(show(f.touch), show(f.touch, exist_ok=False), show((d / 'new').touch, exist_ok=False),
          show((d / 'new').read_bytes), show((d / 'new2').touch, mode=0o600),
          oct(stat.S_IMODE((d / 'new2').stat().st_mode)))
    print(show(f.chmod, 0o640), oct(stat.S_IMODE(f.stat().st_mode)))
    print(show(lambda: sorted(d.iterdir())), show(lambda: sorted(Path('dir').iterdir())),
          show(lambda: list(f.iterdir())), show(lambda: list(missing.iterdir())))
    os.chdir(d)
    print(show(lambda: sorted(Path('.').iterdir())), show(lambda: sorted(Path('').iterdir())))
    os.chdir(top)

    # links
    link = base / 'link'
    print(show(link.symlink_to, 'dir/f.txt'), show(link.is_symlink), show(link.is_file),
          show(link.readlink), show(link.exists), show(link.exists, follow_symlinks=False),
          show(lambda: link.lstat().st_mode == link.stat(follow_symlinks=False).st_mode),
          show(link.samefile, f), show(link.samefile, str(f)), show(link.samefile, 'dir'),
          show(link.symlink_to, 'x'))
    dangling = base / 'dangling'
    dangling.symlink_to('nowhere')
    print(show(dangling.exists), show(dangling.exists, follow_symlinks=False), show(dangling.is_symlink),
          show(dangling.is_file), show(dangling.is_file, follow_symlinks=False), show(dangling.resolve),
          show(dangling.resolve, strict=True))
    (base / 'dlink').symlink_to('dir', target_is_directory=True)
    print(show((base / 'dlink').is_dir), show((base / 'dlink').is_dir, follow_symlinks=False),
          show((base / 'dlink' / 'f.txt').resolve), show(Path('dlink/../x').resolve),
          show(Path('dlink/f.txt/../x').resolve), show(Path('dlink/f.txt/x').resolve, strict=True))
    (base / 'loop1').symlink_to('loop2')
    (base / 'loop2').symlink_to('loop1')
    (base / 'self').symlink_to('self')
    for p in ('loop1', 'self', 'self/x', 'loop1/../y'):
        print('loop', p, show(Path(p).resolve), show(Path(p).resolve, strict=True), show(Path(p).exists),
              show(Path(p).is_dir), show(Path(p).is_symlink))
    print(show(Path('.').resolve), show(Path('dir/../dir/./f.txt').resolve), show(Path('nope/x').resolve),
          show(Path('nope/x').resolve, strict=True), show(Path('dir/f.txt').absolute),
          show(Path('dir/../x').absolute), show(Path('').absolute), show(Path('/a/../b').absolute),
          show(Path.cwd), Path.cwd() == base)
    hard = base / 'hard'
    print(show(hard.hardlink_to, f), show(hard.samefile, f), show(hard.hardlink_to, f),
          f.stat().st_nlink)
    print(show(link.lchmod, 0o600), show(lambda: oct(stat.S_IMODE(f.stat().st_mode))))
    print(show(f.chmod, 0o644, follow_symlinks=False))
    import pwd, grp
    print(f.owner() == pwd.getpwuid(os.getuid()).pw_name, f.group() == grp.getgrgid(os.getgid()).gr_name,
          link.owner(follow_symlinks=False) == f.owner())

    # rename / replace
    a = base / 'a.txt'
    a.write_text('A', encoding='ascii')
    r = a.rename('b.txt')
    print(repr(r), type(r).__name__, show(a.exists), Path('b.txt').read_text(encoding='ascii'))
    (base / 'c.txt').write_text('C', encoding='ascii')
    print(show(Path('b.txt').rename, base / 'c.txt'), show(Path('c.txt').replace, 'd.txt'),
          show(Path('c.txt').replace, 'd.txt'), show(Path('d.txt').rename, 'dir'))
    print(show(d.rmdir), show((base / 'm').rmdir), show((base / 'm').exists))

    # home and expanduser
    os.environ['HOME'] = top
    print(show(Path.home), show(Path('~/x').expanduser), show(Path('~').expanduser),
          show(Path('x/~').expanduser), show(Path('/~').expanduser),
          show(Path('~nosuchuser_kaa/x').expanduser))
    root_home = pwd.getpwnam('root').pw_dir
    print(Path('~root/x').expanduser() == Path(root_home) / 'x')

    # pure-only and unsupported operations
    print(show(PurePosixPath('x').__getattribute__, 'exists'))
    print(show(Path('x').as_uri), show(Path('/x y').as_uri))
    print(os.fspath(Path('dir')), bytes(Path('dir')), str(Path('dir')), repr(Path('dir')), repr(PosixPath('/')))
    print(show(Path('dir/f.txt').open, 'rb', 0, None, None, None),)
    print(Path('dir/f.txt').stat().st_size == os.stat('dir/f.txt').st_size,
          Path('link').stat(follow_symlinks=False).st_mode == os.lstat('link').st_mode)
    os.chdir('/')
