"""Entry point of ``python -m sysconfig``: a report of the platform, the
interpreter version, the default install scheme, its paths and every
configuration variable."""

import os
import sys
from sysconfig import (_ALWAYS_STR, _PYTHON_BUILD, _get_sysconfigdata_name,
                       get_config_h_filename, get_config_vars,
                       get_default_scheme, get_makefile_filename, get_paths,
                       get_platform, get_python_version, parse_config_h)


def _print_dict(title, data):
    # One heading line, then a tab-indented `key = "value"` line per entry.
    out = [title + ': ']
    out.extend('\t%s = "%s"' % pair for pair in sorted(data.items()))
    print('\n'.join(out))


def _main():
    """Write the whole sysconfig report to stdout."""
    if '--generate-posix-vars' in sys.argv:
        raise SystemExit("kaa has no build-time variables to generate")
    facts = (
        ('Platform', get_platform),
        ('Python version', get_python_version),
        ('Current installation scheme', get_default_scheme),
    )
    for label, getter in facts:
        print('%s: "%s"' % (label, getter()))
    for title, getter in (('Paths', get_paths), ('Variables', get_config_vars)):
        print()
        _print_dict(title, getter())


if __name__ == '__main__':
    try:
        _main()
    except BrokenPipeError:
        pass
