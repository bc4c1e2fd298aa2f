r"""Validate and pretty-print JSON from the command line:

    $ echo '{"json":"obj"}' | python -m json.tool
    {
        "json": "obj"
    }
    $ echo '{ 1.2:3.4}' | python -m json.tool
    Expecting property name enclosed in double quotes: line 1 column 3 (char 2)
"""
import json
import sys

_PROG = 'python -m json.tool'
# What argparse prints for this tool at its default width.
_USAGE = """\
usage: python -m json.tool [-h] [--sort-keys] [--no-ensure-ascii]
                           [--json-lines] [--indent INDENT | --tab |
                           --no-indent | --compact]
                           [infile] [outfile]
"""
_HELP = _USAGE + """
A simple command line interface for json module to validate and pretty-print
JSON objects.

positional arguments:
  infile             a JSON file to be validated or pretty-printed
  outfile            write the output of infile to outfile

options:
  -h, --help         show this help message and exit
  --sort-keys        sort the output of dictionaries alphabetically by key
  --no-ensure-ascii  disable escaping of non-ASCII characters
  --json-lines       parse input using the JSON Lines format. Use with --no-
                     indent or --compact to produce valid JSON Lines output.
  --indent INDENT    separate items with newlines and use this number of
                     spaces for indentation
  --tab              separate items with newlines and use tabs for indentation
  --no-indent        separate items with spaces rather than newlines
  --compact          suppress all whitespace separation (most compact)
"""
_LAYOUT = ('--indent', '--tab', '--no-indent', '--compact')


def _usage_error(message):
    sys.stderr.write(_USAGE + f'{_PROG}: error: {message}\n')
    raise SystemExit(2)


def _parse(argv):
    """The options, as argparse would read them for this tool."""
    opts = {'sort_keys': False, 'ensure_ascii': True, 'json_lines': False,
            'indent': 4, 'compact': False}
    files = []
    layout = None
    flags = {'--sort-keys': 'sort_keys', '--json-lines': 'json_lines'}
    args = list(argv)
    only_files = False
    while args:
        arg = args.pop(0)
        if only_files or arg == '-' or not arg.startswith('-'):
            files.append(arg)
            continue
        if arg == '--':
            only_files = True
            continue
        name, eq, value = arg.partition('=')
        if name in ('-h', '--help'):
            sys.stdout.write(_HELP)
            raise SystemExit(0)
        matches = [o for o in ('--sort-keys', '--no-ensure-ascii',
                               '--json-lines') + _LAYOUT + ('--help',)
                   if o.startswith(name) and name.startswith('--')]
        if len(matches) > 1 and name not in matches:
            _usage_error(f"ambiguous option: {name} could match "
                         + ', '.join(matches))
        if len(matches) != 1 and name not in matches:
            _usage_error(f'unrecognized arguments: {arg}')
        name = name if name in matches else matches[0]
        if name in _LAYOUT:
            if layout is not None and layout != name:
                _usage_error(f'argument {name}: not allowed with argument '
                             f'{layout}')
            layout = name
        if name == '--indent':
            if not eq:
                if not args:
                    _usage_error('argument --indent: expected one argument')
                value = args.pop(0)
            try:
                opts['indent'] = int(value)
            except ValueError:
                _usage_error(f"argument --indent: invalid int value: '{value}'")
            continue
        if eq:
            _usage_error(f'argument {name}: ignored explicit argument '
                         f"'{value}'")
        if name in flags:
            opts[flags[name]] = True
        elif name == '--no-ensure-ascii':
            opts['ensure_ascii'] = False
        elif name == '--tab':
            opts['indent'] = '\t'
        elif name == '--no-indent':
            opts['indent'] = None
        elif name == '--compact':
            opts['compact'] = True
    if len(files) > 2:
        _usage_error('unrecognized arguments: ' + ' '.join(files[2:]))
    files += [None] * (2 - len(files))
    opts['infile'] = files[0] if files[0] is not None else '-'
    opts['outfile'] = files[1]
    return opts


def main():
    opts = _parse(sys.argv[1:])
    dump_args = {'sort_keys': opts['sort_keys'], 'indent': opts['indent'],
                 'ensure_ascii': opts['ensure_ascii']}
    if opts['compact']:
        dump_args['indent'] = None
        dump_args['separators'] = ',', ':'
    try:
        if opts['infile'] == '-':
            source = sys.stdin
        else:
            source = open(opts['infile'], encoding='utf-8')
        try:
            if opts['json_lines']:
                docs = (json.loads(line) for line in source)
            else:
                docs = (json.load(source),)
        finally:
            if source is not sys.stdin:
                source.close()
        if opts['outfile'] is None:
            target = sys.stdout
        else:
            target = open(opts['outfile'], 'w', encoding='utf-8')
        try:
            for doc in docs:
                json.dump(doc, target, **dump_args)
                target.write('\n')
        finally:
            if target is sys.stdout:
                target.flush()
            else:
                target.close()
    except ValueError as e:
        raise SystemExit(e)


if __name__ == '__main__':
    try:
        main()
    except BrokenPipeError as exc:
        sys.exit(exc.errno)
