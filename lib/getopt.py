"""Command-line option parsing in the style of C's getopt().

getopt(args, shortopts, longopts=[]) walks a list of arguments (usually
sys.argv[1:]) and splits it into the options it recognises and the remaining
program arguments.  shortopts is a string of single-letter options, each
followed by ':' when it takes a value; longopts is a list of long option names
without the leading '--', each ending in '=' when it takes a value.  A long
option may be abbreviated to any prefix that names only one of them.

getopt() stops at the first argument that is not an option (as POSIX asks);
gnu_getopt() lets options and program arguments be mixed, as GNU's does.
Both return (options, arguments), options being (option, value) pairs.

A malformed command line raises GetoptError (also known as error), whose
msg says what is wrong and whose opt names the option concerned.
"""

# Kaa's getopt.  The public helpers (do_longs, do_shorts, long_has_args,
# short_has_arg) keep CPython's names and results, since programs have come to
# call them; the messages are CPython 3.13's.

__all__ = ["GetoptError", "error", "getopt", "gnu_getopt"]

import os


class GetoptError(Exception):
    """A command line getopt() cannot parse: msg explains, opt names the option."""
    msg = opt = ''

    def __init__(self, msg, opt=''):
        super().__init__(msg, opt)
        self.msg, self.opt = msg, opt

    def __str__(self):
        # Only the explanation: the option is in the text already.
        return self.msg


error = GetoptError     # the older name


def _long_list(longopts):
    # A single long option may be given as a bare string.
    return [longopts] if isinstance(longopts, str) else list(longopts)


def getopt(args, shortopts, longopts=[]):
    """Parse the options at the front of args; stop at the first non-option.

    Returns (options, remaining): options is a list of (option, value) pairs
    ('-x' or '--name', '' when the option takes no value), remaining the
    arguments left after the options (and after a '--' that ends them).
    """
    found = []
    longs = _long_list(longopts)
    rest = args
    while rest:
        word = rest[0]
        if word == '--':
            rest = rest[1:]
            break
        if not word.startswith('-') or word == '-':
            break
        if word.startswith('--'):
            found, rest = do_longs(found, word[2:], longs, rest[1:])
        else:
            found, rest = do_shorts(found, word[1:], shortopts, rest[1:])
    return found, rest


def gnu_getopt(args, shortopts, longopts=[]):
    """Like getopt(), but options may follow program arguments.

    Non-option arguments are collected as the scan goes on.  Scanning in
    the strict POSIX way is asked for by a shortopts that starts with '+' or
    by POSIXLY_CORRECT in the environment.
    """
    found = []
    operands = []
    longs = _long_list(longopts)
    # '+' in front of the letters, or POSIXLY_CORRECT, asks for a POSIX scan.
    strict = shortopts[:1] == '+'
    if strict:
        shortopts = shortopts[1:]
    else:
        strict = bool(os.environ.get('POSIXLY_CORRECT'))

    rest = args
    while rest:
        word = rest[0]
        if word == '--':
            operands += rest[1:]
            break
        if word[:2] == '--':
            found, rest = do_longs(found, word[2:], longs, rest[1:])
        elif word[:1] == '-' and word != '-':
            found, rest = do_shorts(found, word[1:], shortopts, rest[1:])
        elif strict:
            operands += rest
            break
        else:
            operands.append(word)
            rest = rest[1:]
    return found, operands


def do_longs(opts, opt, longopts, args):
    """Handle one long option, opt ('name' or 'name=value' without '--').

    Appends ('--name', value) to opts, taking the value from args when the
    option needs one and none was attached; returns (opts, args).
    """
    name, eq, attached = opt.partition('=')
    value = attached if eq else None
    wants_value, name = long_has_args(name, longopts)
    if not wants_value:
        if value is not None:
            raise GetoptError('option --%s must not have an argument' % name, name)
    elif value is None:
        if len(args) == 0:
            raise GetoptError('option --%s requires argument' % name, name)
        value = args[0]
        args = args[1:]
    opts.append(('--' + name, value or ''))
    return (opts, args)


def long_has_args(opt, longopts):
    """Find the long option opt (or the one it abbreviates) in longopts.

    Returns (takes_value, full_name).
    """
    candidates = [known for known in longopts if known.startswith(opt)]
    if not candidates:
        raise GetoptError('option --%s not recognized' % opt, opt)
    # An exact name wins over the longer names it is a prefix of.
    for takes_value, spelling in ((False, opt), (True, opt + '=')):
        if spelling in candidates:
            return takes_value, opt
    if len(candidates) != 1:
        raise GetoptError('option --%s not a unique prefix' % opt, opt)
    full = candidates[0]
    if full.endswith('='):
        return True, full[:-1]
    return False, full


def do_shorts(opts, optstring, shortopts, args):
    """Handle a cluster of short options (optstring, the word without '-').

    An option that takes a value swallows the rest of the cluster, or the
    next argument when the cluster ends there; returns (opts, args).
    """
    while optstring:
        letter, optstring = optstring[0], optstring[1:]
        value = ''
        if short_has_arg(letter, shortopts):
            # The value is the rest of the cluster, else the next argument.
            if optstring:
                value = optstring
            elif len(args) == 0:
                raise GetoptError('option -%s requires argument' % letter, letter)
            else:
                value = args[0]
                args = args[1:]
            optstring = ''
        opts.append(('-' + letter, value))
    return (opts, args)


def short_has_arg(opt, shortopts):
    """Whether the short option letter opt takes a value, per shortopts."""
    for pos, letter in enumerate(shortopts):
        if letter == opt and letter != ':':
            return shortopts[pos + 1:pos + 2] == ':'
    raise GetoptError('option -%s not recognized' % opt, opt)

