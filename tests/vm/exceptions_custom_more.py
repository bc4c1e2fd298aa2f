class AppError(Exception):
    code = 500
    def __init__(self, msg, **ctx):
        super().__init__(msg)
        self.ctx = ctx
    def __str__(self):
        base = super().__str__()
        return f'[{self.code}] {base}' + (f' {self.ctx}' if self.ctx else '')
class NotFound(AppError):
    code = 404
class Invalid(AppError, ValueError):
    code = 400
def handler(exc_type, *args, **kw):
    try:
        raise exc_type(*args, **kw)
    except NotFound as e:
        return 'not found: ' + str(e)
    except ValueError as e:
        return f'value error ({type(e).__name__}): {e}'
    except AppError as e:
        return 'app error: ' + str(e)
print(handler(NotFound, 'page', path='/x'))
print(handler(Invalid, 'bad input'))
print(handler(AppError, 'generic'))
print(handler(ValueError, 'plain'))
print(Invalid.__mro__[1:4], issubclass(Invalid, ValueError), isinstance(Invalid('x'), AppError))
def retry(fn, attempts):
    errors = []
    for i in range(attempts):
        try:
            return fn(i), errors
        except Exception as e:
            errors.append(f'{type(e).__name__}:{e}')
    raise RuntimeError(f'gave up after {attempts}') from (ValueError(errors[-1]) if errors else None)
def flaky(i):
    if i < 2:
        raise ConnectionError(f'attempt {i}')
    return 'ok on ' + str(i)
print(retry(flaky, 5))
try:
    retry(lambda i: 1 / 0, 2)
except RuntimeError as e:
    print(e, '<-', repr(e.__cause__))
class Cleanup:
    def __init__(self): self.log = []
    def run(self):
        try:
            try:
                self.log.append('work')
                raise KeyError('k')
            except KeyError:
                self.log.append('handled')
                raise
            finally:
                self.log.append('inner finally')
        except KeyError:
            self.log.append('outer caught')
        else:
            self.log.append('no else')
        finally:
            self.log.append('outer finally')
        return self.log
print(Cleanup().run())
e = AppError('with note')
e.add_note('note A')
try:
    raise e
except AppError as caught:
    print(caught.__notes__, caught.args, caught.ctx, str(caught))
class WeirdArgs(Exception):
    pass
print(repr(WeirdArgs()), repr(WeirdArgs(1)), repr(WeirdArgs(1, 'two')), str(WeirdArgs(1, 'two')), WeirdArgs(None).args)
