def classify(exc):
    match exc:
        case FileNotFoundError():
            return 'missing file'
        case PermissionError():
            return 'permission'
        case OSError(errno=e) if e is not None:
            return f'os error {e}'
        case LookupError():
            return 'lookup: ' + type(exc).__name__
        case ArithmeticError():
            return 'math: ' + type(exc).__name__
        case ValueError() if isinstance(exc, UnicodeError):
            return 'unicode'
        case ValueError():
            return 'value'
        case Exception():
            return 'other ' + type(exc).__name__
        case _:
            return 'base ' + type(exc).__name__
tests = [FileNotFoundError(2, 'x'), PermissionError(13, 'y'), OSError(28, 'full'), OSError('no errno'), KeyError('k'), IndexError(1),
         ZeroDivisionError(), OverflowError(), UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'bad'), ValueError(), RuntimeError(), KeyboardInterrupt(), SystemExit(0)]
for t in tests:
    print(f'{type(t).__name__:<20} {classify(t)}')
def safe(fn, *args):
    try:
        return fn(*args)
    except (ValueError, TypeError) as e:
        return f'bad input: {e}'
    except ArithmeticError as e:
        return f'math: {e}'
    except Exception as e:
        return f'unexpected {type(e).__name__}'
print(safe(int, 'x'), safe(int, None), safe(lambda: 1 / 0), safe(lambda: [][1]), safe(float, '2.5'))
