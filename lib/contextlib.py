"""Tools for the with statement (PEP 343) and async with: context managers
made from generators, ready-made managers (closing, suppress, redirection,
chdir, nullcontext), stacks of exit callbacks, and the ABCs of the protocol.
"""

import abc, os, sys
import _collections_abc  # for _check_methods
from collections import deque
from functools import wraps, partial as _partial
from types import GenericAlias, MethodType

__all__ = [
    "asynccontextmanager", "contextmanager", "closing", "nullcontext",
    "AbstractContextManager", "AbstractAsyncContextManager", "AsyncExitStack",
    "ContextDecorator", "ExitStack", "redirect_stdout", "redirect_stderr",
    "suppress", "aclosing", "chdir",
]


def _protocol_abc(name, enter, leave, is_async, doc):
    """An ABC for the context manager protocol named by enter and leave:
    the entering method returns self, the leaving one is abstract, and any
    class defining both counts as a subclass."""
    if is_async:
        async def entering(self):
            return self

        async def leaving(self, exc_type, exc_value, traceback):
            return None
    else:
        def entering(self):
            return self

        def leaving(self, exc_type, exc_value, traceback):
            return None
    entering.__name__, leaving.__name__ = enter, leave
    entering.__qualname__, leaving.__qualname__ = f'{name}.{enter}', f'{name}.{leave}'
    entering.__doc__ = "Enter the context: give back the manager itself."
    leaving.__doc__ = "Leave the context; an exception raised in it propagates."

    def __subclasshook__(cls, C):
        # Only the ABC itself judges by the methods; its subclasses defer.
        mine = cls.__dict__.get('_protocol') == (enter, leave)
        return _collections_abc._check_methods(C, enter, leave) if mine else NotImplemented

    body = {
        '__module__': __name__, '__qualname__': name, '__doc__': doc,
        '__class_getitem__': classmethod(GenericAlias), '__slots__': (),
        enter: entering, leave: abc.abstractmethod(leaving),
        '__subclasshook__': classmethod(__subclasshook__),
        '_protocol': (enter, leave),
    }
    return abc.ABCMeta(name, (abc.ABC,), body)


AbstractContextManager = _protocol_abc(
    'AbstractContextManager', '__enter__', '__exit__', False,
    "An abstract base class for context managers.")
AbstractAsyncContextManager = _protocol_abc(
    'AbstractAsyncContextManager', '__aenter__', '__aexit__', True,
    "An abstract base class for asynchronous context managers.")


class ContextDecorator:
    """Mixin for context managers that can also decorate a function: each
    call of the decorated function then runs inside the context."""

    def _recreate_cm(self):
        """The context manager to use for one call of a decorated function:
        self, unless the manager can be used only once (as the ones
        @contextmanager makes), in which case a fresh one."""
        return self

    def __call__(self, func):
        def run_inside(*call_args, **call_kwargs):
            manager = self._recreate_cm()
            with manager:
                return func(*call_args, **call_kwargs)
        return wraps(func)(run_inside)


class AsyncContextDecorator:
    """The asynchronous ContextDecorator: an async context manager that can
    decorate a coroutine function, whose calls then run inside it."""

    def _recreate_cm(self):
        """The context manager to use for one call (see ContextDecorator)."""
        return self

    def __call__(self, func):
        async def run_inside(*call_args, **call_kwargs):
            manager = self._recreate_cm()
            async with manager:
                return await func(*call_args, **call_kwargs)
        return wraps(func)(run_inside)


class _GeneratorContextManagerBase:
    """What @contextmanager's and @asynccontextmanager's managers share: the
    generator, and what is needed to make another like it."""

    def __init__(self, func, args, kwds):
        # Kept until entered, for _recreate_cm.
        vars(self).update(func=func, args=args, kwds=kwds)
        self.gen = func(*args, **kwds)
        # The manager's help() is the generator function's.
        own = getattr(func, "__doc__", None)
        self.__doc__ = type(self).__doc__ if own is None else own

    def _recreate_cm(self):
        # A generator runs once: each decorated call gets a new manager.
        return type(self)(self.func, self.args, self.kwds)


# Both kinds of generator-based manager follow one script, written once as a
# generator of steps: it yields ("advance",) to resume the generator,
# ("throw", exc) to raise exc inside it, and ("close",) to close it, and is
# sent back each step's outcome, ("ok", value) or ("raised", exception).
# Its return value is what __exit__/__aexit__ returns.

def _exit_script(kind, value, tb, stop, stop_types, verb):
    if kind is None:
        outcome, got = yield ("advance",)
        if outcome == "raised":
            if isinstance(got, stop):
                return False  # it finished, as it should
            raise got
        problem = RuntimeError("generator didn't stop")
    else:
        exc = kind() if value is None else value  # (a bare type: a direct call)
        outcome, got = yield ("throw", exc)
        if outcome == "raised":
            if isinstance(got, stop):
                # It finished: the exception is swallowed, unless it was the
                # very StopIteration thrown in.
                return got is not exc
            if got is exc or (isinstance(got, RuntimeError) and isinstance(exc, stop_types)
                              and got.__cause__ is exc):
                # The same exception came back (or the RuntimeError PEP 479
                # made of it): let the with statement re-raise it.
                exc.__traceback__ = tb
                return False
            raise got
        problem = RuntimeError(f"generator didn't stop after {verb}()")
    # Close the generator before raising the problem; an exception from the
    # closing wins, as it would from a finally clause.
    outcome, got = yield ("close",)
    if outcome == "raised":
        raise got
    raise problem


class _GeneratorContextManager(_GeneratorContextManagerBase,
                               AbstractContextManager, ContextDecorator):
    """The context managers @contextmanager makes."""

    def __enter__(self):
        # Only a template keeps the arguments (see _recreate_cm).
        del self.func, self.args, self.kwds
        # The value of the generator's first yield is what "as" binds; a
        # generator that finishes without yielding is a broken manager.
        try:
            first = next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None
        return first

    def __exit__(self, kind, exc, tb):
        script = _exit_script(kind, exc, tb, StopIteration, StopIteration, "throw")
        step = script.send(None)
        while True:
            try:
                if step[0] == "advance":
                    outcome = ("ok", next(self.gen))
                elif step[0] == "throw":
                    outcome = ("ok", self.gen.throw(step[1]))
                else:
                    outcome = ("ok", self.gen.close())
            except BaseException as raised:
                outcome = ("raised", raised)
            try:
                step = script.send(outcome)
            except StopIteration as done:
                return done.value


class _AsyncGeneratorContextManager(_GeneratorContextManagerBase,
                                    AbstractAsyncContextManager, AsyncContextDecorator):
    """The async context managers @asynccontextmanager makes."""

    async def __aenter__(self):
        del self.func, self.args, self.kwds
        try:
            first = await anext(self.gen)
        except StopAsyncIteration:
            raise RuntimeError("generator didn't yield") from None
        return first

    async def __aexit__(self, kind, exc, tb):
        script = _exit_script(kind, exc, tb, StopAsyncIteration,
                              (StopIteration, StopAsyncIteration), "athrow")
        step = script.send(None)
        while True:
            try:
                if step[0] == "advance":
                    outcome = ("ok", await anext(self.gen))
                elif step[0] == "throw":
                    outcome = ("ok", await self.gen.athrow(step[1]))
                else:
                    outcome = ("ok", await self.gen.aclose())
            except BaseException as raised:
                outcome = ("raised", raised)
            try:
                step = script.send(outcome)
            except StopIteration as done:
                return done.value


def _manager_factory(manager_class, func, decorator_name):
    # A function with func's name and doc that makes a new manager per call.
    def make_manager(*call_args, **call_kwargs):
        return manager_class(func, call_args, call_kwargs)
    return wraps(func)(make_manager)


def contextmanager(func):
    """Decorator making a context manager factory of a generator function.

    Turns a generator function that yields exactly once into a factory of
    context managers: the code before the yield runs on entry, the yielded
    value is what "as" binds, and the code after it runs on exit.  An
    exception raised in the with block is raised again at the yield, where
    the generator may handle it.
    """
    return _manager_factory(_GeneratorContextManager, func, 'contextmanager')


def asynccontextmanager(func):
    """Decorator making an async context manager factory of an async
    generator function.

    The asynchronous form of @contextmanager: an async generator function
    that yields once becomes a factory of async context managers.
    """
    return _manager_factory(_AsyncGeneratorContextManager, func, 'asynccontextmanager')


class closing(AbstractContextManager):
    """Context to automatically close something at the end of a block:
    "with closing(make_thing()) as thing:" calls thing.close() when the
    block ends, however it ends."""

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *ignored):
        self.thing.close()


class aclosing(AbstractAsyncContextManager):
    """The asynchronous closing(): "async with aclosing(agen()) as gen:"
    awaits gen.aclose() when the block ends, however it ends -- the way to
    finalize an async generator promptly."""

    def __init__(self, thing):
        self.thing = thing

    async def __aenter__(self):
        return self.thing

    async def __aexit__(self, *ignored):
        await self.thing.aclose()


class _RedirectStream(AbstractContextManager):
    # Swaps one attribute of sys (named by _stream in each subclass) for
    # the target while the with block runs; other redirections (stdin, say)
    # are made the same way, by subclassing.

    # the name of the sys attribute replaced, set by the subclasses
    _stream = None

    def __init__(self, new_target):
        self._replacement = new_target
        # Entering more than once (re-entrantly) stacks the streams replaced.
        self._saved = []

    def __enter__(self):
        name = self._stream
        self._saved.append(getattr(sys, name))
        setattr(sys, name, self._replacement)
        return self._replacement

    def __exit__(self, *ignored):
        setattr(sys, self._stream, self._saved.pop())


class redirect_stdout(_RedirectStream):
    """Context manager for temporarily redirecting stdout to another file:
    "with redirect_stdout(buffer):" sends what print() writes there."""

    _stream = "stdout"


class redirect_stderr(_RedirectStream):
    """Send sys.stderr elsewhere for the duration of a with block, as
    redirect_stdout does for sys.stdout."""

    _stream = "stderr"


class suppress(AbstractContextManager):
    """Swallow the given exception types if the block raises them.

    The with statement ends quietly when its block raises one of the
    exceptions given; for an exception group, the matching exceptions are
    dropped and the others raised again as a smaller group.  "with
    suppress(FileNotFoundError): os.remove(path)" removes path if it exists.
    """

    def __init__(self, *exceptions):
        self._ignored = exceptions

    def __enter__(self):
        pass

    def __exit__(self, kind, exc, tb):
        if kind is None:
            return None
        if issubclass(kind, self._ignored):
            return True
        if not issubclass(kind, BaseExceptionGroup):
            return False
        _, left = exc.split(self._ignored)
        if left is not None:
            raise left
        return True


def _protocol_methods(cm, enter, leave, protocol):
    # The two methods of cm's type, or the TypeError of a with statement.
    kind = type(cm)
    try:
        return getattr(kind, enter), getattr(kind, leave)
    except AttributeError:
        # (The AttributeError stays as the context, hidden, as in CPython.)
        raise TypeError(f"'{kind.__module__}.{kind.__qualname__}' object does "
                        f"not support {protocol}") from None


class _BaseExitStack:
    """What ExitStack and AsyncExitStack share: the stack of callbacks to run
    on exit, last pushed first, each as (is_sync, callback)."""

    def __init__(self):
        self._exit_callbacks = deque()

    def pop_all(self):
        """Move every callback to a new stack of the same type and return it,
        leaving this one empty (so that its exit runs nothing)."""
        heir = type(self)()
        heir._exit_callbacks, self._exit_callbacks = self._exit_callbacks, deque()
        return heir

    def push(self, exit):
        """Register a callback with __exit__'s signature (which may suppress
        the exception by returning true), or an object's __exit__ method.
        Returns exit, so that push can decorate a function."""
        method = getattr(type(exit), '__exit__', None)
        self._exit_callbacks.append((True, exit if method is None else MethodType(method, exit)))
        return exit

    def enter_context(self, cm):
        """Enter the context manager cm, schedule its __exit__, and return
        what its __enter__ returned."""
        enter, leave = _protocol_methods(cm, '__enter__', '__exit__', "the context manager protocol")
        entered = enter(cm)
        self._exit_callbacks.append((True, MethodType(leave, cm)))
        return entered

    def callback(self, callback, /, *args, **kwds):
        """Schedule callback(*args, **kwds); it cannot suppress exceptions.
        Returns callback, so that this can decorate a function."""
        run = _partial(callback, *args, **kwds)

        def call_on_exit(exc_type, exc, tb):
            run()  # and return None: a callback never suppresses
        call_on_exit.__wrapped__ = callback
        self._exit_callbacks.append((True, call_on_exit))
        return callback


def _relink_context(new_exc, old_exc, frame_exc):
    # An exception raised by a callback while another was being handled
    # must show that one as its context, as nested with statements would:
    # walk new_exc's context chain up to where it reaches the exception the
    # stack's own frame was handling, and hang old_exc there.
    link = new_exc
    while (ctx := link.__context__) is not None and ctx is not old_exc:
        if ctx is frame_exc:
            link.__context__ = old_exc
            return
        link = ctx


# The exit arguments of a with block that raised nothing.
_NO_EXCEPTION = (None, None, None)


def _reraise(exc):
    # Raise exc again without the raise itself making exc its own context.
    saved = exc.__context__
    try:
        raise exc
    finally:
        exc.__context__ = saved


# Unwinding a stack behaves as if its callbacks were nested with statements,
# the newest innermost: each sees the exception the inner ones left (None if
# one suppressed it), an exception a callback raises replaces the one it
# was given (with that one as its context), and the stack's own exit
# reports suppression only if the exception it received did not get out.

def _unwind(stack, exc, run):
    """Run the callbacks of stack, newest first, through run (which calls
    one and returns whether it suppressed the exception; it is a generator
    so that the async stack can await).  Returns the exception left to
    raise and whether any was suppressed."""
    outer = sys.exception()  # what the stack's own frame is handling
    suppressed = False
    pending = None
    while stack._exit_callbacks:
        is_sync, cb = stack._exit_callbacks.pop()
        details = _NO_EXCEPTION if exc is None else (type(exc), exc, exc.__traceback__)
        try:
            if (yield from run(is_sync, cb, details)):
                suppressed, pending, exc = True, None, None
        except BaseException as raised:
            _relink_context(raised, exc, outer)
            pending = exc = raised
    return pending, suppressed


def _run_sync(is_sync, cb, details):
    # Every callback of a synchronous stack is a plain call.
    if False:
        yield  # (makes this a generator, for _unwind's yield from)
    return cb(*details)


class ExitStack(_BaseExitStack, AbstractContextManager):
    """A context manager holding any number of others and exit callbacks,
    all unwound, newest first, when it exits:

        with ExitStack() as cleanup:
            files = [cleanup.enter_context(open(name)) for name in names]
            # every file is closed when the block ends
    """

    def __enter__(self):
        return self

    def __exit__(self, *exc_details):
        received = exc_details[1] is not None
        steps = _unwind(self, exc_details[1], _run_sync)
        try:
            next(steps)
        except StopIteration as done:
            pending, suppressed = done.value
        if pending is not None:
            _reraise(pending)
        return received and suppressed

    def close(self):
        """Run and drop every callback now, as an exit without an exception
        would."""
        self.__exit__(*_NO_EXCEPTION)


class _Await:
    # One await, run by the coroutine driving _unwind.
    def __init__(self, awaitable):
        self.awaitable = awaitable


def _run_maybe_async(is_sync, cb, details):
    outcome = cb(*details)
    if is_sync:
        return outcome
    return (yield _Await(outcome))


class AsyncExitStack(_BaseExitStack, AbstractAsyncContextManager):
    """The asynchronous ExitStack: it also holds async context managers and
    coroutine callbacks, awaited when it exits.

        async with AsyncExitStack() as cleanup:
            conns = [await cleanup.enter_async_context(connect(a)) for a in addrs]
            # every connection is closed when the block ends
    """

    async def enter_async_context(self, cm):
        """Enter the async context manager cm, schedule its __aexit__, and
        return what its __aenter__ returned."""
        enter, leave = _protocol_methods(cm, '__aenter__', '__aexit__',
                                         "the asynchronous context manager protocol")
        entered = await enter(cm)
        self._exit_callbacks.append((False, MethodType(leave, cm)))
        return entered

    def push_async_exit(self, exit):
        """Register a coroutine function with __aexit__'s signature (which
        may suppress the exception), or an object's __aexit__ method.
        Returns exit, so that this can decorate a function."""
        method = getattr(type(exit), '__aexit__', None)
        self._exit_callbacks.append((False, exit if method is None else MethodType(method, exit)))
        return exit

    def push_async_callback(self, callback, /, *args, **kwds):
        """Schedule await callback(*args, **kwds); it cannot suppress
        exceptions.  Returns callback."""
        run = _partial(callback, *args, **kwds)

        async def call_on_exit(exc_type, exc, tb):
            await run()
        call_on_exit.__wrapped__ = callback
        self._exit_callbacks.append((False, call_on_exit))
        return callback

    async def aclose(self):
        """Run and drop every callback now (awaiting the asynchronous
        ones), as an exit without an exception would."""
        await self.__aexit__(*_NO_EXCEPTION)

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc_details):
        received = exc_details[1] is not None
        steps = _unwind(self, exc_details[1], _run_maybe_async)
        reply = None
        failure = None
        while True:
            try:
                if failure is not None:
                    request = steps.throw(failure)
                else:
                    request = steps.send(reply)
            except StopIteration as done:
                pending, suppressed = done.value
                break
            failure = reply = None
            try:
                reply = await request.awaitable
            except BaseException as raised:
                failure = raised
        if pending is not None:
            _reraise(pending)
        return received and suppressed


class nullcontext(AbstractContextManager, AbstractAsyncContextManager):
    """Context manager that does no additional processing: a stand-in where
    a context manager is needed only sometimes, as in
    "with (real_cm if needed else nullcontext()):".

    It serves with and async with alike; entering gives enter_result, and
    exiting lets any exception through.
    """

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *ignored):
        pass

    async def __aenter__(self):
        return self.enter_result

    async def __aexit__(self, *ignored):
        pass


class chdir(AbstractContextManager):
    """Change the working directory for the duration of a with block, and
    back afterwards.  The working directory belongs to the process, so this
    is no use with several threads."""

    def __init__(self, path):
        self.path = path
        self._old_cwd = []  # a stack: the same chdir may be entered again

    def __enter__(self):
        here = os.getcwd()
        self._old_cwd.append(here)
        os.chdir(self.path)

    def __exit__(self, *ignored):
        previous = self._old_cwd.pop()
        os.chdir(previous)
